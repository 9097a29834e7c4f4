package dev.lede.cli;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.lede.model.Library;
import dev.lede.tui.ExplorerApp;
import dev.lede.tui.Flushes;
import dev.lede.tui.Settings;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code lede --print-screen}: the explorer's first screen drawn on a terminal in memory (Lanterna's virtual one) and
 * printed as plain text, with no terminal needed: for a bug report, a README, or a script checking what a corpus
 * opens to. {@code ./lede} also makes its class-data archive from such a run, so the archive holds the explorer's
 * classes (Lanterna, the views), not only an export's.
 */
final class FirstScreen {

    static final int COLUMNS = 100;
    static final int ROWS = 30;
    private static final long WAIT_SECONDS = 60;

    private FirstScreen() {
    }

    /** Draws the first frame, prints it and ends the session; false when no frame came within a minute. */
    static boolean print(Library library, Settings settings, PrintWriter out) throws InterruptedException {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(COLUMNS, ROWS));
        CountDownLatch drawn = new CountDownLatch(1);
        StringBuilder screen = new StringBuilder();
        Flushes.onEach(terminal, () -> {
            // Copied inside the first flush, on the drawing thread: a whole frame, never one half drawn.
            if (drawn.getCount() == 0) return;
            for (int row = 0; row < ROWS; row++) screen.append(line(terminal, row)).append('\n');
            drawn.countDown();
        });
        Thread session = new Thread(() -> {
            try {
                new ExplorerApp(library, settings).withoutFileWrites().run(terminal);
            } catch (Exception | Error e) {
                drawn.countDown();
            }
        }, "lede-print-screen");
        session.setDaemon(true);
        session.start();
        boolean shown = drawn.await(WAIT_SECONDS, TimeUnit.SECONDS) && !screen.isEmpty();
        out.print(screen);
        out.flush();
        terminal.addInput(new KeyStroke(KeyType.EOF)); // ends the session as a closed terminal does
        session.join(TimeUnit.SECONDS.toMillis(5));
        return shown;
    }

    private static String line(DefaultVirtualTerminal terminal, int row) {
        StringBuilder text = new StringBuilder(COLUMNS);
        for (int column = 0; column < COLUMNS; column++) {
            TextCharacter character = terminal.getCharacter(column, row);
            text.append(character == null ? " " : character.getCharacterString());
            if (character != null && character.isDoubleWidth()) column++; // its second cell is part of it
        }
        return text.toString().stripTrailing();
    }
}
