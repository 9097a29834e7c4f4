package dev.lede.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.lede.index.CorpusEntity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sorting the list, filtering by several entities, a person's quotes from anywhere, copying a quote, finding in long lists. */
class ListsAndPeopleTest {

    /** Four articles with dates out of order, one undated; Blair and Brown together in two of them. */
    private static Articles politics() {
        return new Articles()
                .add("Budget row", "Tony Blair and Gordon Brown argued. Brown said \"the sums add up\".",
                        List.of("PERSON:Tony Blair|Blair", "PERSON:Gordon Brown|Brown"), List.of("Gordon Brown"))
                .from("2005-03-01", "BBC News", "A. Writer", "https://example.org/budget")
                .add("Any questions", "Tony Blair took questions. He said nothing new.", List.of("PERSON:Tony Blair|Blair"), List.of())
                .add("Chancellor alone", "Gordon Brown said \"growth is strong\" and \"debt is falling\" in Leeds.",
                        List.of("PERSON:Gordon Brown|Brown", "LOCATION:Leeds"), List.of("Gordon Brown", "Gordon Brown"))
                .from("2005-05-20T09:00:00Z", "The Guardian", null, null)
                .add("Election in Paris", "Tony Blair met Gordon Brown in Paris and Leeds.",
                        List.of("PERSON:Tony Blair|Blair", "PERSON:Gordon Brown|Brown", "LOCATION:Paris", "LOCATION:Leeds"), List.of())
                .from("2004-12-31", null, null, null);
    }

    private final SessionDriver explorer = new SessionDriver(politics().library(), List.of("default"), "default");

    @Test
    void oneKeyCyclesTheOrderAndTheOrderHoldsUnderAFilterAndASearch() {
        assertThat(explorer.visibleDocuments()).containsExactly(0, 1, 2, 3);
        explorer.press("S");
        assertThat(explorer.state().sortOrder()).isEqualTo(SortOrder.DATE);
        assertThat(explorer.visibleDocuments()).as("newest first, undated last").containsExactly(2, 0, 3, 1);
        assertThat(explorer.message()).isEqualTo("sorted by date, newest first");

        explorer.filterBy(explorer.library().filterNamed("Gordon Brown").orElseThrow());
        assertThat(explorer.visibleDocuments()).as("the filter keeps the order").containsExactly(2, 0, 3);
        explorer.press("Esc");

        explorer.press("S");
        assertThat(explorer.visibleDocuments()).as("by title").containsExactly(1, 0, 2, 3);
        explorer.press("S");
        assertThat(explorer.visibleDocuments()).as("most quotes first").containsExactly(2, 0, 1, 3);
        explorer.library().textSearch().join();
        explorer.searchCorpus("Blair");
        assertThat(explorer.visibleDocuments()).as("search hits in the chosen order").containsExactly(0, 1, 3);
        explorer.press("Esc");
        explorer.press("S");
        assertThat(explorer.visibleDocuments()).as("most entities first").containsExactly(3, 0, 2, 1);
        explorer.press("S");
        assertThat(explorer.state().sortOrder()).isEqualTo(SortOrder.PATH);
        assertThat(explorer.visibleDocuments()).containsExactly(0, 1, 2, 3);
    }

    @Test
    void fWithAFilterOnAddsAnotherEntityAndEscRemovesTheLast() {
        explorer.filterBy(explorer.library().filterNamed("Tony Blair").orElseThrow());
        assertThat(explorer.visibleDocuments()).containsExactly(0, 1, 3);
        explorer.press("f");
        assertThat(explorer.prompt().line()).isEqualTo("add to the filter: ");
        explorer.promptType("Gordon");
        explorer.press("Enter");
        assertThat(explorer.filter().name()).isEqualTo("Tony Blair + Gordon Brown");
        assertThat(explorer.visibleDocuments()).as("articles mentioning both").containsExactly(0, 3);
        explorer.press("Esc");
        assertThat(explorer.filter().name()).isEqualTo("Tony Blair");
        assertThat(explorer.visibleDocuments()).containsExactly(0, 1, 3);
        explorer.press("Esc");
        assertThat(explorer.filter()).isNull();
    }

    @Test
    void plusOnASidebarEntityAddsItAndTheOverviewShowsWhoElseAppears() {
        explorer.focus(Pane.ENTITIES);
        explorer.press("g", "Enter"); // Gordon Brown, the most mentioned
        explorer.press("j", "+");     // and Tony Blair
        assertThat(explorer.filter().name()).isEqualTo("Gordon Brown + Tony Blair");
        assertThat(explorer.visibleDocuments()).containsExactly(0, 3);
        explorer.press("+");
        assertThat(explorer.message()).isEqualTo("Tony Blair is in the filter already");

        explorer.press("o");
        List<String> charted = explorer.overview().bars(20).stream().map(b -> b.entity().name()).toList();
        assertThat(charted).as("the filter's own people are left out").containsExactly("Leeds", "Paris");
    }

