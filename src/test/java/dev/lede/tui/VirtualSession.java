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

/** An explorer session on Lanterna's virtual terminal, driven by keystrokes and read back as text. */
final class VirtualSession implements AutoCloseable {

    private static final long TIMEOUT_MILLIS = 15_000;

    final DefaultVirtualTerminal terminal;
    private final Thread thread;
    private volatile Throwable failure;

    VirtualSession(Library library, Settings settings, int columns, int rows) {
        terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
        thread = new Thread(() -> {
            try {
                new ExplorerApp(library, settings).run(terminal);
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

    String screen() {
        TerminalSize size = terminal.getTerminalSize();
        StringBuilder s = new StringBuilder();
        for (int row = 0; row < size.getRows(); row++) s.append(row(row)).append('\n');
        return s.toString();
    }

    String row(int row) {
        StringBuilder s = new StringBuilder();
        for (int col = 0; col < terminal.getTerminalSize().getColumns(); col++) {
            TextCharacter c = terminal.getCharacter(col, row);
            s.append(c.getCharacterString());
            if (c.isDoubleWidth()) col++;
        }
        return s.toString();
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
