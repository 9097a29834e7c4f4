package dev.lede.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.lede.model.Articles;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every terminal size draws: the four panes from 40×10, a one-line "enlarge the window" notice below that. */
class TerminalSizesTest {

    @TempDir
    Path home;

    private Settings settings() {
        Map<String, String> env = new HashMap<>(Map.of("TERM", "xterm-256color", "HOME", home.toString(),
                "XDG_CONFIG_HOME", home.resolve("config").toString(), "XDG_STATE_HOME", home.resolve("state").toString()));
        return Settings.load(null, env);
    }

    /** Pure arithmetic, so every size from 20×6 to 300×100: the panes lie inside the screen and do not overlap. */
    @Test
    void everyLayoutFitsItsScreen() {
        for (int columns = 20; columns <= 300; columns++) {
            for (int rows = 6; rows <= 100; rows++) {
                Layout layout = Layout.of(new TerminalSize(columns, rows));
                List<Rect> panes = List.of(layout.documents(), layout.reader(), layout.entities(), layout.quotes());
                for (Rect r : panes) {
                    assertThat(r.width()).as("%d×%d %s", columns, rows, r).isGreaterThanOrEqualTo(0);
                    assertThat(r.height()).as("%d×%d %s", columns, rows, r).isGreaterThanOrEqualTo(0);
                    if (r.isEmpty()) continue;
                    assertThat(r.col() >= 0 && r.row() >= 0 && r.right() <= columns && r.bottom() <= rows - 1)
                            .as("%s inside %d×%d above the status bar", r, columns, rows).isTrue();
                }
                for (int i = 0; i < panes.size(); i++) {
                    for (int j = i + 1; j < panes.size(); j++) {
                        assertThat(overlap(panes.get(i), panes.get(j))).as("%d×%d: %s and %s", columns, rows, panes.get(i), panes.get(j)).isFalse();
                    }
                }
                if (Layout.fits(new TerminalSize(columns, rows))) {
                    assertThat(panes).as("%d×%d", columns, rows).allMatch(r -> r.width() >= 10 && r.height() >= 2);
                    assertThat(layout.reader().width()).as("reader at %d×%d", columns, rows).isGreaterThanOrEqualTo(20);
                }
            }
        }
    }

    /**
     * The real session, drawn at every width from 20 to 300 (at 6, 24 and 100 rows), every height from 6 to
     * 100 (at widths either side of each layout change), a grid in between and a few degenerate sizes, with
     * an entity filter, a current quote and a search open; a second pass over a third of the sizes toggles
     * the help overlay as it goes. Each frame is checked as the session finishes drawing it.
     */
    @Test
    void everySizeDrawsThePanesOrTheNotice() throws Exception {
        List<TerminalSize> sizes = sizes();
        SweepingTerminal terminal = new SweepingTerminal();
        try (VirtualSession s = new VirtualSession(Articles.sample().library(), settings(), terminal)) {
            s.awaitText("People");
            s.type("3").press(KeyType.Enter).type("]").type("2/said").press(KeyType.Enter);
            s.awaitText("match 1/");
            terminal.sweep(sizes, false);
            terminal.awaitSwept();
            List<TerminalSize> someSizes = new ArrayList<>();
            for (int i = 0; i < sizes.size(); i += 3) someSizes.add(sizes.get(i));
            terminal.sweep(someSizes, true);
            terminal.awaitSwept();
            assertThat(terminal.frames).isEqualTo(sizes.size() + someSizes.size());
            assertThat(terminal.wrong).as("frames drawn wrong").isEmpty();
            assertThat(terminal.unsafe()).isEmpty();
            s.terminal.setTerminalSize(new TerminalSize(80, 24));
            s.type("q");
            assertThat(s.awaitEnd()).isTrue();
        }
        assertThat(home.resolve("state/lede/lede.log")).as("nothing went wrong").doesNotExist();
    }

    /**
     * Hundreds of resizes from another thread, as a window being dragged sends them, while keys arrive: the
     * session keeps up, draws the final size whole and logs nothing.
     */
    @Test
    void aStormOfResizesWhileKeysArrive() throws Exception {
        RecordingTerminal terminal = new RecordingTerminal(80, 24);
        try (VirtualSession s = new VirtualSession(Articles.sample().library(), settings(), terminal)) {
            s.awaitText("People");
            Random random = new Random(42);
            Thread dragging = new Thread(() -> {
                for (int i = 0; i < 500; i++) {
                    terminal.setTerminalSize(new TerminalSize(1 + random.nextInt(300), 1 + random.nextInt(100)));
                    if (i % 10 == 0) Thread.yield();
                }
            }, "resizing");
            dragging.start();
            String keys = "jk]][[\tnN3j2gG1/B";
            for (int i = 0; dragging.isAlive() || i < 300; i++) {
                char c = keys.charAt(i % keys.length());
                if (c == '\t') s.press(KeyType.Tab);
                else s.type(String.valueOf(c));
                if (c == 'B') s.press(KeyType.Escape);
                if (i % 20 == 0) Thread.sleep(1);
            }
            dragging.join();
            s.press(KeyType.Escape).press(KeyType.Escape);
            terminal.setTerminalSize(new TerminalSize(100, 30));
            s.awaitScreen(screen -> screen.split("\n").length == 30 && screen.split("\n")[29].startsWith(" ")
                    && screen.split("\n")[0].contains("3 Entities"), "the last size drawn whole");
            assertThat(terminal.unsafe()).isEmpty();
            s.type("q");
            assertThat(s.awaitEnd()).isTrue();
        }
        assertThat(home.resolve("state/lede/lede.log")).as("nothing went wrong").doesNotExist();
    }

