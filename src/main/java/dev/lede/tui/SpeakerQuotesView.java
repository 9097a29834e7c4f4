package dev.lede.tui;

import dev.lede.model.State;
import dev.lede.model.Pane;
import dev.lede.model.SpeakerQuotes;
import dev.lede.model.Speakers;
import dev.lede.nlp.Annotation;
import java.util.List;

/** The quote navigator while a speaker is chosen: all their quotes across articles, each with its article. */
final class SpeakerQuotesView {

    private SpeakerQuotesView() {
    }

    static void draw(Canvas canvas, Rect r, State state, boolean focused) {
        SpeakerQuotes speaker = state.speakerQuotes();
        List<Speakers.QuoteRef> quotes = speaker.quotes();
        Headings.draw(canvas, r, Pane.QUOTES, focused, speaker.speaker().name() + " " + quotes.size());
        Rect body = r.body();
        canvas.fill(body, Role.TEXT);
        if (body.isEmpty()) return;
        int first = Headings.firstVisible(speaker.cursor(), quotes.size(), body.height());
        for (int i = 0; i < body.height() && first + i < quotes.size(); i++) {
            int index = first + i;
            Speakers.QuoteRef ref = quotes.get(index);
            int y = body.row() + i;
            boolean current = index == speaker.current();
            Role role = index == speaker.cursor() && focused ? Role.CURSOR_FOCUSED
                    : current ? Role.CURRENT_QUOTE : index == speaker.cursor() ? Role.CURSOR : Role.TEXT;
            String title = state.library().summary(ref.document()).title();
            Annotation a = state.library().annotation(ref.document());
            String text = a == null || ref.quote() >= a.quotes().size() ? "" : a.quotes().get(ref.quote()).text().replaceAll("\\s+", " ").strip();
            int col = canvas.put(body.col(), y, current ? "▶" : " ", role, body.right());
            col = canvas.put(col, y, Canvas.fit(title, Math.max(4, body.width() / 3)) + ": ", role == Role.TEXT ? Role.DIM : role, body.right());
            col = canvas.put(col, y, Canvas.fit("“" + text, body.right() - col), role, body.right());
            canvas.pad(col, y, role, body.right());
        }
    }
}
