package dev.lede.tui;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A theme as its JSON file says it: a style for each {@link Role}. Roles left out look like {@code text}.
 * Colours are {@code "#rrggbb"} or {@code "default"} (the terminal's own); {@link Palette} fits them to
 * what the terminal can show.
 */
public record Theme(String name, Map<Role, Style> styles) {

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    /** One role's look. Null colours mean the terminal's default. */
    public record Style(String fg, String bg, boolean bold, boolean reverse, boolean underline, boolean italic) {
        public Style {
            fg = checkColour(fg);
            bg = checkColour(bg);
        }

        static final Style PLAIN = new Style(null, null, false, false, false, false);
    }

    /** A theme from its file's style names; an unknown or empty style is an IllegalArgumentException. */
    static Theme fromJson(String name, Map<String, Style> byName) {
        Map<Role, Style> styles = new EnumMap<>(Role.class);
        Map<String, Role> roles = new LinkedHashMap<>();
        for (Role r : Role.values()) roles.put(r.jsonName(), r);
        byName.forEach((key, style) -> {
            Role role = roles.get(key);
            if (role == null) throw new IllegalArgumentException("unknown style \"" + key + "\" (known: " + String.join(", ", roles.keySet()) + ")");
            if (style == null) throw new IllegalArgumentException("style \"" + key + "\" is empty");
            styles.put(role, style);
        });
        return new Theme(name, styles);
    }

    public Style style(Role role) {
        return styles.getOrDefault(role, styles.getOrDefault(Role.TEXT, Style.PLAIN));
    }

    private static String checkColour(String colour) {
        if (colour == null || colour.equals("default")) return null;
        if (!HEX.matcher(colour).matches()) throw new IllegalArgumentException("bad colour \"" + colour + "\" (use #rrggbb or default)");
        return colour;
    }
}
