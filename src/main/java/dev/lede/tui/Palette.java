package dev.lede.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

/** A theme fitted to the terminal: each role's colours as the nearest the terminal can show. */
public final class Palette {

    /** A role's resolved look. */
    public record Look(TextColor fg, TextColor bg, EnumSet<SGR> modifiers) {
    }

    private final Map<Role, Look> looks = new EnumMap<>(Role.class);

    public Palette(Theme theme, ColorDepth depth) {
        for (Role role : Role.values()) {
            Theme.Style s = theme.style(role);
            EnumSet<SGR> modifiers = EnumSet.noneOf(SGR.class);
            if (s.bold()) modifiers.add(SGR.BOLD);
            if (s.reverse()) modifiers.add(SGR.REVERSE);
            if (s.underline()) modifiers.add(SGR.UNDERLINE);
            if (s.italic()) modifiers.add(SGR.ITALIC);
            looks.put(role, new Look(colour(s.fg(), depth), colour(s.bg(), depth), modifiers));
        }
    }

    public Look look(Role role) {
        return looks.get(role);
    }

    static TextColor colour(String hex, ColorDepth depth) {
        if (hex == null || depth == ColorDepth.NONE) return TextColor.ANSI.DEFAULT;
        int r = Integer.parseInt(hex.substring(1, 3), 16);
        int g = Integer.parseInt(hex.substring(3, 5), 16);
        int b = Integer.parseInt(hex.substring(5, 7), 16);
        return switch (depth) {
            case TRUE_COLOR -> new TextColor.RGB(r, g, b);
            case INDEXED256 -> TextColor.Indexed.fromRGB(r, g, b);
            default -> nearestAnsi(r, g, b);
        };
    }

    private static TextColor nearestAnsi(int r, int g, int b) {
        TextColor.ANSI best = TextColor.ANSI.WHITE;
        long bestDistance = Long.MAX_VALUE;
        for (TextColor.ANSI c : TextColor.ANSI.values()) {
            if (c == TextColor.ANSI.DEFAULT) continue;
            long dr = c.getRed() - r;
            long dg = c.getGreen() - g;
            long db = c.getBlue() - b;
            long distance = dr * dr + dg * dg + db * db;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = c;
            }
        }
        return best;
    }
}