    @Test
    void wOnASidebarNameOrOnAQuoteListsTheirQuotesAcrossTheCorpus() {
        explorer.focus(Pane.ENTITIES);
        explorer.press("g", "w"); // Gordon Brown, first in the first article's sidebar
        assertThat(explorer.speakerQuotes().speaker().name()).isEqualTo("Gordon Brown");
        assertThat(explorer.speakerQuotes().quotes()).extracting(Speakers.QuoteRef::document).containsExactly(0, 2, 2);
        assertThat(explorer.state().focus()).isEqualTo(Pane.QUOTES);
        explorer.press("Esc");

        explorer.open(2);
        explorer.focus(Pane.QUOTES);
        explorer.press("j", "w");
        assertThat(explorer.speakerQuotes().current()).as("on a quote, the list starts at that quote").isEqualTo(2);
        assertThat(explorer.currentQuote()).isEqualTo(1);

        explorer.press("Esc");
        explorer.open(1);
        explorer.focus(Pane.ENTITIES);
        explorer.press("g", "w");
        assertThat(explorer.message()).isEqualTo("no quotes of Tony Blair found");
    }

    @Test
    void yCopiesTheCurrentQuoteWithSpeakerTitleDateAndSource() {
        explorer.open(2);
        explorer.press("]");
        explorer.press("y");
        String cited = "“growth is strong” — Gordon Brown, Chancellor alone (2005-05-20, The Guardian)";
        assertThat(explorer.effects()).containsExactly(new Effect.CopyToClipboard(cited));
        assertThat(explorer.message()).isEqualTo("copied " + cited);

        explorer.open(1);
        explorer.press("y");
        assertThat(explorer.effects()).isEmpty();
        assertThat(explorer.message()).isEqualTo("no quote to copy: ] goes to the next one");
    }

    @Test
    void slashInTheSpeakersNarrowsTheListAsYouTypeAndEscClearsIt() {
        SessionDriver many = new SessionDriver(new Articles()
                .add("One", "Tony Blair said \"yes\". Cherie Blair said \"no\". Gordon Brown said \"maybe\".",
                        List.of("PERSON:Tony Blair", "PERSON:Cherie Blair", "PERSON:Gordon Brown"),
                        List.of("Tony Blair", "Cherie Blair", "Gordon Brown"))
                .library(), List.of("default"), "default");
        many.press("s");
        assertThat(many.speakers()).hasSize(3);
        many.press("/", "b", "l");
        assertThat(many.speakers()).extracting(Speakers.Speaker::name).containsExactly("Cherie Blair", "Tony Blair");
        many.press("a", "Backspace", "j");
        assertThat(many.speakers()).as("j types while finding").isEmpty();
        many.press("Backspace", "Enter", "j");
        assertThat(many.speakerCursor()).as("after Enter j moves again").isEqualTo(1);
        many.press("z");
        assertThat(many.speakers()).as("an unbound letter does nothing").hasSize(2);
        many.press("Esc");
        assertThat(many.speakers()).as("Esc clears the find").hasSize(3);
        many.press("Esc");
        assertThat(many.speakers()).as("and then closes").isNull();
    }

    @Test
    void slashInTheOverviewNarrowsTheChart() {
        explorer.press("o", "/", "l", "e");
        List<CorpusEntity> charted = explorer.overview().bars(20).stream().map(Overview.Bar::entity).toList();
        assertThat(charted).extracting(CorpusEntity::name).containsExactly("Leeds");
        explorer.press("Esc");
        assertThat(explorer.overview().bars(20)).hasSize(4);
    }

    @Test
    void theOverviewCountsTheListedArticlesPerMonthWithTheEmptyMonthsBetween() {
        explorer.press("o");
        assertThat(explorer.overview().periods()).extracting(Timeline.Period::label, Timeline.Period::documents).containsExactly(
                tuple("2004-12", 1), tuple("2005-01", 0), tuple("2005-02", 0), tuple("2005-03", 1), tuple("2005-04", 0), tuple("2005-05", 1));
        explorer.press("Esc");
        explorer.filterBy(explorer.library().filterNamed("Tony Blair").orElseThrow());
        explorer.press("o");
        assertThat(explorer.overview().periods()).extracting(Timeline.Period::label, Timeline.Period::documents).containsExactly(
                tuple("2004-12", 1), tuple("2005-01", 0), tuple("2005-02", 0), tuple("2005-03", 1));
    }

    @Test
    void datesWithinTwoMonthsAreCountedPerWeekAndNoDatesGiveNoChart() {
        SessionDriver weeks = new SessionDriver(new Articles()
                .add("Monday", "Rain.", List.of(), List.of()).from("2016-11-07", null, null, null)
                .add("Next Tuesday", "Sun.", List.of(), List.of()).from("2016-11-15T08:00:00Z", null, null, null)
                .add("Same week", "Wind.", List.of(), List.of()).from("2016-11-17", null, null, null)
                .library(), List.of("default"), "default");
        weeks.press("o");
        assertThat(weeks.overview().periods()).extracting(Timeline.Period::label, Timeline.Period::documents)
                .containsExactly(tuple("2016-W45", 1), tuple("2016-W46", 2));
        SessionDriver undated = new SessionDriver(Articles.sample().library(), List.of("default"), "default");
        undated.press("o");
        assertThat(undated.overview().periods()).isEmpty();
    }
}
