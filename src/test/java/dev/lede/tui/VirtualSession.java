package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.lede.model.Library;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * An explorer session on Lanterna's virtual terminal, driven by keystrokes and read back as text. Everything
 * read back ({@link #screen}, {@link #row}, {@link #cell}) comes from the last <em>finished</em> frame: the
 * screen is copied when the session flushes a frame, on the session's own thread, so a test never sees a
 * frame half drawn over the one before.
 */
final class VirtualSession implements AutoCloseable {

    private static final long TIMEOUT_MILLIS = 15_000;

    final DefaultVirtualTerminal terminal;
    final ExplorerApp app;
    private final Thread thread;
    private volatile Throwable failure;
    /** The cells of the last frame flushed, row by row; empty until the first. */
    private volatile TextCharacter[][] frame = new TextCharacter[0][];

    VirtualSession(Library library, Settings settings, int columns, int rows) {
        this(library, settings, new DefaultVirtualTerminal(new TerminalSize(columns, rows)));
    }

    /** A session on a terminal of the test's own (one that records what it is sent, say). */
    VirtualSession(Library library, Settings settings, DefaultVirtualTerminal terminal) {
        this.terminal = terminal;
        Flushes.onEach(terminal, () -> frame = copyCells());
        app = new ExplorerApp(library, settings);
        thread = new Thread(() -> {
            try {
                app.run(terminal);
            } catch (Throwable t) {
                failure = t;
            }
        }, "explorer-under-test");
        thread.setDaemon(true);
        thread.start();
    }

    /** Types each character as a key. */
    VirtualSession type(String keys) {
        keys.chars().forEach(c -> terminal.addInput(new KeyStroke((char) c, false, false)));
        return this;
    }

    VirtualSession press(KeyType type) {
        terminal.addInput(new KeyStroke(type));
        return this;
    }

    VirtualSession ctrl(char c) {
        terminal.addInput(new KeyStroke(c, true, false));
        return this;
    }

    /** The last finished frame, a line per row. */
    String screen() {
        TextCharacter[][] cells = frame;
        StringBuilder s = new StringBuilder();
        for (TextCharacter[] row : cells) s.append(text(row)).append('\n');
        return s.toString();
    }

    /** One row of the last finished frame ("" before the first, or past its bottom). */
    String row(int row) {
        TextCharacter[][] cells = frame;
        return row < cells.length ? text(cells[row]) : "";
    }

    /** One cell of the last finished frame. */
    TextCharacter cell(int col, int row) {
        return frame[row][col];
    }

    private static String text(TextCharacter[] row) {
        StringBuilder s = new StringBuilder();
        for (int col = 0; col < row.length; col++) {
            s.append(row[col].getCharacterString());
            if (row[col].isDoubleWidth()) col++;
        }
        return s.toString();
    }

    /** Called in the terminal's flush, on the session's thread, which has just written the whole frame. */
    private TextCharacter[][] copyCells() {
        TerminalSize size = terminal.getTerminalSize();
        TextCharacter[][] cells = new TextCharacter[size.getRows()][size.getColumns()];
        for (int row = 0; row < size.getRows(); row++) {
            for (int col = 0; col < size.getColumns(); col++) cells[row][col] = terminal.getCharacter(col, row);
        }
        return cells;
    }

    /** Waits until the screen shows every one of {@code texts} (a frame may be caught half drawn); returns the screen. */
    String awaitText(String... texts) {
        return awaitScreen(s -> Arrays.stream(texts).allMatch(s::contains), String.join(", ", texts));
    }

    String awaitScreen(Predicate<String> condition, String what) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MILLIS);
        String last = "";
        while (System.nanoTime() < deadline) {
            checkAlive();
            last = screen();
            if (condition.test(last)) return last;
            sleep(20);
        }
        throw new AssertionError("screen never showed " + what + "; last screen:\n" + last);
    }

    /** Waits for the session to end, as after q. */
    boolean awaitEnd() throws InterruptedException {
        thread.join(TIMEOUT_MILLIS);
        checkFailure();
        return !thread.isAlive();
    }

    private void checkAlive() {
        checkFailure();
        if (!thread.isAlive()) throw new AssertionError("the session ended; last screen:\n" + screen());
    }

    private void checkFailure() {
        if (failure != null) throw new AssertionError("the session failed", failure);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (thread.isAlive()) {
            ctrl('c');
            thread.join(TIMEOUT_MILLIS);
        }
    }
}
