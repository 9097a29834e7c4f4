package dev.lede.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Focus follows reading: Enter reads, h or Backspace goes back, z zooms, and Esc closes the innermost thing open. */
class ReadingFocusTest {

    private final SessionDriver explorer = new SessionDriver(Articles.sample().library(), List.of("default"), "default");

    @Test
    void enterOnADocumentOpensItAndTheReaderTakesTheKeys() {
        explorer.press("j", "Enter");
        assertThat(explorer.openDocument()).isEqualTo(1);
        assertThat(explorer.state().focus()).isEqualTo(Pane.READER);
        explorer.press("j", "j", "Space");
        assertThat(explorer.state().readerTop()).as("j and Space scroll the text at once").isGreaterThan(2);
        assertThat(explorer.documentCursor()).as("the list's cursor stays put").isEqualTo(1);

        explorer.press("h");
        assertThat(explorer.state().focus()).isEqualTo(Pane.DOCUMENTS);
        explorer.press("Enter", "Backspace");
        assertThat(explorer.state().focus()).as("Backspace returns to the list too").isEqualTo(Pane.DOCUMENTS);
    }

    @Test
    void zShowsTheReaderAloneAndBack() {
        explorer.press("z");
        assertThat(explorer.state().isZoomed()).isTrue();
        assertThat(explorer.state().focus()).isEqualTo(Pane.READER);
        explorer.press("z");
        assertThat(explorer.state().isZoomed()).isFalse();
        explorer.press("z", "1");
        assertThat(explorer.state().isZoomed()).as("focusing another pane shows the panes again").isFalse();
        explorer.press("z", "Esc");
        assertThat(explorer.state().isZoomed()).as("Esc in the reader with nothing open returns to the list").isFalse();
        assertThat(explorer.state().focus()).isEqualTo(Pane.DOCUMENTS);
    }

    @Test
    void escClosesThePromptThenTheSearchThenTheQuotesThenTheLastEntityThenLeavesTheReader() {
        explorer.filterBy(library().filterNamed("Masoud Jazayeri").orElseThrow());
        explorer.filterBy(library().filterNamed("Syria").orElseThrow());
        assertThat(explorer.filter().name()).isEqualTo("Masoud Jazayeri + Syria");
        explorer.focus(Pane.ENTITIES);
        explorer.press("g", "w"); // Masoud Jazayeri's quotes across the corpus
        assertThat(explorer.speakerQuotes()).isNotNull();
        explorer.focus(Pane.READER);
        explorer.press("/");
        explorer.promptType("ties");
        explorer.press("Enter");
        assertThat(explorer.state().search()).isEqualTo("ties");
        explorer.press("/");

        explorer.press("Esc");
        assertThat(explorer.prompt()).as("1: the prompt").isNull();
        assertThat(explorer.state().search()).isEqualTo("ties");
        explorer.press("Esc");
        assertThat(explorer.state().search()).as("2: the text search").isEmpty();
        assertThat(explorer.speakerQuotes()).isNotNull();
        explorer.press("Esc");
        assertThat(explorer.speakerQuotes()).as("3: the speaker's quotes").isNull();
        assertThat(explorer.filter().name()).isEqualTo("Masoud Jazayeri + Syria");
        explorer.press("Esc");
        assertThat(explorer.filter().name()).as("4: the entity added last").isEqualTo("Masoud Jazayeri");
        explorer.press("Esc");
        assertThat(explorer.filter()).isNull();
        assertThat(explorer.state().focus()).isEqualTo(Pane.READER);
        explorer.press("Esc");
        assertThat(explorer.state().focus()).as("5: nothing open: back to the list").isEqualTo(Pane.DOCUMENTS);
    }

    @Test
    void aClickFocusesAPaneAndSelectsTheRowAndTheWheelScrollsThePaneUnderIt() {
        explorer.send(new Message.Click(Pane.ENTITIES, 2));
        assertThat(explorer.state().focus()).isEqualTo(Pane.ENTITIES);
        assertThat(explorer.entityCursor()).isEqualTo(2);
        explorer.send(new Message.Click(Pane.DOCUMENTS, 2));
        assertThat(explorer.documentCursor()).isEqualTo(2);
        explorer.send(new Message.Laid(Map.of(Pane.READER, 3), 5, null));
        explorer.send(new Message.Wheel(Pane.READER, 3));
        assertThat(explorer.state().readerTop()).isEqualTo(3);
        assertThat(explorer.state().focus()).as("the wheel leaves the focus where it was").isEqualTo(Pane.DOCUMENTS);

        explorer.press("o");
        explorer.send(new Message.Click(null, 2));
        assertThat(explorer.overviewCursor()).as("a click on the overview's bar chooses it").isEqualTo(2);
        explorer.send(new Message.Wheel(null, -1));
        assertThat(explorer.overviewCursor()).isEqualTo(1);
        explorer.send(new Message.Click(Pane.QUOTES, 0));
        assertThat(explorer.state().focus()).as("the panes under an overlay take no clicks").isEqualTo(Pane.DOCUMENTS);
    }

    private Library library() {
        return explorer.library();
    }
}
