package dev.lede.ssh;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.util.Map;

/**
 * The stand-in for the explorer: shows its size, TERM and a counter. {@code +} counts, {@code x} throws, {@code q}
 * and Ctrl-C quit. Every frame is drawn in full, so a test can find whole lines in the raw output.
 */
final class TestSessionApp implements SessionApp {

    @Override
    public void run(Terminal terminal, Map<String, String> env, Notices notices) throws Exception {
        Screen screen = new TerminalScreen(terminal);
        screen.startScreen();
        int[] count = {0};
        terminal.addResizeListener((resized, size) -> draw(screen, env, count[0]));
        try {
            while (true) {
                draw(screen, env, count[0]);
                KeyStroke key = screen.readInput();
                if (key.getKeyType() == KeyType.EOF || isQuit(key)) {
                    return;
                }
                if (key.getKeyType() == KeyType.Character && key.getCharacter() == '+') {
                    count[0]++;
                }
                if (key.getKeyType() == KeyType.Character && key.getCharacter() == 'x') {
                    throw new IllegalStateException("test session failed on purpose");
                }
            }
        } finally {
            screen.stopScreen();
        }
    }

    private static boolean isQuit(KeyStroke key) {
        return key.getKeyType() == KeyType.Character
                && (key.getCharacter() == 'q' || key.getCharacter() == 'c' && key.isCtrlDown());
    }

    private static synchronized void draw(Screen screen, Map<String, String> env, int count) {
        try {
            screen.doResizeIfNecessary();
            screen.clear();
            var size = screen.getTerminalSize();
            screen.newTextGraphics().putString(0, 0,
                    "Lede test session " + size.getColumns() + "x" + size.getRows() + " " + env.get("TERM"));
            screen.newTextGraphics().putString(0, 1, "count " + count + " NO_COLOR=" + env.getOrDefault("NO_COLOR", "-"));
            screen.refresh(Screen.RefreshType.COMPLETE);
        } catch (IOException clientGone) {
            // The next read sees end of input.
        }
    }
}
