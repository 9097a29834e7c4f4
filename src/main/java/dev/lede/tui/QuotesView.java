package dev.lede.tui;

import dev.lede.model.Explorer;
import dev.lede.model.Pane;
import dev.lede.model.SpeakerName;
import dev.lede.nlp.Quote;
import java.util.List;

/** The open document's quotes, one a row: the speaker, then the quote's first words. */
final class QuotesView {

    void draw(Canvas canvas, Rect r, Explorer explorer) {
        if (r.isEmpty()) return;
        boolean focused = explorer.focus() == Pane.QUOTES;
        if (explorer.speakerQuotes() != null) {
            SpeakerQuotesView.draw(canvas, r, explorer, focused);
            return;
        }
        List<Quote> quotes = explorer.quotes();
        Headings.draw(canvas, r, Pane.QUOTES, focused, quotes.isEmpty() ? "" : String.valueOf(quotes.size()));
        Rect body = r.body();
        canvas.fill(body, Role.TEXT);
        explorer.setPageHeight(Pane.QUOTES, body.height());
        if (body.isEmpty()) return;
        if (quotes.isEmpty()) {
            canvas.put(body.col() + 1, body.row(), PaneNotes.whyEmpty(explorer, "no quotes"), Role.DIM, body.right());
            return;
        }
        int first = Headings.firstVisible(explorer.quoteCursor(), quotes.size(), body.height());
        for (int i = 0; i < body.height() && first + i < quotes.size(); i++) {
            int index = first + i;
            Quote q = quotes.get(index);
            int y = body.row() + i;
            boolean current = index == explorer.currentQuote();
            Role role = index == explorer.quoteCursor() && focused ? Role.CURSOR_FOCUSED
                    : current ? Role.CURRENT_QUOTE : index == explorer.quoteCursor() ? Role.CURSOR : Role.TEXT;
            int col = canvas.put(body.col(), y, current ? "▶" : " ", role, body.right());
            col = canvas.put(col, y, speaker(explorer, q, body.width() * 3 / 5) + ": ", role == Role.TEXT ? Role.PERSON : role, body.right());
            col = canvas.put(col, y, Canvas.fit("“" + q.text().replaceAll("\\s+", " ").strip(), body.right() - col), role, body.right());
            canvas.pad(col, y, role, body.right());
        }
    }

    /** The speaker's entity name, as the sidebar and the status bar give it, shortened with … when it would crowd out the quote. */
    private static String speaker(Explorer explorer, Quote q, int columns) {
        String name = SpeakerName.of(explorer.annotation(), q);
        return name == null ? "?" : Canvas.fit(name, columns);
    }
}
