package dev.lede.ssh;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The keys a client sends, remembering when the last one came (for the idle timeout). {@link #end()} makes the app
 * see end of input, the one signal every app already handles, so the server can end a session without killing it.
 * An app that reads on after end of input gets an exception instead, so it cannot spin on a shared server.
 *
 * <p>Line ends are read as a local terminal's line discipline reads them (ICRNL): a client in raw mode sends Enter
 * as CR, which becomes LF, the Enter Lanterna decodes. A client that sends CR LF (or telnet's CR NUL) for one Enter
 * has the byte after the CR dropped, even when it comes in the next packet, so that is one Enter, not two.
 */
final class SessionInput extends FilterInputStream {

    private volatile long lastInputNanos = System.nanoTime();
    private volatile boolean ended;
    private volatile boolean clientClosed;
    private boolean endOfInputSeen;
    private boolean afterCarriageReturn;
    private final KeyBudget budget;

    /**
     * @param flooding   told once, when the client first sends keys beyond its {@link KeyBudget}
     * @param alwaysPass the keys that pass even then (see {@link SessionApp#keysThatAlwaysPass()})
     */
    SessionInput(InputStream channelInput, Runnable flooding, List<String> alwaysPass) {
        super(channelInput);
        budget = new KeyBudget(flooding, alwaysPass);
    }

    long lastInputNanos() {
        return lastInputNanos;
    }

    /** True when the client sent end of input (it hung up), as opposed to the server ending the session. */
    boolean clientClosed() {
        return clientClosed;
    }

    void end() throws IOException {
        ended = true;
        in.close();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int count = ended ? -1 : readChannel(buffer, offset, length);
        while (count == 0 && length > 0 && !ended) { // all of it was dropped (a CR LF's LF, a flood): read on rather than say "nothing"
            count = readChannel(buffer, offset, length);
        }
        if (count > 0) {
            lastInputNanos = System.nanoTime();
        } else if (count < 0) {
            if (endOfInputSeen) {
                throw new EOFException("the session has ended");
            }
            endOfInputSeen = true;
        }
        return count;
    }

    private int readChannel(byte[] buffer, int offset, int length) throws IOException {
        try {
            int count = in.read(buffer, offset, length);
            if (count < 0) {
                clientClosed = true;
                return count;
            }
            return budget.admit(buffer, offset, translateLineEnds(buffer, offset, count));
        } catch (IOException closedUnderUs) {
            if (ended) {
                return -1;
            }
            throw closedUnderUs;
        }
    }

    /** CR becomes LF; an LF or NUL right after a CR is dropped. Returns how many bytes are left. */
    private int translateLineEnds(byte[] buffer, int offset, int count) {
        int kept = offset;
        for (int i = offset; i < offset + count; i++) {
            byte b = buffer[i];
            boolean secondHalf = afterCarriageReturn && (b == '\n' || b == 0);
            afterCarriageReturn = b == '\r';
            if (!secondHalf) {
                buffer[kept++] = afterCarriageReturn ? (byte) '\n' : b;
            }
        }
        return kept - offset;
    }

    @Override
    public int available() throws IOException {
        return ended ? 0 : Math.max(0, in.available());
    }
}
