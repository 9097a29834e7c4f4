package dev.lede.corpus;

import java.io.IOException;
import java.io.Reader;

/**
 * The lines of a stream, each held only up to a limit: a longer line is skipped to its end and reported, so one
 * giant line costs that line, not the file (and not the heap).
 */
final class BoundedLines {

    private final Reader in;
    private final int limit;
    private final char[] buffer = new char[64 * 1024];
    private int position;
    private int filled;
    private int lineNumber;
    private boolean tooLong;

    BoundedLines(Reader in, int limit) {
        this.in = in;
        this.limit = limit;
    }

    /** The next line without its terminator ("" for a line over the limit), or null at the end. */
    String next() throws IOException {
        StringBuilder line = new StringBuilder();
        tooLong = false;
        boolean any = false;
        while (true) {
            if (position == filled) {
                filled = in.read(buffer, 0, buffer.length);
                position = 0;
                if (filled <= 0) {
                    filled = 0;
                    if (!any) return null;
                    break;
                }
            }
            any = true;
            int start = position;
            while (position < filled && buffer[position] != '\n') position++;
            append(line, start, position);
            if (position < filled) {
                position++; // the newline
                break;
            }
        }
        lineNumber++;
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') line.setLength(end - 1);
        return tooLong ? "" : line.toString();
    }

    private void append(StringBuilder line, int start, int end) {
        if (tooLong) return;
        if (line.length() + (end - start) > limit) {
            tooLong = true;
            line.setLength(0);
            line.trimToSize();
        } else {
            line.append(buffer, start, end - start);
        }
    }

    /** Whether the line {@link #next} just gave was over the limit. */
    boolean wasTooLong() {
        return tooLong;
    }

    /** The number of the line {@link #next} just gave, from 1. */
    int lineNumber() {
        return lineNumber;
    }
}
