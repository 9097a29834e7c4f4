package dev.lede.cli;

import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import dev.lede.tui.ControlSequences;
import dev.lede.tui.WholeCharacters;
import java.io.IOException;
import java.nio.charset.Charset;

/** The terminal lede runs in: Lanterna's Unix terminal, sending emoji whole, with Ctrl-C as a key so the screen is restored. */
final class LocalTerminal extends UnixTerminal implements ControlSequences {

    private LocalTerminal() throws IOException {
        super(System.in, System.out, Charset.defaultCharset(), UnixLikeTerminal.CtrlCBehaviour.TRAP);
    }

    /** Whether standard input and output are a terminal (not a pipe, a file or a detached process). */
    static boolean isAvailable() {
        return System.console() != null;
    }

    static LocalTerminal open() throws IOException {
        return new LocalTerminal();
    }

    @Override
    public void writeControl(String sequence) throws IOException {
        writeToTerminal(sequence.getBytes(getCharset()));
        flush();
    }

    @Override
    public void putString(String string) throws IOException {
        WholeCharacters.put(string, getCharset(), this::putCharacter, this::writeToTerminal);
    }
}
