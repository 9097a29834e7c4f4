package dev.lede.tui;

import com.googlecode.lanterna.TerminalTextUtils;
import com.googlecode.lanterna.TextCharacter;

/**
 * A screen cell that knows its width. Lanterna 3.1.5 works a character's width out again (two Unicode block
 * lookups) every time it writes a cell, looks at the cell beside it or compares a cell with the one on the
 * terminal: several times per cell per frame. Profiled, that was most of a keystroke's time (BENCHMARKS.md).
 * A cell answers from a table filled once per character with Lanterna's own answer, so what is drawn is unchanged.
 */
final class Cell extends TextCharacter {

    private static final byte UNKNOWN = 0;
    private static final byte NARROW = 1;
    private static final byte WIDE = 2;
    /** Lanterna's width of each UTF-16 character, filled as characters are met; a race only repeats the same write. */
    private static final byte[] WIDTHS = new byte[Character.MAX_VALUE + 1];

    private final boolean doubleWidth;

    Cell(char c, Palette.Look look) {
        super(c, look.fg(), look.bg(), look.modifiers());
        doubleWidth = isWide(c);
    }

    /** Whether Lanterna gives {@code c} two columns (CJK and fullwidth forms). */
    static boolean isWide(char c) {
        byte known = WIDTHS[c];
        if (known == UNKNOWN) {
            known = TerminalTextUtils.isCharDoubleWidth(c) ? WIDE : NARROW;
            WIDTHS[c] = known;
        }
        return known == WIDE;
    }

    /** The width is the character's, so two cells are equal exactly when Lanterna's characters are. */
    @Override
    public boolean isDoubleWidth() {
        return doubleWidth;
    }
}
