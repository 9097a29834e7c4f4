package dev.lede.model;

import java.util.Map;

/** What changes a session's state: keys, arrivals from the shared library, the layout, answers to effects. */
public sealed interface Message {

    /** One handler per message, so a message nobody handles does not compile. */
    void applyTo(Draft draft);

    /** A key, by its keys.json name ("j", "Enter", "Ctrl-n"); the mode on top decides what it does. */
    record Key(String name) implements Message {
        @Override
        public void applyTo(Draft draft) {
            draft.message = "";
            draft.mode.key(draft, name);
        }
    }

    /** End of input, Ctrl-C or an interrupted session. */
    record Quit() implements Message {
        @Override
        public void applyTo(Draft draft) {
            draft.quit = true;
        }
    }

    /** A document's annotation has arrived in the library. */
    record Annotated(int document) implements Message {
        @Override
        public void applyTo(Draft draft) {
            draft.annotationArrived(document);
        }
    }

    /** One line for the status bar: a warning at start, a library notice, how an effect went. */
    record Notice(String line) implements Message {
        @Override
        public void applyTo(Draft draft) {
            draft.say(line);
        }
    }

    /** A corpus-wide index (linking, full-text search) was rebuilt. */
    record IndexesRebuilt() implements Message {
        @Override
        public void applyTo(Draft draft) {
            draft.indexesRebuilt();
        }
    }

    /**
     * The layout of the next frame, sent before it is drawn: the rows each pane shows (so paging moves by a
     * screenful), the bars per overview section, and the open text as the reader wraps it (null when the
     * reader shows no text), so pending text is scrolled into view.
     */
    record Laid(Map<Pane, Integer> pageRows, int overviewRows, ReaderLines reader) implements Message {
        public Laid {
            pageRows = Map.copyOf(pageRows);
        }

        @Override
        public void applyTo(Draft draft) {
            draft.laid(this);
        }
    }

    /** The export's file exists: ask before replacing it. */
    record FileExists(Effect.ExportQuotes export) implements Message {
        @Override
        public void applyTo(Draft draft) {
            draft.mode = new ConfirmMode(export);
        }
    }

    /**
     * A click: on a pane's row (the list's {@code item}-th document, entity, quote), or with {@code pane} null on
     * the overlay on top (the overview's bar, the speakers' row); {@code item} is -1 off any row.
     */
    record Click(Pane pane, int item) implements Message {
        @Override
        public void applyTo(Draft draft) {
            draft.message = "";
            draft.mode.click(draft, pane, item);
        }
    }

    /** The mouse wheel over a pane (null: the overlay on top), {@code rows} down (negative: up). */
    record Wheel(Pane pane, int rows) implements Message {
        @Override
        public void applyTo(Draft draft) {
            draft.mode.wheel(draft, pane, rows);
        }
    }
}
