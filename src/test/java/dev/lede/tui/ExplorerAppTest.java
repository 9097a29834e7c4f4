package dev.lede.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyType;
import dev.lede.corpus.CorpusLoader;
import dev.lede.corpus.Document;
import dev.lede.model.Articles;
import dev.lede.model.Library;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.EnglishAnnotator;
import dev.lede.nlp.Quote;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExplorerAppTest {

    @TempDir
    Path home;

    private Map<String, String> env(String... more) {
        Map<String, String> env = new HashMap<>(Map.of("TERM", "xterm-256color", "HOME", home.toString(),
                "XDG_CONFIG_HOME", home.resolve("config").toString(), "XDG_STATE_HOME", home.resolve("state").toString()));
        for (int i = 0; i < more.length; i += 2) env.put(more[i], more[i + 1]);
        return env;
    }

    private VirtualSession session(Library library, int columns, int rows, String... env) {
        return new VirtualSession(library, Settings.load(null, env(env)), columns, rows);
    }

    /** The seed with the real annotator: this is the acceptance scenario. */
    @ParameterizedTest
    @CsvSource({"80, 24", "200, 50"})
    void seedShowsTheGeneralAndStepsThroughItsQuotes(int columns, int rows) throws Exception {
        try (Library library = Library.annotating(CorpusLoader.load(List.of(Path.of("seeds"))), new EnglishAnnotator(), 2);
             VirtualSession s = session(library, columns, rows)) {
            s.awaitText("Iranian General Denies");
            s.awaitScreen(screen -> sidebar(screen, columns).contains("Masoud Jazayeri"), "Masoud Jazayeri in the sidebar");
            s.type("]]");
            assertThat(s.awaitText("quote 2/5")).contains("quote 2/5");
        }
    }

    @ParameterizedTest
    @CsvSource({"80, 24", "200, 50"})
    void quotesMoveEveryPane(int columns, int rows) throws Exception {
        try (VirtualSession s = session(Articles.sample().library(), columns, rows)) {
            s.awaitScreen(screen -> sidebar(screen, columns).contains("Masoud Jazayeri") && screen.contains("Organizations")
                    && screen.contains("Places"), "the entities grouped in the sidebar");
            s.type("]]");
            s.awaitScreen(screen -> screen.contains("quote 2/2 Masoud Jazayeri")
                    && screen.matches("(?s).*▶Masoud Jazayeri: “Iran and.*"), "the second quote marked");
            s.type("]");
            s.awaitText("back to the first", "quote 1/2");
        }
    }

    @ParameterizedTest
    @CsvSource({"80, 24", "200, 50"})
    void enterOnAnEntityFiltersTheDocumentListAndEscClearsIt(int columns, int rows) throws Exception {
        try (VirtualSession s = session(Articles.sample().library(), columns, rows)) {
            s.awaitText("Blair visits Paris", "1 Documents  3 ");
            s.type("3").press(KeyType.Enter);
            s.awaitScreen(screen -> screen.contains("filter: Masoud Jazayeri 2/3 documents") && screen.contains("1 Documents  2/3")
                    && !screen.contains("Blair visits Paris"), "the list filtered");
            s.press(KeyType.Escape);
            s.awaitScreen(screen -> screen.contains("Blair visits Paris") && screen.contains("1 Documents  3 ")
                    && !screen.contains("filter:"), "the filter cleared");
        }
    }

    @Test
    void fFiltersByANameTypedAhead() throws Exception {
        try (VirtualSession s = session(Articles.sample().library(), 80, 24)) {
            s.awaitText("People");
            s.type("fbl");
            s.awaitText("Tony Blair");
            s.press(KeyType.Enter);
            s.awaitText("filter: Tony Blair 1/3 documents", "Tony Blair met officials");
        }
    }

    @Test
    void slashSearchesTheTextAndNFindsTheNextMatch() throws Exception {
        try (VirtualSession s = session(Articles.sample().library(), 80, 24)) {
            s.awaitText("People");
            s.type("2/syria").press(KeyType.Enter);
            s.awaitText("match 1/1");
            s.type("n");
            s.awaitText("last match: back to the first", "match 1/1");
        }
    }

    @Test
    void resizingRedrawsTheLayout() throws Exception {
        try (VirtualSession s = session(Articles.sample().library(), 80, 24)) {
            s.awaitScreen(screen -> screen.startsWith(" 1 Documents") && screen.contains("People") && screen.contains(" 1/3"),
                    "the narrow layout");
            s.terminal.setTerminalSize(new TerminalSize(200, 50));
            s.awaitScreen(screen -> rows(screen).length == 50 && rows(screen)[0].contains("3 Entities") && rows(screen)[49].startsWith(" 1/3"),
                    "the wide layout");
            assertThat(s.row(0)).contains("1 Documents", "2 Reader", "3 Entities");
            s.terminal.setTerminalSize(new TerminalSize(12, 4));
            s.awaitScreen(screen -> rows(screen).length == 4 && rows(screen)[3].startsWith(" 1/3"), "a tiny screen");
            s.terminal.setTerminalSize(new TerminalSize(1, 1));
            s.type("?");
            s.awaitScreen(screen -> rows(screen).length == 1, "a one-cell screen");
            s.terminal.setTerminalSize(new TerminalSize(80, 24));
            s.awaitScreen(screen -> rows(screen).length == 24 && !rows(screen)[0].contains("2 Reader") && rows(screen)[23].startsWith(" 1/3"),
                    "the narrow layout");
            assertThat(s.screen()).doesNotContain("error:");
            assertThat(home.resolve("state/lede/lede.log")).as("nothing went wrong").doesNotExist();
        }
    }

    @ParameterizedTest
    @CsvSource({"80, 24", "200, 50"})
    void helpOverlayListsTheKeysAndAnyKeyClosesIt(int columns, int rows) throws Exception {
        try (VirtualSession s = session(Articles.sample().library(), columns, rows)) {
            s.awaitText("People");
            s.type("?");
            s.awaitText("Keys —", "next quote", "Shift-Tab", "PgDn Space", "filter by / add an entity", "quit (Ctrl-C too)",
                    "overview of the corpus", "speakers and their quotes", "export the quote list");
            s.press(KeyType.Escape);
            s.awaitScreen(screen -> !screen.contains("Keys —"), "the help closed");
        }
    }

    @Test
    void noColorMeansNoColourAnywhere() throws Exception {
        try (VirtualSession s = session(Articles.sample().library(), 80, 24, "NO_COLOR", "1")) {
            s.awaitText("People");
            s.type("]");
            s.awaitText("quote 1/2", "People");
            for (int row = 0; row < 24; row++) {
                for (int col = 0; col < 80; col++) {
                    TextCharacter c = s.cell(col, row);
                    assertThat(c.getForegroundColor()).as("fg at %d,%d", col, row).isEqualTo(TextColor.ANSI.DEFAULT);
                    assertThat(c.getBackgroundColor()).as("bg at %d,%d", col, row).isEqualTo(TextColor.ANSI.DEFAULT);
                }
            }
            assertThat(s.cell(0, 23).isReversed()).as("the status bar stands out by reverse video").isTrue();
            s.type("t");
            s.awaitText("colours are off");
        }
    }

    @Test
    void qQuitsAndCtrlCToo() throws Exception {
        VirtualSession q = session(Articles.sample().library(), 80, 24);
        q.awaitText("People");
        q.type("q");
        assertThat(q.awaitEnd()).isTrue();

        VirtualSession ctrlC = session(Articles.sample().library(), 80, 24);
        ctrlC.awaitText("People");
        ctrlC.ctrl('c');
        assertThat(ctrlC.awaitEnd()).isTrue();
    }

    @Test
    void keysJsonRebindsAndABadOneWarnsAndKeepsTheDefaults() throws Exception {
        Path config = Files.createDirectories(home.resolve("config/lede"));
        Files.writeString(config.resolve("keys.json"), "{\"next-quote\": [\"]\", \"x\"], \"quit\": \"Q\"}");
        try (VirtualSession s = session(Articles.sample().library(), 80, 24)) {
            s.awaitText("People");
            s.type("xq");
            s.awaitText("quote 1/2", "q does nothing here");
            s.type("?");
            s.awaitText("] x        next quote", "Q          quit");
            s.press(KeyType.Escape);
            s.type("Q");
            assertThat(s.awaitEnd()).isTrue();
        }

        Files.writeString(config.resolve("keys.json"), "{\"jump-around\": \"x\"}");
        try (VirtualSession s = session(Articles.sample().library(), 80, 24)) {
            s.awaitText("unknown action \"jump-around\"", "default keys used");
            s.type("q");
            assertThat(s.awaitEnd()).isTrue();
        }
    }

    @Test
    void aMalformedThemeIsAMessageAndTheDefaultTheme() throws Exception {
        Path themes = Files.createDirectories(home.resolve("config/lede/themes"));
        Files.writeString(themes.resolve("broken.json"), "{\"styles\": {\"text\": {\"fg\": \"purple\"}}}");
        Settings settings = Settings.load("broken", env());
        try (VirtualSession s = new VirtualSession(Articles.sample().library(), settings, 80, 24)) {
            s.awaitText("bad colour \"purple\"", "People");
        }
    }

    @Test
    void aHugeArticleScrollsToTheEndQuickly() throws Exception {
        String paragraph = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor. ".repeat(12) + "\n\n";
        String body = paragraph.repeat(5_000_000 / paragraph.length()) + "THE VERY END";
        Articles big = new Articles().add("Huge", body, List.of(), List.of());
        try (VirtualSession s = session(big.library(), 80, 24)) {
            s.awaitText("Huge");
            long start = System.nanoTime();
            s.type("2G");
            s.awaitText("THE VERY END");
            s.type("g");
            s.awaitScreen(screen -> !screen.contains("THE VERY END"), "the top again");
            assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds to the end and back").isLessThan(5_000);
        }
    }

    @Test
    void theCurrentQuoteIsScrolledIntoView() throws Exception {
        String filler = "Nothing to see in this paragraph, which only pushes the quote down the page.\n\n".repeat(200);
        Articles long_ = new Articles().add("Long", filler + "Then she said \"the hidden words are here\" and left.",
                List.of("PERSON:Ada Lovelace"), List.of("Ada Lovelace"));
        try (VirtualSession s = session(long_.library(), 80, 24)) {
            assertThat(s.awaitText("Nothing to see", "1/1 │")).doesNotContain("the hidden words are here\"");
            s.type("]");
            s.awaitText("quote 1/1", "the hidden words are here\"");
        }
    }

    @Test
    void wideCharactersAreWrappedToThePane() throws Exception {
        Articles japanese = new Articles().add("東京", "東京都は日本の首都です。".repeat(20), List.of(), List.of());
        try (VirtualSession s = session(japanese.library(), 80, 24)) {
            String screen = s.awaitText("東京都は", "1/1 │");
            assertThat(screen).doesNotContain("\uFFFD");
            String line = s.row(8);
            assertThat(line).startsWith("東京都は日本の首都です。");
            int textColumns = line.indexOf('│') + Math.toIntExact(line.substring(0, line.indexOf('│')).codePoints().filter(c -> c > 0x2E80).count());
            assertThat(textColumns).as("the reader's width in columns, wide characters counting two").isEqualTo(51);
        }
    }

    @Test
    void failedFilesAreMarkedWithTheirReason() throws Exception {
        try (VirtualSession s = session(Articles.sample().failed("bad.html", "not an article: no text").library(), 200, 50)) {
            s.awaitText("✗ not an article: no text", "bad.html");
        }
    }

    private static String[] rows(String screen) {
        return screen.split("\n");
    }

    @Test
    void aPaneThatFailsToDrawIsOneLineAndTheSessionGoesOn() throws Exception {
        Document doc = new Document("odd.txt", Path.of("odd.txt"), "Odd", "Odd\n\nA text.", null, null);
        Quote broken = new Quote(5, 6, null, "Someone", null);
        Library library = Library.annotated(List.of(doc), List.of(new Annotation(List.of(), List.of(broken))));
        try (VirtualSession s = session(library, 80, 24)) {
            assertThat(s.awaitText("error in the quotes pane", "A text.")).doesNotContain("at dev.lede");
            assertThat(Files.readString(home.resolve("state/lede/lede.log"))).contains("NullPointerException", "QuotesView");
            s.type("q");
            assertThat(s.awaitEnd()).isTrue();
        }
    }

    /** The right-hand part of each row, where the sidebar is in both layouts. */
    private static String sidebar(String screen, int columns) {
        StringBuilder s = new StringBuilder();
        for (String row : screen.split("\n")) s.append(row.substring(Math.min(row.length(), columns * 6 / 10))).append('\n');
        return s.toString();
    }
}
