package dev.lede.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.index.CorpusEntity;
import dev.lede.nlp.Quote;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus-wide features: linked entities, the overview, speakers, ranked search, exporting quotes. */
class AcrossCorpusTest {

    @TempDir
    Path dir;

    private final Library library = Articles.sample().library();
    private final SessionDriver explorer = new SessionDriver(library, List.of("default"), "default");

    /** Two Blairs: "Blair" alone joins neither, and each full name keeps its own articles. */
    private static Articles blairs() {
        return new Articles()
                .add("Tony Blair in Paris", "Tony Blair met officials. Blair said \"we agree\".",
                        List.of("PERSON:Tony Blair|Blair", "LOCATION:Paris"), List.of("Tony Blair"))
                .add("Cherie Blair speaks", "Cherie Blair said \"law matters\" in London.",
                        List.of("PERSON:Cherie Blair", "LOCATION:London"), List.of("Cherie Blair"))
                .add("A Blair", "Blair said \"who knows\" in Paris.",
                        List.of("PERSON:Blair", "LOCATION:Paris"), List.of("Blair"))
                .add("Tony again", "Tony Blair said \"yes\".", List.of("PERSON:Tony Blair"), List.of("Tony Blair"));
    }

    @Test
    void theLibraryLinksASurnameToTheOnlyPersonOfThatName() {
        CorpusEntity jazayeri = library.corpusEntities().named("Jazayeri").orElseThrow();
        assertThat(jazayeri.name()).isEqualTo("Masoud Jazayeri");
        assertThat(jazayeri.documents()).containsExactly(0, 2);
        assertThat(library.corpusEntities().named("Syria").orElseThrow().documentCount()).isEqualTo(2);
    }

    @Test
    void eachRowCountsItsListedEntitiesAndQuotesAsItsAnnotationDoes() {
        Library withOther = new Articles()
                .add("Minister speaks", "Ann Lee said \"we will\" and \"we must\" about the Budget in Leeds.",
                        List.of("PERSON:Ann Lee", "OTHER:Budget", "LOCATION:Leeds"), List.of("Ann Lee", "Ann Lee"))
                .add("Quiet day", "Nothing was said in Leeds.", List.of("LOCATION:Leeds"), List.of())
                .library();

        assertThat(withOther.rowCounts(0)).isEqualTo(new RowCounts(2, 2)); // the OTHER entity is not listed
        assertThat(withOther.rowCounts(1)).isEqualTo(new RowCounts(1, 0));
        for (Library each : List.of(library, blairs().library(), withOther)) {
            for (int d = 0; d < each.size(); d++) {
                var a = each.annotation(d);
                long listed = a.entities().stream().filter(e -> e.type() != dev.lede.nlp.EntityType.OTHER).count();
                assertThat(each.rowCounts(d)).as("document %d", d).isEqualTo(new RowCounts((int) listed, a.quotes().size()));
            }
        }
    }

    @Test
    void twoPeopleWithOneSurnameStayApart() {
        Library two = blairs().library();
        CorpusEntity tony = two.corpusEntities().named("Tony Blair").orElseThrow();
        CorpusEntity cherie = two.corpusEntities().named("Cherie Blair").orElseThrow();
        assertThat(tony.documents()).containsExactly(0, 3);
        assertThat(cherie.documents()).containsExactly(1);

        SessionDriver session = new SessionDriver(two, List.of("default"), "default");
        session.press("s");
        assertThat(session.speakers()).extracting(Speakers.Speaker::name).containsExactly("Tony Blair", "Blair", "Cherie Blair");
        assertThat(session.speakers().get(0).quotes()).extracting(Speakers.QuoteRef::document).containsExactly(0, 3);

        session.move(1);
        session.press("Enter");
        assertThat(session.speakerQuotes().speaker().name()).isEqualTo("Blair");
        assertThat(session.openDocument()).isEqualTo(2);
        session.press("s");
        assertThat(session.speakerCursor()).as("the list opens on the speaker being walked").isEqualTo(1);
    }

