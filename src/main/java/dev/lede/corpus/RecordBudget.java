package dev.lede.corpus;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;

/**
 * Bounds how much text one record of a streamed file may take, so a record that never ends (an unclosed quote, a
 * line without a newline) costs at most the per-record limit of memory, never the whole file.
 */
final class RecordBudget extends FilterReader {

    /** Thrown through the parser when a record outgrows the limit; the parser cannot go on after it. */
    static final class RecordTooLarge extends IOException {
        RecordTooLarge(long limit) {
            super(String.format(Locale.ROOT, "too large: a record over %d MB (limit %d MB per record); the rest of"
                    + " the file is not read", limit / 1048576, limit / 1048576));
        }
    }

    private final long limit;
    private long used;

    RecordBudget(Reader in, long limit) {
        super(in);
        this.limit = limit;
    }

    /** A new record starts: its budget is full again. */
    void startRecord() {
        used = 0;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) spend(1);
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) spend(n);
        return n;
    }

    private void spend(int chars) throws RecordTooLarge {
        used += chars;
        if (used > limit) throw new RecordTooLarge(limit);
    }
}
