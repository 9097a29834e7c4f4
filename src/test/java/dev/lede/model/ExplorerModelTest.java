package dev.lede.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.nlp.Entity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplorerModelTest {

    private final SessionDriver explorer = new SessionDriver(Articles.sample().library(), List.of("default", "light"), "default");

    private Entity entityNamed(String name) {
        return explorer.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void opensTheFirstDocumentWithItsEntitiesGroupedByType() {
        assertThat(explorer.openDocument()).isZero();
        assertThat(explorer.entities()).extracting(Entity::name)
                .containsExactly("Masoud Jazayeri", "Tasnim", "Syria", "Tehran");
        assertThat(explorer.visibleDocuments()).containsExactly(0, 1, 2);
    }

    @Test
    void selectingAnEntityFiltersTheListByItsNameAndAliases() {
        explorer.selectEntity(entityNamed("Masoud Jazayeri"));

        assertThat(explorer.filter().name()).isEqualTo("Masoud Jazayeri");
        assertThat(explorer.visibleDocuments()).containsExactly(0, 2);
        assertThat(explorer.isEmphasised(entityNamed("Masoud Jazayeri"))).isTrue();
        assertThat(explorer.isEmphasised(entityNamed("Tasnim"))).isFalse();
    }

    @Test
    void closingTheFilterRestoresThePreviousSelection() {
        explorer.focus(Pane.DOCUMENTS);
        explorer.move(1);
        explorer.press("Enter");
        explorer.focus(Pane.ENTITIES);
        explorer.move(1);
        explorer.selectEntity(explorer.entities().get(1));
        assertThat(explorer.visibleDocuments()).containsExactly(1);

        explorer.press("Esc");

        assertThat(explorer.filter()).isNull();
        assertThat(explorer.visibleDocuments()).containsExactly(0, 1, 2);
        assertThat(explorer.openDocument()).isEqualTo(1);
        assertThat(explorer.documentCursor()).isEqualTo(1);
        assertThat(explorer.entityCursor()).isEqualTo(1);
    }

    @Test
    void clearingAFilterThatMovedToAnotherArticleGoesBack() {
        explorer.open(1);
        explorer.filterBy(explorer.library().filterNamed("jazayeri").orElseThrow());
        assertThat(explorer.visibleDocuments()).containsExactly(0, 2);
        assertThat(explorer.openDocument()).isZero();

        explorer.press("Esc");

        assertThat(explorer.openDocument()).isEqualTo(1);
    }

    @Test
    void nextQuoteSelectsTheSpeakerAndRevealsTheQuote() {
        explorer.focus(Pane.ENTITIES);
        explorer.move(2);
        explorer.press("]");

        assertThat(explorer.currentQuote()).isZero();
        assertThat(explorer.entities().get(explorer.entityCursor()).name()).isEqualTo("Masoud Jazayeri");
        Span shown = explorer.takeReveal();
        assertThat(explorer.quotes().get(0).text()).isEqualTo("it is not going to happen");
        assertThat(shown).isEqualTo(new Span(explorer.quotes().get(0).start(), explorer.quotes().get(0).end()));
        assertThat(explorer.takeReveal()).isNull();
    }

    @Test
    void nextQuoteOnTheLastQuoteWrapsWithAMessageWhenNotFiltered() {
        explorer.press("]");
        explorer.press("]");
        explorer.press("]");

        assertThat(explorer.openDocument()).isZero();
        assertThat(explorer.currentQuote()).isZero();
        assertThat(explorer.message()).contains("back to the first");
    }

    @Test
    void nextQuoteOnTheLastQuoteMovesToTheNextFilteredDocument() {
        explorer.selectEntity(entityNamed("Masoud Jazayeri"));
        explorer.press("]");
        explorer.press("]");
        explorer.press("]");

        assertThat(explorer.openDocument()).isEqualTo(2);
        assertThat(explorer.currentQuote()).isZero();
        assertThat(explorer.quotes().get(0).text()).isEqualTo("we are waiting");
        assertThat(explorer.documentCursor()).isEqualTo(1);

        explorer.press("[");
        assertThat(explorer.openDocument()).isZero();
        assertThat(explorer.currentQuote()).isEqualTo(1);
    }

    @Test
    void previousQuoteWithNoCurrentQuoteGoesToTheLast() {
        explorer.press("[");
        assertThat(explorer.currentQuote()).isEqualTo(1);
    }

    @Test
    void anArticleWithoutQuotesSaysSo() {
        explorer.open(1);
        explorer.press("]");
        assertThat(explorer.currentQuote()).isEqualTo(-1);
        assertThat(explorer.message()).isEqualTo("no quotes in this article");
    }

    @Test
    void filteringRevealsTheEntitysFirstMention() {
        String text = explorer.library().document(0).text();
        explorer.selectEntity(entityNamed("Masoud Jazayeri"));
        assertThat(explorer.takeReveal().start()).isEqualTo(text.indexOf("Masoud Jazayeri"));

        explorer.open(2);
        assertThat(explorer.takeReveal().start()).isEqualTo(explorer.library().document(2).text().indexOf("Jazayeri"));
    }

    @Test
    void nextMatchJumpsBetweenTheSelectedEntitysMentions() {
        explorer.selectEntity(entityNamed("Masoud Jazayeri"));
        explorer.open(2);
        explorer.open(0);
        List<Integer> starts = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            explorer.press("n");
            starts.add(explorer.takeReveal().start());
            messages.add(explorer.message());
        }
        String text = explorer.library().document(0).text();
        assertThat(starts).containsExactly(text.indexOf("Jazayeri told"), text.indexOf("Masoud Jazayeri"), text.indexOf("Jazayeri told"));
        assertThat(messages.get(1)).contains("back to the first");
    }

    @Test
    void searchFindsMatchesInAnyCaseAndNextMatchCyclesThem() {
        explorer.focus(Pane.READER);
        explorer.press("/");
        explorer.promptType("SYRIA");
        explorer.press("Enter");

        assertThat(explorer.matches()).hasSize(1);
        assertThat(explorer.currentMatch()).isZero();
        explorer.press("n");
        assertThat(explorer.message()).isEqualTo("last match: back to the first");

        explorer.press("Esc");
        assertThat(explorer.state().search()).isEmpty();
        assertThat(explorer.matches()).isEmpty();
    }

    @Test
    void entityPromptOffersNamesAndFiltersByTheChosenOne() {
        explorer.press("f");
        explorer.promptType("bla");
        assertThat(explorer.prompt().suggestions()).containsExactly("Tony Blair · 1 article");
        explorer.press("Enter");

        assertThat(explorer.filter().name()).isEqualTo("Tony Blair");
        assertThat(explorer.visibleDocuments()).containsExactly(1);
        assertThat(explorer.openDocument()).isEqualTo(1);
    }

    @Test
    void unknownEntityNameIsAMessage() {
        explorer.press("f");
        explorer.promptType("nobody");
        explorer.press("Enter");
        assertThat(explorer.filter()).isNull();
        assertThat(explorer.message()).isEqualTo("no entity called \"nobody\"");
    }

    @Test
    void focusCyclesAndThemesCycle() {
        explorer.press("Tab");
        assertThat(explorer.state().focus()).isEqualTo(Pane.READER);
        explorer.press("Shift-Tab");
        explorer.press("Shift-Tab");
        assertThat(explorer.state().focus()).isEqualTo(Pane.QUOTES);
        explorer.press("t");
        assertThat(explorer.state().theme()).isEqualTo("light");
        assertThat(explorer.message()).isEqualTo("theme: light");
    }

    @Test
    void cursorsStayWithinTheirLists() {
        explorer.press("G");
        assertThat(explorer.documentCursor()).isEqualTo(2);
        explorer.press("g");
        assertThat(explorer.documentCursor()).isZero();
        explorer.focus(Pane.READER);
        explorer.move(-5);
        assertThat(explorer.state().readerTop()).isZero();
    }
}
