package dev.lede.tui;

import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Text to the clipboard of the terminal the reader sits at, by OSC 52 ({@code ESC ] 52 ; c ; base64 BEL}), as
 * tmux, xterm, kitty, iTerm2, WezTerm and Windows Terminal take it. The sequence travels with the screen's
 * output, so over SSH it reaches the reader's own terminal, not the server's.
 */
final class Clipboard {

    private Clipboard() {
    }

    /**
     * Sends {@code text} to the clipboard of a terminal of Lede's own.
     *
     * @return false for a terminal that takes no control sequences (Lanterna's virtual one)
     * @throws UncheckedIOException when the terminal is gone, as a failed frame would
     */
    static boolean copy(Terminal terminal, String text) {
        if (!(terminal instanceof ControlSequences controls)) return false;
        try {
            controls.writeControl(osc52(text));
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The OSC 52 sequence that puts {@code text} on the clipboard ("c"), its UTF-8 bytes in base64. */
    static String osc52(String text) {
        return "\033]52;c;" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "\007";
    }
}
