package dev.lede.ssh;

import com.googlecode.lanterna.terminal.Terminal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What one SSH session runs: the server calls {@link #run} on a thread of its own for every session that asked for a
 * terminal, with a Lanterna {@link Terminal} bound to that session's channel.
 *
 * <p>The terminal reports the client's size (and fires resize listeners on window-change) and delivers every key,
 * Ctrl-C included, as a key stroke: the app decides what ends it. When the client goes away, or the server ends the
 * session (idle timeout, shutdown), reading gives {@code KeyType.EOF}: the app should then return; reading on throws.
 * When {@code run} returns the session ends normally (exit status 0); when it throws, the client sees one line and
 * exit status 1, and every other session goes on.
 */
@FunctionalInterface
public interface SessionApp {

    /**
     * @param terminal the session's terminal; the server restores the client's screen after {@code run} ends
     * @param env      the client's TERM (xterm-256color when it sent none) and, when it sent them, NO_COLOR,
     *                 COLORTERM and LANG: the server's own environment is never consulted
     * @param notices  what the server has to tell this session's reader while it runs (its keys being cut, say)
     */
    void run(Terminal terminal, Map<String, String> env, Notices notices) throws Exception;

    /**
     * The keys that still reach the app while a flood of keys is being cut, by their names in keys.json ("q",
     * "Ctrl-x"); only keys a client sends as one byte can be told apart in a flood. Ctrl-C always passes.
     */
    default List<String> keysThatAlwaysPass() {
        return List.of("q");
    }

    /** The server's side of a session's notices: the app listens once, at the start of {@link #run}. */
    @FunctionalInterface
    interface Notices {
        void listen(Consumer<String> reader);
    }
}
