package dev.lede.model;

import dev.lede.export.QuoteList;
import java.util.List;

/**
 * What an update asks the app to do outside the model (the model itself does no I/O). Each effect is one
 * method of {@link Handler}, so an effect the app does not carry out does not compile.
 */
public sealed interface Effect {

    void carryOut(Handler handler);

    /** The app's side of the effects. */
    interface Handler {
        void prioritize(Prioritize effect);

        void export(ExportQuotes effect);

        void useTheme(UseTheme effect);

        void copy(CopyToClipboard effect);
    }

    /** Annotate this document next: the user has just opened it. */
    record Prioritize(int document) implements Effect {
        @Override
        public void carryOut(Handler handler) {
            handler.prioritize(this);
        }
    }

    /**
     * Write the quote list to {@code file} (Markdown, or JSON for .json). Without {@code replace}, an existing
     * file is not touched: the app answers {@link Message.FileExists} and the user is asked.
     */
    record ExportQuotes(String file, String heading, List<QuoteList.Row> rows, boolean replace) implements Effect {
        public ExportQuotes {
            rows = List.copyOf(rows);
        }

        ExportQuotes replacing() {
            return new ExportQuotes(file, heading, rows, true);
        }

        @Override
        public void carryOut(Handler handler) {
            handler.export(this);
        }
    }

    /** Draw with this theme from now on; the app says so if it cannot be loaded. */
    record UseTheme(String name) implements Effect {
        @Override
        public void carryOut(Handler handler) {
            handler.useTheme(this);
        }
    }

    /** Put this text on the terminal's clipboard (OSC 52, which also reaches the reader's own terminal over SSH). */
    record CopyToClipboard(String text) implements Effect {
        @Override
        public void carryOut(Handler handler) {
            handler.copy(this);
        }
    }
}