    /** Typing a surname offers its own entity (articles that name no one in particular) even among many of that name. */
    @Test
    void fOffersTheEntityWrittenAsTypedBeyondTheTenItListsByArticles() {
        Articles articles = new Articles();
        for (String given : List.of("Ann", "Bob", "Cal", "Dee", "Eve", "Fay", "Gus", "Hal", "Ian", "Jo", "Kim", "Lou")) {
            for (int copy = 0; copy < 2; copy++) {
                articles.add(given + " Ross story " + copy, given + " Ross spoke.", List.of("PERSON:" + given + " Ross"), List.of());
            }
        }
        articles.add("Someone", "Ross spoke.", List.of("PERSON:Ross"), List.of());
        SessionDriver session = new SessionDriver(articles.library(), List.of("default"), "default");
        session.press("f");
        session.promptType("Ross");

        assertThat(session.prompt().suggestions()).hasSize(10).contains("Ross · 1 article");
    }

    /** A name typed a body in one article and a person in another is two entities: the views say which is which. */
    @Test
    void twoEntitiesOfOneNameAreToldApartByTypeInTheSpeakersAndInF() {
        Library library = new Articles()
                .add("Analysts on phones", "Gartner said \"sales rose\".", List.of("ORGANIZATION:Gartner"), List.of("Gartner"))
                .add("Analysts on tablets", "Gartner said \"sales fell\".", List.of("ORGANIZATION:Gartner"), List.of("Gartner"))
                .add("A coach speaks", "Gartner said \"we lost\".", List.of("PERSON:Gartner"), List.of("Gartner"))
                .add("A minister speaks", "Ann Lee said \"we will\".", List.of("PERSON:Ann Lee"), List.of("Ann Lee"))
                .library();
        SessionDriver session = new SessionDriver(library, List.of("default"), "default");
        session.press("s");
        assertThat(session.speakers()).extracting(Speakers.Speaker::name)
                .containsExactly("Gartner (organization)", "Ann Lee", "Gartner (person)");

        for (Speakers.Speaker each : session.speakers()) {
            assertThat(Speakers.named(session.speakers(), library.corpusEntities(), each.name())).as("--speaker %s", each.name()).containsExactly(each);
        }
        assertThat(Speakers.named(session.speakers(), library.corpusEntities(), "Gartner")).hasSize(2);

        session.press("Esc", "f");
        session.promptType("gartner");
        assertThat(session.prompt().suggestions()).startsWith("Gartner (organization) · 2 articles", "Gartner (person) · 1 article");
    }

    @Test
    void anAmbiguousNameInFOffersEveryoneItMayMeanWithFullNamesAndArticleCounts() {
        SessionDriver session = new SessionDriver(blairs().library(), List.of("default"), "default");
        session.press("f");
        session.promptType("Mr BLAIR's");

        assertThat(session.prompt().suggestions())
                .startsWith("Tony Blair · 2 articles", "Blair · 1 article", "Cherie Blair · 1 article");
        session.press("Down", "Down", "Enter");
        assertThat(session.filter().name()).isEqualTo("Cherie Blair");
        assertThat(session.visibleDocuments()).containsExactly(1);
    }

    @Test
    void overviewChartsTheMostNamedEntitiesAndEnterFiltersByOne() {
        explorer.press("o");

        Overview overview = explorer.overview();
        assertThat(overview.sections()).extracting(Overview.Section::title).containsExactly("People", "Organizations", "Places");
        assertThat(overview.sections().get(0).bars()).extracting(b -> b.entity().name() + " " + b.documents())
                .containsExactly("Masoud Jazayeri 2", "Tony Blair 1");
        assertThat(overview.sections().get(2).bars().get(0).entity().name()).isEqualTo("Syria");

        explorer.press("Tab");
        assertThat(chosenBar()).as("Tab: the first organization").isEqualTo("Tasnim");
        explorer.press("Shift-Tab");
        explorer.press("Shift-Tab");
        assertThat(chosenBar()).as("Shift-Tab twice: round to the first place").isEqualTo("Syria");
        explorer.press("Tab");
        explorer.move(1);
        explorer.press("Enter");

        assertThat(explorer.overview()).isNull();
        assertThat(explorer.filter().name()).isEqualTo("Tony Blair");
        assertThat(explorer.visibleDocuments()).containsExactly(1);
    }

