package dev.lede.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.lede.corpus.CorpusLoader;
import dev.lede.corpus.Document;
import dev.lede.model.Articles;
import dev.lede.model.Library;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityType;
import dev.lede.nlp.Mention;
import dev.lede.nlp.Quote;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a new user met in their first hour (issue 11), each on the virtual terminal as they saw it. */
class FirstHourTest {

    @TempDir
    Path home;

    private VirtualSession session(Library library, int columns, int rows, String... env) {
        Map<String, String> vars = new HashMap<>(Map.of("TERM", "xterm-256color", "HOME", home.toString(),
                "XDG_CONFIG_HOME", home.resolve("config").toString(), "XDG_STATE_HOME", home.resolve("state").toString()));
        for (int i = 0; i < env.length; i += 2) vars.put(env[i], env[i + 1]);
        return new VirtualSession(library, Settings.load(null, vars), columns, rows);
    }

    @Test
    void anEmptyFolderSaysSoInEveryPaneInsteadOfAnnotatingForever() throws Exception {
        Path empty = Files.createDirectories(home.resolve("empty"));
        try (Library library = new Library(CorpusLoader.load(List.of(empty)), empty.toString());
             VirtualSession s = session(library, 80, 24)) {
            String screen = s.awaitText("Entities", "Quotes", "no articles in " + empty);
            assertThat(screen).doesNotContain("annotating");
            assertThat(screen.split("no articles in", -1)).as("the list, the entities and the quotes say it").hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void badLinesOfAJsonLinesFileAreToldApartAndTheirReasonIsWrapped() throws Exception {
        Path feed = home.resolve("feed.jsonl");
        Files.writeString(feed, "{\"title\": \"Good one\", \"text\": \"Markets rose on Monday, traders said.\"}\n"
                + "{\"title\": \"Broken\", \"text\": \n"
                + "{\"title\": [1], \"text\": \"x\"}\n");
        List<Document> docs = CorpusLoader.load(List.of(feed));
        try (Library library = Library.annotated(docs, docs.stream().map(d -> Annotation.EMPTY).toList());
             VirtualSession s = session(library, 80, 24)) {
            s.awaitText("feed.jsonl#2", "feed.jsonl#3");
            s.type("jj").press(KeyType.Enter);
            String reason = "✗ " + docs.get(2).failure();
            assertThat(reason).hasSizeGreaterThan(50);
            // The reader is 51 columns wide at 80×24: the reason goes on to a second line, its last word shown.
            String screen = s.awaitText("2 Reader  feed.jsonl#3", "(line 3)");
            assertThat(screen).contains("✗ JSON field \"title\" is an array,");
        }
    }

    @Test
    void keysTheSpeakersDoNotUseDoNothingBehindThem() throws Exception {
        try (VirtualSession s = session(Articles.sample().library(), 80, 24)) {
            s.awaitText("People");
            s.type("3j"); // the sidebar's second entity: n would step through its mentions
            s.type("s");
            s.awaitText("Speakers 1");
            s.type("n");
            String screen = s.awaitText("n does nothing in the speakers");
            assertThat(screen).doesNotContain("mention");
            s.type("]");
            s.awaitText("] does nothing in the speakers");
            s.press(KeyType.Escape);
            String after = s.awaitScreen(shown -> !shown.contains("Speakers 1"), "the speakers closed");
            assertThat(after).as("] did not move the quote behind").doesNotContain("quote 1/");
        }
    }

    @Test
    void xOffersAndWritesUnderHomeAndSaysTheWholePath() throws Exception {
        // The articles are in the working directory, so x offers the home folder: the session's $HOME.
        Path here = Path.of("").toAbsolutePath();
        Document article = new Document("a.txt", here.resolve("a.txt"), "Talks", "Talks\n\n\"We agree,\" said Ann Lee.",
                null, null);
        Annotation annotation = new Annotation(List.of(), List.of(new Quote(8, 16, "We agree", "Ann Lee", null)));
        Path otherHome = Files.createDirectories(home.resolve("other-home"));
        try (VirtualSession s = session(Library.annotated(List.of(article), List.of(annotation)), 200, 30, "HOME", otherHome.toString())) {
            s.awaitText("Talks");
            s.type("x");
            s.awaitText("export quotes to: " + otherHome.resolve("quotes.md"));
            s.press(KeyType.Enter);
            s.awaitText("exported 1 quote to " + otherHome.resolve("quotes.md"));
            assertThat(otherHome.resolve("quotes.md")).content().contains("We agree");
        }
    }

    @Test
    void atEightyColumnsTheQuoteTheMatchesAndTheMessageStayOnTheStatusBar() throws Exception {
        Articles articles = new Articles().add("Lords debate",
                "Liam Fox said \"we will leave\" and Liam Fox said \"not now\" and \"later\" and \"never\".",
                List.of("PERSON:Liam Fox", "ORGANIZATION:The Very Long Named Parliamentary Committee On Trade|Committee"),
                List.of("Liam Fox", "Liam Fox", "Liam Fox", "Liam Fox"));
        try (VirtualSession s = session(articles.library(), 80, 24)) {
            s.awaitText("People");
            s.type("f").type("the very long").press(KeyType.Enter);
            s.awaitText("filter: The Very Lo");
            s.type("2/now").press(KeyType.Enter);
            s.type("]]]]]");
            // A message outranks the filter, which gives way; the quote and the match count stay.
            String bar = s.awaitScreen(shown -> shown.contains("last quote: back to the first"), "the wrap message").split("\n")[23];
            assertThat(bar).contains("quote 1/4 Liam Fox", "match 1/1", "last quote: back to the first");
            // Without a message the filter is back, shortened, and still leaves room for the quote and the match.
            s.type("k");
            String quiet = s.awaitScreen(shown -> !shown.contains("last quote"), "the message gone").split("\n")[23];
            assertThat(quiet).contains("filter: The Very Lo", "quote 1/4 Liam Fox", "match 1/1");
        }
    }

    @Test
    void theHelpAndTheEntityPopUpAreBoxesThatHideWhatIsBehind() throws Exception {
        for (String noColor : new String[] {"", "1"}) {
            try (VirtualSession s = session(Articles.sample().library(), 80, 24, "NO_COLOR", noColor)) {
                s.awaitText("People");
                s.type("?");
                String help = s.awaitText(HelpOverlay.TITLE);
                assertBoxed(help, "next pane", "this help");
                s.press(KeyType.Escape);
                s.awaitScreen(shown -> !shown.contains(HelpOverlay.TITLE), "help closed");
                s.type("f");
                String popUp = s.awaitText("entities", "Masoud Jazayeri", "filter by entity");
                assertBoxed(popUp, "Masoud Jazayeri");
            }
        }
    }

    /** Each row holding one of {@code texts} has it between two border lines, with nothing else between them. */
    private static void assertBoxed(String screen, String... texts) {
        for (String text : texts) {
            // The last such row: the box is drawn over the panes, which may name the same entity higher up.
            String row = screen.lines().filter(r -> r.contains(text)).reduce((above, below) -> below).orElseThrow();
            int left = row.lastIndexOf('│', row.indexOf(text));
            int right = row.indexOf('│', row.indexOf(text));
            assertThat(left).as("a border left of %s in %s", text, row).isGreaterThanOrEqualTo(0);
            assertThat(right).as("a border right of %s in %s", text, row).isGreaterThan(left);
            String inside = row.substring(left + 1, right);
            assertThat(inside).as("only the box's text between its borders").startsWith(" ").endsWith(" ");
        }
        assertThat(screen).contains("┌", "┘");
    }

    @Test
    void whileTheSearchIndexBuildsTheBarSaysOnlyThatAndTheSearchRunsWhenReady() throws Exception {
        Articles many = new Articles();
        for (int i = 0; i < 3000; i++) many.add("Story " + i, "Words about markets and weather number " + i + ".", List.of(), List.of());
        many.add("Needle", "The unique zebra appears here.", List.of(), List.of());
        try (Library library = many.library(); VirtualSession s = session(library, 80, 24)) {
            s.awaitText("Story 0");
            s.type("/zebra").press(KeyType.Enter);
            String found = s.awaitScreen(shown -> shown.contains("building the search index…") || shown.contains("1 article matches"),
                    "building or done");
            if (found.contains("building")) assertThat(found).doesNotContain("no match");
            s.awaitText("1 article matches", "Needle");
        }
    }

    @Test
    void theSpeakerGoesByTheEntitysNameInEveryPane() throws Exception {
        String text = "Talks\n\nMartin Broughton chairs BA. \"We will win,\" Broughton said.";
        int open = text.indexOf('"') + 1;
        int close = text.indexOf('"', open);
        Entity martin = new Entity("e1", "Martin Broughton", EntityType.PERSON, List.of("Broughton"),
                List.of(new Mention(7, 23, "Martin Broughton"), new Mention(text.lastIndexOf("Broughton"), text.lastIndexOf("Broughton") + 9, "Broughton")));
        Annotation annotation = new Annotation(List.of(martin), List.of(new Quote(open, close, text.substring(open, close), "Broughton", "e1")));
        Document d = new Document("a.txt", Path.of("a.txt"), "Talks", text, null, null);
        try (VirtualSession s = session(Library.annotated(List.of(d), List.of(annotation)), 120, 30)) {
            s.awaitText("People");
            s.type("]");
            String screen = s.awaitText("quote 1/1 Martin Broughton");
            assertThat(screen).contains("▶Martin Broughton: “We will w");
        }
    }

    @Test
    void at120ColumnsTheListShowsLongTitlesAndTheSearchHeaderItsQuery() throws Exception {
        // As long as nine in ten BBC titles (33 characters): whole in the list, which once cut it at 25.
        String title = "Ministers agree a fishing deal ok";
        Articles articles = new Articles().add(title, "The deal on fishing was agreed.", List.of(), List.of())
                .add("Other news", "Nothing about the sea.", List.of(), List.of());
        Library library = articles.library();
        library.textSearch().join();
        try (VirtualSession s = session(library, 120, 40)) {
            s.awaitText(title);
            assertThat(s.row(1)).startsWith("▶" + title);
            s.type("/fishing deal").press(KeyType.Enter);
            s.awaitText("1 article matches");
            assertThat(s.row(0)).contains("fishing deal").doesNotContain("search: …");
        }
    }

    @Test
    void aMalformedKeysFileIsOneWholeLineAtEightyColumns() throws Exception {
        Path keys = Files.createDirectories(home.resolve("config/lede")).resolve("keys.json");
        Files.writeString(keys, "{\n  \"quit\": \"x\"\n  \"help\": \"h\"\n}\n");
        try (VirtualSession s = session(Articles.sample().library(), 80, 24)) {
            s.awaitText("keys.json line 3: expected a comma, found \"; default keys used");
        }
    }
}
