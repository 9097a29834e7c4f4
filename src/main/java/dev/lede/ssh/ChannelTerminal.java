package dev.lede.ssh;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import dev.lede.tui.ControlSequences;
import dev.lede.tui.WholeCharacters;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.Signal;

/**
 * A Lanterna terminal over an SSH channel. Its size comes from the client's pty request and window-change messages,
 * never from a cursor-position round trip, which would be slow on a remote link and race with typed keys. A size is
 * capped at {@link #MAX_COLUMNS}×{@link #MAX_ROWS}: a client claiming 65535×65535 would otherwise have the server
 * allocate and draw four billion cells; beyond the cap it just sees the screen in its top left corner.
 */
final class ChannelTerminal extends ANSITerminal implements ControlSequences {

    private static final int MAX_COLUMNS = 500;
    private static final int MAX_ROWS = 200;

    /**
     * Quarter seconds to wait for the rest of an escape sequence, so arrow keys arriving in pieces are not split; it is
     * also how long Esc alone waits before it counts as Esc rather than the start of Alt-x or an arrow.
     */
    private static final int ESCAPE_SEQUENCE_WAIT_UNITS = 1;

    private final Environment environment;

    ChannelTerminal(InputStream input, OutputStream output, Environment environment) {
        super(input, output, StandardCharsets.UTF_8);
        this.environment = environment;
        getInputDecoder().setTimeoutUnits(ESCAPE_SEQUENCE_WAIT_UNITS);
        environment.addSignalListener((channel, signal) -> onResized(size()), Signal.WINCH);
    }

    /** Emoji go out whole: Lanterna would send each half of the pair as "?". */
    @Override
    public void writeControl(String sequence) throws IOException {
        writeToTerminal(sequence.getBytes(getCharset()));
        flush();
    }

    @Override
    public void putString(String string) throws IOException {
        WholeCharacters.put(string, getCharset(), this::putCharacter, this::writeToTerminal);
    }

    @Override
    protected TerminalSize findTerminalSize() {
        return size();
    }

    TerminalSize size() {
        return new TerminalSize(Math.min(MAX_COLUMNS, dimension(Environment.ENV_COLUMNS, 80)),
                Math.min(MAX_ROWS, dimension(Environment.ENV_LINES, 24)));
    }

    private int dimension(String name, int fallback) {
        try {
            int value = Integer.parseInt(environment.getEnv().getOrDefault(name, ""));
            return value > 0 ? value : fallback;
        } catch (NumberFormatException absent) {
            return fallback;
        }
    }
}