    @Test
    void theChosenBarStaysWhenTheWindowShowsMoreOrFewerBars() {
        explorer.press("o");
        explorer.press("Shift-Tab");
        explorer.move(2);
        assertThat(chosenBar()).isEqualTo("Tehran");
        explorer.setOverviewRows(2);
        assertThat(chosenBar()).as("the last place that still shows").isEqualTo("Paris");
        explorer.setOverviewRows(10);
        assertThat(chosenBar()).isEqualTo("Paris");
    }

    private String chosenBar() {
        return explorer.overview().bars(explorer.state().overviewRows()).get(explorer.overviewCursor()).entity().name();
    }

    @Test
    void overviewOfTheListedDocumentsCountsOnlyThose() {
        explorer.filterBy(library.filterNamed("Tony Blair").orElseThrow());
        explorer.press("o");
        assertThat(explorer.overview().documents()).isEqualTo(1);
        // Who else appears: the filter's own entity is left out of the chart.
        assertThat(explorer.overview().bars(10)).extracting(b -> b.entity().name()).containsExactly("Paris");
        explorer.press("Esc");
        assertThat(explorer.overview()).isNull();
        assertThat(explorer.filter()).isNotNull();
    }

    @Test
    void aSpeakersQuotesAreWalkedAcrossArticlesAndTheReaderFollows() {
        explorer.press("s");
        assertThat(explorer.speakers().get(0).name()).isEqualTo("Masoud Jazayeri");
        assertThat(explorer.speakers().get(0).quotes()).hasSize(3);

        explorer.press("Enter");
        assertThat(explorer.speakers()).isNull();
        assertThat(explorer.state().focus()).isEqualTo(Pane.QUOTES);
        assertThat(explorer.openDocument()).isZero();
        assertThat(explorer.currentQuote()).isZero();

        explorer.press("]");
        explorer.press("]");
        assertThat(explorer.openDocument()).isEqualTo(2);
        assertThat(explorer.speakerQuotes().current()).isEqualTo(2);
        Quote shown = explorer.quotes().get(explorer.currentQuote());
        assertThat(shown.text()).isEqualTo("we are waiting");
        assertThat(explorer.takeReveal()).isEqualTo(new Span(shown.start(), shown.end()));

        explorer.press("]");
        assertThat(explorer.openDocument()).isZero();
        assertThat(explorer.message()).contains("back to the first");
        explorer.press("[");
        assertThat(explorer.openDocument()).isEqualTo(2);

        explorer.press("Esc");
        assertThat(explorer.speakerQuotes()).isNull();
        assertThat(explorer.quotes()).hasSize(1);
    }

    @Test
    void searchRanksEveryArticleAndHighlightsTheWordsInTheReader() {
        library.textSearch().join();
        explorer.press("/");
        explorer.promptType("syria");
        explorer.press("Enter");

        assertThat(explorer.visibleDocuments()).containsExactly(2, 0);
        assertThat(explorer.openDocument()).isEqualTo(2);
        String text = library.document(2).text();
        assertThat(explorer.matches()).isNotEmpty()
                .allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualToIgnoringCase("syria"));
        explorer.press("n");
        assertThat(explorer.currentMatch()).isEqualTo(1);

        explorer.open(0);
        Span first = explorer.matches().get(0);
        assertThat(explorer.currentMatch()).as("another result opens at its first match").isZero();
        assertThat(explorer.takeReveal()).isEqualTo(first);
        assertThat(library.document(0).text().substring(first.start(), first.end())).isEqualTo("Syria");

