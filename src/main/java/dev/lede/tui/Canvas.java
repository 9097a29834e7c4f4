package dev.lede.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.graphics.TextGraphics;
import java.text.Normalizer;

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
        // One blank cell for the whole rectangle: a frame clears the screen, and a cell per column would be garbage.
        graphics.fillRectangle(new TerminalPosition(r.col(), r.row()), new TerminalSize(r.width(), r.bottom() - r.row()),
                new Cell(' ', palette.look(role)));
    }

    /**
     * A box over whatever was drawn there: every cell cleared in the role's look, a border round it (which
     * tells the box from the panes in every theme, colourless ones too) and {@code title} in its top edge.
     * Returns the inside, or an empty rectangle when the box is too small to have one.
     */
    Rect box(Rect r, Role role, String title) {
        fill(r, role);
        if (r.width() < 2 || r.height() < 2) return new Rect(r.col(), r.row(), 0, 0);
        int right = r.right() - 1;
        int bottom = r.bottom() - 1;
        String line = "─".repeat(r.width() - 2);
        put(r.col(), r.row(), "┌" + line + "┐", role, r.right());
        put(r.col(), bottom, "└" + line + "┘", role, r.right());
        for (int row = r.row() + 1; row < bottom; row++) {
            put(r.col(), row, "│", role, r.col() + 1);
            put(right, row, "│", role, r.right());
        }
        if (!title.isEmpty()) put(r.col() + 2, r.row(), fit(" " + title + " ", r.width() - 4), Role.HEADING_FOCUSED, right - 1);
        return new Rect(r.col() + 1, r.row() + 1, r.width() - 2, r.height() - 2);
    }

    /** Draws {@code s} from {@code col}, never past {@code limit} (exclusive); returns the column after it. */
    int put(int col, int row, String s, Role role, int limit) {
        return put(col, row, s, 0, s.length(), palette.look(role), limit);
    }

    /**
     * Draws {@code s[from, to)} in one look, never past {@code limit}; returns the column after it. What a
     * terminal would not show in the columns counted here is replaced ({@link #cell}): nothing raw goes out.
     */
    int put(int col, int row, CharSequence s, int from, int to, Palette.Look look, int limit) {
        StringBuilder run = new StringBuilder();
        int runCol = col;
        int c = col;
        for (int i = from; i < to; i++) {
            char ch = s.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(ch, s.charAt(++i));
                if (columns(codePoint) == 0) continue;
                if (c + 2 > limit) break;
                // Lanterna's putString goes char by char and would split the pair; a cell of its own keeps it whole.
                drawRun(runCol, row, run, look);
                graphics.setCharacter(c, row, TextCharacter.fromString(Character.toString(codePoint), look.fg(), look.bg(), look.modifiers())[0]);
                c += 2;
                runCol = c;
                continue;
            }
            if (isMark(ch)) {
                composeWithPrevious(run, ch);
                continue;
            }
            char shown = cell(ch);
            if (shown == 0) continue;
            int w = columns(shown);
            if (c + w > limit) break;
            run.append(shown);
            c += w;
        }
        drawRun(runCol, row, run, look);
        return c;
    }

    /** Writes the run's cells from {@code col}; a wide character takes its column and the next, as Lanterna's putString has it. */
    private void drawRun(int col, int row, StringBuilder run, Palette.Look look) {
        for (int i = 0; i < run.length(); i++) {
            char shown = run.charAt(i);
            graphics.setCharacter(col, row, new Cell(shown, look));
            col += columns(shown);
        }
        run.setLength(0);
    }

    /**
     * The character drawn for {@code c}, or 0 for none: a tab is a space, other control characters are
     * their visible pictures (␀, ␛, ␡; a C1 control is �), a lone surrogate is �, and format characters
     * (zero-width spaces and joiners, bidi overrides, soft hyphens) are left out, since a terminal gives
     * them no column and a bidi override would reorder what follows it.
     */
    static char cell(char c) {
        if (c == '\t') return ' ';
        if (c < 0x20) return (char) (0x2400 + c);
        if (c == 0x7f) return '\u2421';
        if (Character.isISOControl(c) || Character.isSurrogate(c)) return '\uFFFD';
        if (Character.getType(c) == Character.FORMAT) return 0;
        return c;
    }

    /** Combining marks (accents written as a second character, variation selectors) take no column of their own. */
    static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /**
     * A combining mark joins the character before it when Unicode has the two as one character (e + ◌́ = é);
     * otherwise it is left out, since a cell of Lanterna's holds one character per column.
     */
    private static void composeWithPrevious(StringBuilder run, char mark) {
        if (run.length() == 0) return;
        String composed = Normalizer.normalize(run.charAt(run.length() - 1) + String.valueOf(mark), Normalizer.Form.NFC);
        if (composed.length() == 1) run.setCharAt(run.length() - 1, composed.charAt(0));
    }

    /** Columns a code point takes as drawn: 0 for marks and format characters, 2 for wide ones and pairs. */
    static int columns(int codePoint) {
        if (Character.isSupplementaryCodePoint(codePoint)) {
            int type = Character.getType(codePoint);
            boolean zeroWidth = type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || codePoint >= 0x1F3FB && codePoint <= 0x1F3FF; // skin tones modify the emoji before them
            return zeroWidth ? 0 : 2;
        }
        char c = (char) codePoint;
        return isMark(c) || cell(c) == 0 ? 0 : Cell.isWide(cell(c)) ? 2 : 1;
    }

    /** Pads a row with the role's look from {@code col} to {@code limit}. */
    void pad(int col, int row, Role role, int limit) {
        if (limit > col) put(col, row, " ".repeat(limit - col), role, limit);
    }

    Palette.Look look(Role role) {
        return palette.look(role);
    }

    /** Columns a string takes on screen. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i += Character.charCount(s.codePointAt(i))) w += columns(s.codePointAt(i));
        return w;
    }

    /** {@code s} shortened with "…" to fit {@code columns}, never cutting a character in two. */
    static String fit(String s, int columns) {
        if (columns <= 0) return "";
        if (width(s) <= columns) return s;
        StringBuilder out = new StringBuilder();
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int codePoint = s.codePointAt(i);
            int cw = columns(codePoint);
            if (w + cw > columns - 1) break;
            out.appendCodePoint(codePoint);
            w += cw;
            i += Character.charCount(codePoint);
        }
        return out.append('…').toString();
    }
}
