package dev.lede.ssh;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The keys a client sends, remembering when the last one came (for the idle timeout). {@link #end()} makes the app
 * see end of input, the one signal every app already handles, so the server can end a session without killing it.
 * An app that reads on after end of input gets an exception instead, so it cannot spin on a shared server.
 */
final class SessionInput extends FilterInputStream {

    private volatile long lastInputNanos = System.nanoTime();
    private volatile boolean ended;
    private volatile boolean clientClosed;
    private boolean endOfInputSeen;

    SessionInput(InputStream channelInput) {
        super(channelInput);
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
            }
            return count;
        } catch (IOException closedUnderUs) {
            if (ended) {
                return -1;
            }
            throw closedUnderUs;
        }
    }

    @Override
    public int available() throws IOException {
        return ended ? 0 : Math.max(0, in.available());
    }
}
