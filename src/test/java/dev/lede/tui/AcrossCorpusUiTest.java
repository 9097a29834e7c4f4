package dev.lede.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyType;
import dev.lede.model.Articles;
import dev.lede.model.Library;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The corpus-wide screens on the virtual terminal: overview, speakers, ranked search, export. */
class AcrossCorpusUiTest {

    @TempDir
    Path home;

    private VirtualSession session(Library library, int columns, int rows) {
        Map<String, String> env = Map.of("TERM", "xterm-256color", "HOME", home.toString(),
                "XDG_CONFIG_HOME", home.resolve("config").toString(), "XDG_STATE_HOME", home.resolve("state").toString());
        return new VirtualSession(library, Settings.load(null, env), columns, rows);
    }

    @ParameterizedTest
    @CsvSource({"80, 24", "200, 50"})
    void overviewChartsPeopleOrganizationsAndPlacesAndEnterFilters(int columns, int rows) throws Exception {
        try (VirtualSession s = session(Articles.sample().library(), columns, rows)) {
            s.awaitText("People");
            s.type("o");
            String chart = s.awaitText("Overview", "People", "Organizations", "Places", "▶Masoud Jazayeri", "Tony Blair",
                    "Tasnim", "Syria", "Tehran", "█", "▌");
            // Jazayeri (2 articles) has the longest bar, Tony Blair (1) half of it.
            assertThat(blocks(chart, "Masoud Jazayeri")).isGreaterThan(blocks(chart, "Tony Blair"));

            s.type("j").press(KeyType.Enter);
            String filtered = s.awaitText("filter: Tony Blair 1/3 documents", "Blair visits Paris");
            assertThat(filtered).doesNotContain("Overview");
            s.type("o");
            s.awaitText("Overview of the 1 listed articles");
            s.press(KeyType.Escape);
            s.awaitScreen(screen -> !screen.contains("Overview"), "the overview closed");
            assertThat(s.row(rows - 1)).contains("filter: Tony Blair");
        }
    }

    @ParameterizedTest
    @CsvSource({"80, 24", "200, 50"})
    void aSpeakersQuotesAreWalkedAcrossArticlesAndTheReaderFollows(int columns, int rows) throws Exception {
        try (VirtualSession s = session(Articles.sample().library(), columns, rows)) {
            s.awaitText("People");
            s.type("s");
            s.awaitText("Speakers 1", "Masoud Jazayeri", "3 quotes, 2 articles");
            s.press(KeyType.Enter);
            s.awaitText("Masoud Jazayeri quote 1/3", "Quotes  Masoud", "“we are waiting");
            s.type("]]");
            String third = s.awaitText("Masoud Jazayeri quote 3/3", "Reader  Syria talks", "we are waiting\"");
            assertThat(third).containsPattern("▶Syria ta(lks|…)");
            s.press(KeyType.Escape);
            s.awaitScreen(screen -> !screen.contains("Masoud Jazayeri quote"), "per-article quotes again");
            s.awaitText("4 Quotes  1", "quote 1/1 Jazayeri");
        }
    }

    @Test
    void slashInTheDocumentListRanksEveryArticleAndHighlightsTheWords() throws Exception {
        Library library = Articles.sample().library();
        library.textSearch().join();
        try (VirtualSession s = session(library, 80, 24)) {
            s.awaitText("People");
            s.type("/syria").press(KeyType.Enter);
            String found = s.awaitText("2 articles match", "1 Documents  2/3  search: syria", "match 1/");
            assertThat(found).doesNotContain("Blair visits Paris");
            assertThat(s.row(1)).contains("Syria talks");
            s.type("n");
            s.awaitText("match 2/");
        }
    }

    @Test
    void xExportsTheQuoteListAndAsksBeforeReplacing() throws Exception {
        Path file = Files.writeString(home.resolve("quotes.md"), "keep me");
        try (VirtualSession s = session(Articles.sample().library(), 80, 24)) {
            s.awaitText("People");
            s.type("x");
            s.awaitText("export quotes to: quotes.md");
            for (int i = 0; i < "quotes.md".length(); i++) s.press(KeyType.Backspace);
            s.type(file.toString()).press(KeyType.Enter);
            s.awaitText("exists; replace it? (y/n)");
            s.type("n");
            s.awaitText("not exported");
            assertThat(Files.readString(file)).isEqualTo("keep me");
            s.type("x");
            s.awaitText("export quotes to:");
            for (int i = 0; i < "quotes.md".length(); i++) s.press(KeyType.Backspace);
            s.type(file.toString()).press(KeyType.Enter).type("y");
            s.awaitText("exported 2 quotes to");
            assertThat(Files.readString(file)).contains("it is not going to happen");
        }
    }

    @Test
    void overviewAndSpeakersDrawOnAnySizeOfScreen() throws Exception {
        try (VirtualSession s = session(Articles.sample().library(), 80, 24)) {
            s.awaitText("People");
            for (int[] size : new int[][] {{12, 4}, {30, 8}, {1, 1}, {50, 3}}) {
                s.terminal.setTerminalSize(new TerminalSize(size[0], size[1]));
                s.type("o");
                s.awaitScreen(screen -> screen.split("\n").length == size[1], size[0] + "x" + size[1] + " with the overview");
                s.type("js");
                s.awaitScreen(screen -> screen.split("\n").length == size[1], size[0] + "x" + size[1] + " with the speakers");
                s.press(KeyType.Escape);
            }
            s.terminal.setTerminalSize(new TerminalSize(80, 24));
            s.type("o");
            s.awaitText("Overview", "Places");
            assertThat(home.resolve("state/lede/lede.log")).as("nothing went wrong").doesNotExist();
        }
    }

    /** Full blocks on the row of the name, or on the row under it when the bar goes under the name. */
    private static long blocks(String screen, String name) {
        String[] rows = screen.split("\n");
        for (int i = 0; i < rows.length; i++) {
            int at = rows[i].indexOf(name);
            if (at < 0) continue;
            long beside = rows[i].substring(at).chars().takeWhile(c -> c != '│').filter(c -> c == '█').count();
            if (beside > 0) return beside;
            String under = rows[i + 1].substring(Math.max(0, at - 1), Math.min(rows[i + 1].length(), at + 24));
            return under.chars().filter(c -> c == '█').count();
        }
        return -1;
    }
}
