package dev.lede.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import dev.lede.tui.KeyNames;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bytes real clients send for each key, as raw bytes over MINA's client, read back as the key names the explorer
 * acts on. (The real OpenSSH client in tmux is driven by {@code EveryHelpKeyIT}.)
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SshKeysTest {

    private static final String ESC = "\u001b";

    @TempDir
    Path dir;

    private SshFixture ssh;
    private SshFixture.Terminal terminal;
    private int expectedCount;

    @BeforeEach
    void open() throws Exception {
        ssh = new SshFixture(dir, 4, Duration.ofMinutes(5), new KeyNamesApp());
        terminal = ssh.open(100, 10);
        terminal.awaitText("keys 0");
    }

    @AfterEach
    void close() throws Exception {
        terminal.close();
        ssh.close();
    }

    @Test
    void enterIsCrOrCrLfOrLfOrCrNulAndEachIsOneKey() throws Exception {
        keys("\r", "Enter");
        keys("\r\n", "Enter");
        keys("\n", "Enter");
        keys("\r\u0000", "Enter");
        keys("\r\r", "Enter", "Enter");
        keys("j\rk\r\nl\n", "j", "Enter", "k", "Enter", "l", "Enter");
    }

    @Test
    void aCrLfSplitAcrossPacketsIsStillOneEnter() throws Exception {
        keys("\r", "Enter");
        keys("\n", new String[0]);
        keys("j", "j");
    }

    @Test
    void backspaceAsDelAndAsBs() throws Exception {
        keys("\u007f", "Backspace");
        keys("\b", "Backspace");
    }

    @Test
    void cursorAndEditingKeysInBothEscapeForms() throws Exception {
        keys(ESC + "[A" + ESC + "[B" + ESC + "[C" + ESC + "[D", "Up", "Down", "Right", "Left");
        keys(ESC + "OA" + ESC + "OB" + ESC + "OC" + ESC + "OD", "Up", "Down", "Right", "Left");
        keys(ESC + "[H" + ESC + "[F" + ESC + "OH" + ESC + "OF" + ESC + "[1~" + ESC + "[4~",
                "Home", "End", "Home", "End", "Home", "End");
        keys(ESC + "[5~" + ESC + "[6~" + ESC + "[2~" + ESC + "[3~", "PgUp", "PgDn", "Insert", "Delete");
    }

    @Test
    void keysWithModifiersAreTheKeyTheExplorerActsOn() throws Exception {
        keys(ESC + "[1;5A" + ESC + "[1;2B" + ESC + "[1;3C" + ESC + "[5;5~" + ESC + "[1;5H", "Up", "Down", "Right", "PgUp", "Home");
    }

    @Test
    void functionKeys() throws Exception {
        keys(ESC + "OP" + ESC + "OQ" + ESC + "OR" + ESC + "OS", "F1", "F2", "F3", "F4");
        keys(ESC + "[15~" + ESC + "[17~" + ESC + "[21~" + ESC + "[24~", "F5", "F6", "F10", "F12");
    }

    @Test
    void escAloneAfterAShortWaitAndAltX() throws Exception {
        keys(ESC, "Esc");
        keys(ESC + "x", "Alt-x");
        keys(ESC + "x" + ESC + "1", "Alt-x", "Alt-1");
    }

    @Test
    void tabShiftTabAndCtrlLetters() throws Exception {
        keys("\t" + ESC + "[Z", "Tab", "Shift-Tab");
        keys("\u0001\u0003\u000e\u0010\u0012", "Ctrl-a", "Ctrl-c", "Ctrl-n", "Ctrl-p", "Ctrl-r");
    }

    @Test
    void aPasteInOneBurstLosesNothing() throws Exception {
        StringBuilder paste = new StringBuilder();
        List<String> names = new ArrayList<>();
        String paragraph = "Masoud Jazayeri, deputy chief of staff, said that \"Iran and Syria enjoy deep ties\" — naïve café 東京. ";
        while (paste.length() < 6_000) {
            for (char c : paragraph.toCharArray()) {
                paste.append(c);
                names.add(c == ' ' ? "Space" : String.valueOf(c));
            }
            paste.append("\r");
            names.add("Enter");
        }
        keys(paste.toString(), names.toArray(String[]::new));
    }

    @Test
    void aKeyFloodIsCutAtTheSessionsBudgetAndQStillActsWithinASecond() throws Exception {
        long start = System.nanoTime();
        String chunk = "jkGg".repeat(8 * 1024);
        for (int sent = 0; sent < 1024 * 1024; sent += chunk.length()) {
            terminal.type(chunk);
        }
        long qSent = System.nanoTime();
        terminal.type("q");
        KeyNamesApp.Seen seen = KeyNamesApp.awaitLast("q");
        long qRead = System.nanoTime();
        double seconds = (qRead - start) / 1e9;
        assertThat(seen.last(1)).containsExactly("q");
        assertThat((qRead - qSent) / 1e6).as("milliseconds from q sent to q read").isLessThan(1000);
        assertThat(seen.count()).as("keys read of 1 MB sent in %.1f s", seconds)
                .isLessThanOrEqualTo(KeyBudget.BURST_BYTES + (int) (KeyBudget.BYTES_PER_SECOND * seconds) + 1);
        assertThat(ssh.log).filteredOn(line -> line.contains("refused: keys beyond 8 KB at once and 1 KB/s")).hasSize(1);
        assertThat(KeyNamesApp.NOTICES).as("the reader is told once why keys stopped working")
                .containsExactly("keys are coming faster than anyone types, so the extra ones are dropped; q or Ctrl-C still quits");
    }

    /** Sends {@code bytes} in one write and waits for the app to have read exactly {@code names} after the earlier keys. */
    private void keys(String bytes, String... names) throws Exception {
        terminal.type(bytes);
        expectedCount += names.length;
        KeyNamesApp.Seen seen = KeyNamesApp.awaitCount(expectedCount);
        assertThat(seen.last(names.length)).as("keys read for %s", bytes.replace(ESC, "ESC")).containsExactly(names);
        Thread.sleep(300); // nothing more comes: an Esc wait or a stray second Enter would show by now
        assertThat(KeyNamesApp.seen().count()).as("keys read for %s", bytes.replace(ESC, "ESC")).isEqualTo(expectedCount);
    }

    /** Reads keys and keeps their names; ends at end of input only, so that Ctrl-C and q are keys like the others. */
    static final class KeyNamesApp implements SessionApp {

        record Seen(List<String> names) {
            int count() {
                return names.size();
            }

            List<String> last(int n) {
                return names.subList(Math.max(0, names.size() - n), names.size());
            }
        }

        private static final List<String> NAMES = Collections.synchronizedList(new ArrayList<>());
        /** What the server told the session, as the explorer would show it in its status bar. */
        static final List<String> NOTICES = Collections.synchronizedList(new ArrayList<>());

        static Seen seen() {
            synchronized (NAMES) {
                return new Seen(List.copyOf(NAMES));
            }
        }

        static Seen awaitLast(String name) throws InterruptedException {
            long deadline = System.nanoTime() + SshFixture.WAIT.toNanos();
            while (!seen().last(1).equals(List.of(name)) && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            return seen();
        }

        static Seen awaitCount(int count) throws InterruptedException {
            long deadline = System.nanoTime() + SshFixture.WAIT.toNanos();
            while (seen().count() < count && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            return seen();
        }

        KeyNamesApp() {
            NAMES.clear();
            NOTICES.clear();
        }

        @Override
        public void run(Terminal terminal, Map<String, String> env, Notices notices) throws IOException {
            Screen screen = new TerminalScreen(terminal);
            notices.listen(NOTICES::add);
            screen.startScreen();
            try {
                long drawn = 0;
                for (KeyStroke key = null; key == null || key.getKeyType() != KeyType.EOF; key = screen.readInput()) {
                    if (key != null) {
                        NAMES.add(String.valueOf(KeyNames.of(key)));
                    }
                    if (System.nanoTime() - drawn > 50_000_000) { // the keys are what is checked; a frame now and then
                        screen.clear();
                        screen.newTextGraphics().putString(0, 0, "keys " + NAMES.size());
                        screen.refresh(Screen.RefreshType.COMPLETE);
                        drawn = System.nanoTime();
                    }
                }
            } finally {
                screen.stopScreen();
            }
        }
    }
}
