package dev.lede.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.graphics.TextGraphics;

/** Draws themed text into screen cells, clipped to a width, counting wide characters as two columns. */
final class Canvas {

    private final TextGraphics graphics;
    private final Palette palette;

    Canvas(TextGraphics graphics, Palette palette) {
        this.graphics = graphics;
        this.palette = palette;
    }

    void fill(Rect r, Role role) {
        if (r.isEmpty()) return;
        use(palette.look(role));
        String blank = " ".repeat(r.width());
        for (int row = r.row(); row < r.bottom(); row++) graphics.putString(r.col(), row, blank);
    }

    /** Draws {@code s} from {@code col}, never past {@code limit} (exclusive); returns the column after it. */
    int put(int col, int row, String s, Role role, int limit) {
        return put(col, row, s, 0, s.length(), palette.look(role), limit);
    }

    /** Draws {@code s[from, to)} in one look, never past {@code limit}; returns the column after it. */
    int put(int col, int row, CharSequence s, int from, int to, Palette.Look look, int limit) {
        StringBuilder run = new StringBuilder();
        int c = col;
        for (int i = from; i < to; i++) {
            char ch = s.charAt(i);
            if (Character.isLowSurrogate(ch)) continue;
            char shown = Character.isHighSurrogate(ch) ? '\uFFFD' : Character.isISOControl(ch) ? ' ' : ch;
            int w = WrappedText.columns(shown);
            if (c + w > limit) break;
            run.append(shown);
            c += w;
        }
        if (run.length() > 0) {
            use(look);
            graphics.putString(col, row, run.toString());
        }
        return c;
    }

    /** Pads a row with the role's look from {@code col} to {@code limit}. */
    void pad(int col, int row, Role role, int limit) {
        if (limit > col) put(col, row, " ".repeat(limit - col), role, limit);
    }

    Palette.Look look(Role role) {
        return palette.look(role);
    }

    private void use(Palette.Look look) {
        graphics.setForegroundColor(look.fg());
        graphics.setBackgroundColor(look.bg());
        graphics.clearModifiers();
        for (SGR m : look.modifiers()) graphics.enableModifiers(m);
    }

    /** Columns a string takes on screen. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) w += WrappedText.columns(s.charAt(i));
        return w;
    }

    /** {@code s} shortened with "…" to fit {@code columns}. */
    static String fit(String s, int columns) {
        if (columns <= 0) return "";
        if (width(s) <= columns) return s;
        StringBuilder out = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            int cw = WrappedText.columns(s.charAt(i));
            if (w + cw > columns - 1) break;
            out.append(s.charAt(i));
            w += cw;
        }
        return out.append('…').toString();
    }
}
