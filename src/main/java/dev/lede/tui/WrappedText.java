package dev.lede.tui;

import dev.lede.model.ReaderLines;
import java.util.Arrays;

/**
 * A text word-wrapped to a width in terminal columns as {@link Canvas} draws it (wide CJK characters and
 * emoji take two, combining marks none), computed lazily: only as far as the lines asked for, so opening
 * a 5 MB article costs one screenful, not the whole text.
 * Lines are [start, end) ranges of the text, without their line break or the spaces they were broken at.
 */
public final class WrappedText implements ReaderLines {

    private final String text;
    private final int width;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int count;
    private int scanned;

    public WrappedText(String text, int width) {
        this.text = text;
        this.width = Math.max(1, width);
    }

    public String text() {
        return text;
    }

    public int width() {
        return width;
    }

    /** Whether line {@code line} exists, wrapping as far as needed to know. */
    public boolean hasLine(int line) {
        while (count <= line && scanned < text.length()) wrapOneLine();
        return line < count;
    }

    public int start(int line) {
        hasLine(line);
        return starts[line];
    }

    public int end(int line) {
        hasLine(line);
        return ends[line];
    }

    /** Every line, wrapping the whole text (once). */
    public int lineCount() {
        while (scanned < text.length()) wrapOneLine();
        return count;
    }

    /** The line showing the character at {@code offset} (the last line for offsets past the end). */
    public int lineOf(int offset) {
        while (scanned <= offset && scanned < text.length()) wrapOneLine();
        if (count == 0) return 0;
        int found = Arrays.binarySearch(starts, 0, count, offset);
        return found >= 0 ? found : Math.max(0, -found - 2);
    }

    private void wrapOneLine() {
        int start = scanned;
        int columns = 0;
        int lastBreak = -1;
        int lastWordEnd = -1;
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                // \n, \r\n and a lone \r (old Mac files) all end a line; a \r is never drawn.
                int next = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                add(start, trimEnd(start, i), next);
                return;
            }
            int codePoint = text.codePointAt(i);
            int w = Canvas.columns(codePoint);
            if (columns + w > width) {
                if (lastBreak > start) {
                    add(start, lastWordEnd, skipSpaces(lastBreak));
                } else {
                    int cut = i > start ? i : i + Character.charCount(codePoint);
                    add(start, cut, skipSpaces(cut));
                }
                return;
            }
            columns += w;
            if (c == ' ' || c == '\t') {
                if (lastWordEnd < 0 || lastBreak != i) lastWordEnd = i;
                lastBreak = i + 1;
            } else if (Cell.isWide(c)) {
                // CJK text has no spaces: a line may break after any of its characters.
                lastWordEnd = i + 1;
                lastBreak = i + 1;
            }
            i += Character.charCount(codePoint);
        }
        add(start, trimEnd(start, i), i);
    }

    private int skipSpaces(int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') i++;
        return i;
    }

    private int trimEnd(int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) e--;
        return e;
    }

    private void add(int start, int end, int next) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        count++;
        scanned = next;
    }
}
