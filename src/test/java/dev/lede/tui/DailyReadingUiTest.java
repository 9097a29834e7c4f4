package dev.lede.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.input.MouseAction;
import com.googlecode.lanterna.input.MouseActionType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.lede.model.Articles;
import dev.lede.model.Library;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who/when/where, zoom, sort, several entities, the mouse and the clipboard, on the virtual terminal. */
class DailyReadingUiTest {

    @TempDir
    Path home;

    /** Three dated articles (one without a date) and a long one to scroll. */
    static Library politics() {
        return new Articles()
                .add("Budget row", "Tony Blair and Gordon Brown argued. Brown said \"the sums add up\".",
                        List.of("PERSON:Tony Blair|Blair", "PERSON:Gordon Brown|Brown"), List.of("Gordon Brown"))
                .from("2005-03-01", "BBC News", "A. Writer", "https://example.org/budget")
                .add("Any questions", "Tony Blair took questions.\n\n" + "He said nothing new.\n\n".repeat(60),
                        List.of("PERSON:Tony Blair|Blair"), List.of())
                .add("Chancellor alone", "Gordon Brown said \"growth is strong\" in Leeds.",
                        List.of("PERSON:Gordon Brown|Brown", "LOCATION:Leeds"), List.of("Gordon Brown"))
                .from("2005-05-20T09:00:00Z", "The Guardian", null, null)
                .library();
    }

    private Settings settings() {
        return Settings.load(null, Map.of("TERM", "xterm-256color", "HOME", home.toString(),
                "XDG_CONFIG_HOME", home.resolve("config").toString(), "XDG_STATE_HOME", home.resolve("state").toString()));
    }

    @Test
    void theListHasADateColumnAndTheReaderSaysWhoWhereAndWhen() throws Exception {
        try (VirtualSession s = new VirtualSession(politics(), settings(), 160, 30)) {
            String screen = s.awaitText("2005-03-01", "2005-05-20", "2005-03-01 · BBC News · by A. Writer · https://example.org/bud");
            assertThat(screen).contains("Budget row");
            s.type("jj").press(KeyType.Enter);
            s.awaitText("2005-05-20T09:00:00Z · The Guardian", "2 Reader  Chancellor alone");
        }
    }

    @Test
    void zShowsTheReaderFullScreenAndEnterMovesTheFocusToTheText() throws Exception {
        try (VirtualSession s = new VirtualSession(politics(), settings(), 100, 30)) {
            s.awaitText("1 Documents");
            s.type("j").press(KeyType.Enter);
            s.awaitText("2 Reader  Any questions");
            s.type("z");
            String zoomed = s.awaitScreen(screen -> !screen.contains("1 Documents") && !screen.contains("3 Entities"), "the reader alone");
            assertThat(zoomed.lines().findFirst().orElseThrow()).startsWith(" 2 Reader  Any questions");
            String before = s.row(5);
            s.type(" ");
            s.awaitScreen(screen -> !s.row(5).equals(before), "Space scrolls the text");
            s.type("z");
            s.awaitText("1 Documents", "3 Entities");
            s.type("h").type("j").press(KeyType.Enter);
            s.awaitText("2 Reader  Chancellor alone");
        }
    }

    @Test
    void theStatusBarNamesTheOrderAndEveryEntityOfTheFilter() throws Exception {
        try (VirtualSession s = new VirtualSession(politics(), settings(), 160, 30)) {
            s.awaitText("1 Documents");
            s.type("S");
            s.awaitText("sorted by date, newest first");
            s.awaitScreen(screen -> s.row(1).contains("Chancellor alone") && s.row(3).contains("Any questions"), "newest first, undated last");
            s.type("3g").press(KeyType.Enter);
            s.type("j+");
            s.awaitText("filter: Gordon Brown + Tony Blair 1/3 documents");
            s.press(KeyType.Escape);
            s.awaitText("filter: Gordon Brown 2/3 documents");
        }
    }

    @Test
    void aClickSelectsARowAndFocusesItsPaneAndTheWheelScrollsThePaneUnderThePointer() throws Exception {
        try (VirtualSession s = new VirtualSession(politics(), settings(), 100, 30)) {
            s.awaitText("1 Documents");
            int row = rowOf(s, "Any questions");
            s.terminal.addInput(new MouseAction(MouseActionType.CLICK_DOWN, 1, new TerminalPosition(5, row)));
            s.press(KeyType.Enter);
            s.awaitText("2 Reader  Any questions");
            int readerCol = s.row(0).indexOf("2 Reader");
            String top = s.row(4);
            s.terminal.addInput(new MouseAction(MouseActionType.SCROLL_DOWN, 5, new TerminalPosition(readerCol + 5, 10)));
            s.awaitScreen(screen -> !s.row(4).equals(top), "the reader scrolled by the wheel");
        }
    }

    @Test
    void yCopiesTheQuoteToTheClipboardByOsc52() throws Exception {
        List<String> sent = new CopyOnWriteArrayList<>();
        DefaultVirtualTerminal terminal = new ClipboardTerminal(sent);
        try (VirtualSession s = new VirtualSession(politics(), settings(), terminal)) {
            s.awaitText("1 Documents");
            s.type("]y");
            s.awaitText("copied “the sums add up” — Gordon Brown, Budget row (2005-03-01, BBC News)");
            String text = "“the sums add up” — Gordon Brown, Budget row (2005-03-01, BBC News)";
            String base64 = Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
            assertThat(sent).containsExactly("\033]52;c;" + base64 + "\007");
        }
    }

    @Test
    void theOverviewChartsTheListedArticlesPerMonth() throws Exception {
        try (VirtualSession s = new VirtualSession(politics(), settings(), 160, 30)) {
            s.awaitText("1 Documents");
            s.type("o");
            String chart = s.awaitText("When (per month)", "2005-03", "2005-04", "2005-05");
            assertThat(barUnder(chart, "2005-03")).as("one article in March").contains("█");
            assertThat(barUnder(chart, "2005-04")).as("none in April: no bar").doesNotContain("█");
        }
    }

    /** The month's row and the row under it (where a narrow column draws the bar), from the month's column on. */
    private static String barUnder(String screen, String month) {
        List<String> rows = screen.lines().toList();
        for (int i = 0; i + 1 < rows.size(); i++) {
            int col = rows.get(i).indexOf(month);
            if (col >= 0) return rows.get(i).substring(col + month.length()) + "\n" + rows.get(i + 1).substring(Math.min(col, rows.get(i + 1).length()));
        }
        throw new AssertionError(month + " not charted:\n" + screen);
    }

    private static int rowOf(VirtualSession s, String text) {
        String[] rows = s.screen().split("\n");
        for (int i = 0; i < rows.length; i++) if (rows[i].contains(text)) return i;
        throw new AssertionError(text + " not on the screen:\n" + s.screen());
    }

    /** A virtual terminal that, like Lede's own terminals, takes control sequences, and keeps them. */
    private static final class ClipboardTerminal extends DefaultVirtualTerminal implements ControlSequences {
        private final List<String> sent;

        ClipboardTerminal(List<String> sent) {
            super(new TerminalSize(120, 30));
            this.sent = sent;
        }

        @Override
        public void writeControl(String sequence) {
            sent.add(sequence);
        }
    }
}
