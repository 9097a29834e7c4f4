package dev.lede.tui;

import dev.lede.model.State;
import dev.lede.model.Pane;
import dev.lede.model.SpeakerName;
import dev.lede.nlp.Quote;
import java.util.List;

/** The open document's quotes, one a row: the speaker, then the quote's first words. */
final class QuotesView {

    void draw(Canvas canvas, Rect r, State state) {
        if (r.isEmpty()) return;
        boolean focused = state.focus() == Pane.QUOTES;
        if (state.speakerQuotes() != null) {
            SpeakerQuotesView.draw(canvas, r, state, focused);
            return;
        }
        List<Quote> quotes = state.quotes();
        Headings.draw(canvas, r, Pane.QUOTES, focused, quotes.isEmpty() ? "" : String.valueOf(quotes.size()));
        Rect body = r.body();
        canvas.fill(body, Role.TEXT);
        if (body.isEmpty()) return;
        if (quotes.isEmpty()) {
            canvas.put(body.col() + 1, body.row(), PaneNotes.whyEmpty(state, "no quotes"), Role.DIM, body.right());
            return;
        }
        int first = Headings.firstVisible(state.quoteCursor(), quotes.size(), body.height());
        for (int i = 0; i < body.height() && first + i < quotes.size(); i++) {
            int index = first + i;
            Quote q = quotes.get(index);
            int y = body.row() + i;
            boolean current = index == state.currentQuote();
            Role role = index == state.quoteCursor() && focused ? Role.CURSOR_FOCUSED
                    : current ? Role.CURRENT_QUOTE : index == state.quoteCursor() ? Role.CURSOR : Role.TEXT;
            int col = canvas.put(body.col(), y, current ? "▶" : " ", role, body.right());
            col = canvas.put(col, y, speaker(state, q, body.width() * 3 / 5) + ": ", role == Role.TEXT ? Role.PERSON : role, body.right());
            col = canvas.put(col, y, Canvas.fit("“" + q.text().replaceAll("\\s+", " ").strip(), body.right() - col), role, body.right());
            canvas.pad(col, y, role, body.right());
        }
    }

    /** The index of the quote (the article's, or the chosen speaker's) drawn on screen row {@code y}, or -1 off the rows. */
    static int itemAt(State state, Rect r, int y) {
        Rect body = r.body();
        boolean speaker = state.speakerQuotes() != null;
        int size = speaker ? state.speakerQuotes().size() : state.quotes().size();
        int cursor = speaker ? state.speakerQuotes().cursor() : state.quoteCursor();
        int item = Headings.firstVisible(cursor, size, body.height()) + y - body.row();
        return y < body.row() || y >= body.bottom() || item >= size ? -1 : item;
    }

    /** The speaker's entity name, as the sidebar and the status bar give it, shortened with … when it would crowd out the quote. */
    private static String speaker(State state, Quote q, int columns) {
        String name = SpeakerName.of(state.annotation(), q);
        return name == null ? "?" : Canvas.fit(name, columns);
    }
}