        explorer.press("Esc");
        assertThat(explorer.state().corpusQuery()).isEmpty();
        assertThat(explorer.visibleDocuments()).containsExactly(0, 1, 2);
    }

    @Test
    void searchAndEntityFilterMustBothHold() {
        library.textSearch().join();
        explorer.filterBy(library.filterNamed("Masoud Jazayeri").orElseThrow());
        explorer.searchCorpus("waiting");
        assertThat(explorer.visibleDocuments()).containsExactly(2);

        explorer.searchCorpus("Paris");
        assertThat(explorer.visibleDocuments()).isEmpty();
        assertThat(explorer.message()).contains("no article matches \"Paris\" among those mentioning Masoud Jazayeri");

        explorer.press("Esc");
        assertThat(explorer.visibleDocuments()).containsExactly(0, 2);
        explorer.press("Esc");
        assertThat(explorer.visibleDocuments()).containsExactly(0, 1, 2);
    }

    @Test
    void aSearchBeforeTheIndexIsReadyRunsOnceItIs() {
        explorer.searchCorpus("Paris");
        library.textSearch().join();
        explorer.send(new Message.IndexesRebuilt());
        assertThat(explorer.visibleDocuments()).containsExactly(1);
    }

    private void export(String file) {
        explorer.press("x");
        assertThat(explorer.prompt().text()).isEqualTo("quotes.md");
        while (!explorer.prompt().text().isEmpty()) explorer.press("Backspace");
        explorer.promptType(file);
        explorer.press("Enter");
    }

    @Test
    void exportsTheQuoteListAsMarkdownOrJson() throws Exception {
        Path md = dir.resolve("jazayeri.md");
        export(md.toString());
        assertThat(explorer.message()).isEqualTo("exported 2 quotes to " + md);
        String markdown = Files.readString(md);
        assertThat(markdown).startsWith("# Quotes in Iranian general denies withdrawal")
                .contains("**Masoud Jazayeri**: “it is not going to happen”", "`doc0.txt`");

        explorer.press("s");
        explorer.press("Enter");
        Path json = dir.resolve("jazayeri.json");
        export(json.toString());
        JsonNode rows = new ObjectMapper().readTree(json.toFile());
        assertThat(rows).hasSize(3);
        JsonNode last = rows.get(2);
        assertThat(last.get("speaker").asText()).isEqualTo("Jazayeri");
        assertThat(last.get("quote").asText()).isEqualTo("we are waiting");
        assertThat(last.get("document").asText()).isEqualTo("doc2.txt");
        String text = library.document(2).text();
        assertThat(text.substring(last.get("start").asInt(), last.get("end").asInt())).isEqualTo("we are waiting");
        try (var left = Files.list(dir)) {
            assertThat(left).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder("jazayeri.md", "jazayeri.json");
        }
    }

    @Test
    void anExistingFileIsReplacedOnlyAfterYes() throws Exception {
        Path mine = Files.writeString(dir.resolve("mine.md"), "my notes");
        export(mine.toString());
        assertThat(explorer.state().mode()).isInstanceOf(ConfirmMode.class);
        explorer.press("n");
        assertThat(explorer.state().mode()).isInstanceOf(BrowseMode.class);
        assertThat(explorer.message()).contains("not exported");
        assertThat(Files.readString(mine)).isEqualTo("my notes");

        export(mine.toString());
        explorer.press("Esc");
        assertThat(Files.readString(mine)).isEqualTo("my notes");

        Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(mine, shared);
        export(mine.toString());
        explorer.press("y");
        assertThat(Files.readString(mine)).contains("it is not going to happen");
        assertThat(Files.getPosixFilePermissions(mine)).as("the replaced file's permissions are kept").isEqualTo(shared);
        assertThat(explorer.message()).startsWith("exported 2 quotes");
    }

    @Test
    void anExportThatCannotBeWrittenIsOneLine() {
        export(dir.resolve("no/such/folder/q.md").toString());
        assertThat(explorer.message()).isEqualTo("export failed: no folder " + dir.resolve("no/such/folder"));
    }
}