    private static List<TerminalSize> sizes() {
        Set<TerminalSize> sizes = new LinkedHashSet<>();
        for (int columns = 20; columns <= 300; columns++) {
            for (int rows : new int[] {6, 24, 100}) sizes.add(new TerminalSize(columns, rows));
        }
        for (int rows = 6; rows <= 100; rows++) {
            for (int columns : new int[] {20, 39, 40, 99, 100, 300}) sizes.add(new TerminalSize(columns, rows));
        }
        for (int columns = 20; columns <= 300; columns += 9) {
            for (int rows = 6; rows <= 100; rows += 7) sizes.add(new TerminalSize(columns, rows));
        }
        for (int[] odd : new int[][] {{1, 1}, {2, 1}, {300, 1}, {1, 100}, {12, 4}, {19, 5}, {39, 9}, {40, 10}, {40, 9}, {39, 10}}) {
            sizes.add(new TerminalSize(odd[0], odd[1]));
        }
        return new ArrayList<>(sizes);
    }

    private static boolean overlap(Rect a, Rect b) {
        if (a.isEmpty() || b.isEmpty()) return false;
        return a.col() < b.right() && b.col() < a.right() && a.row() < b.bottom() && b.row() < a.bottom();
    }

    /**
     * Resizes itself each time the session has drawn a frame at the size asked (a frame ends with a flush,
     * on the session's thread, so each size is drawn and checked in order), after checking that frame.
     */
    private static final class SweepingTerminal extends RecordingTerminal {

        private final Deque<TerminalSize> pending = new ArrayDeque<>();
        private final List<String> wrong = new ArrayList<>();
        private TerminalSize asked;
        private boolean toggleHelp;
        private int frames;

        SweepingTerminal() {
            super(200, 50);
        }

        /** Queues the sizes; an unbound key asks for a frame, whose flush starts the sweep on the session's thread. */
        synchronized void sweep(List<TerminalSize> sizes, boolean toggleHelp) {
            pending.addAll(sizes);
            this.toggleHelp = toggleHelp;
            addInput(new KeyStroke(KeyType.Unknown));
        }

        synchronized void awaitSwept() throws InterruptedException {
            long deadline = System.currentTimeMillis() + 60_000;
            while ((!pending.isEmpty() || asked != null) && System.currentTimeMillis() < deadline) wait(100);
            assertThat(pending).as("sizes not drawn in a minute").isEmpty();
        }

        @Override
        public synchronized void flush() {
            super.flush();
            if (asked != null && asked.equals(getTerminalSize())) {
                check();
                frames++;
                asked = null;
            }
            if (asked == null && !pending.isEmpty()) {
                asked = pending.poll();
                setTerminalSize(asked);
                if (toggleHelp) addInput(new KeyStroke('?', false, false));
            }
            if (asked == null) notifyAll();
        }

        private void check() {
            TerminalSize size = getTerminalSize();
            String frame = size.getColumns() + "×" + size.getRows();
            String top = row(0);
            String bottom = row(size.getRows() - 1);
            if (Layout.fits(size)) {
                if (!top.startsWith(" 1 Documents") && !frame(size).contains("Keys —")) wrong.add(frame + " top: " + top);
                if (!bottom.startsWith(" 1/3")) wrong.add(frame + " bottom: " + bottom);
            } else {
                String notice = Canvas.fit("enlarge the window to 40×10", size.getColumns());
                if (!frame(size).contains(notice)) wrong.add(frame + " without the notice: " + frame(size));
                if (size.getRows() >= 2 && !bottom.startsWith(Canvas.fit(" 1/3", size.getColumns()))) wrong.add(frame + " bottom: " + bottom);
            }
        }

        private String frame(TerminalSize size) {
            StringBuilder s = new StringBuilder();
            for (int row = 0; row < size.getRows(); row++) s.append(row(row)).append('\n');
            return s.toString();
        }

        private String row(int row) {
            StringBuilder s = new StringBuilder();
            for (int col = 0; col < getTerminalSize().getColumns(); col++) s.append(getCharacter(col, row).getCharacterString());
            return s.toString();
        }
    }
}
