package dev.lede.model;

import dev.lede.corpus.Document;
import dev.lede.corpus.Origin;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.Quote;
import java.util.ArrayList;
import java.util.List;

/** {@code y}: the current quote, with who said it and where, to the terminal's clipboard. */
final class QuoteCopy {

    private QuoteCopy() {
    }

    static void copy(Draft d) {
        int document;
        int index;
        if (d.speakerQuotes != null) {
            int at = d.focus == Pane.QUOTES || d.speakerQuotes.current() < 0 ? d.speakerQuotes.cursor() : d.speakerQuotes.current();
            Speakers.QuoteRef ref = d.speakerQuotes.quotes().get(at);
            document = ref.document();
            index = ref.quote();
        } else {
            document = d.openDocument;
            index = d.focus == Pane.QUOTES && !d.quotes().isEmpty() ? d.quoteCursor : d.currentQuote;
        }
        Annotation a = document < 0 ? null : d.library.annotation(document);
        if (a == null || index < 0 || index >= a.quotes().size()) {
            d.say("no quote to copy: " + d.keys().key(BrowseMode.Act.NEXT_QUOTE) + " goes to the next one");
            return;
        }
        String text = cited(d.library.document(document), a, a.quotes().get(index));
        d.effects.add(new Effect.CopyToClipboard(text));
        d.say("copied " + text);
    }

    /** {@code “text” — Speaker, Title (date, source)}; parts the article does not give are left out. */
    static String cited(Document doc, Annotation a, Quote q) {
        String speaker = SpeakerName.of(a, q);
        String title = doc.title().isBlank() ? doc.id() : doc.title();
        Origin origin = doc.origin();
        List<String> where = new ArrayList<>();
        if (origin.date() != null) where.add(origin.date().length() > 10 ? origin.date().substring(0, 10) : origin.date());
        if (origin.source() != null) where.add(origin.source());
        return "“" + q.text().replaceAll("\\s+", " ").strip() + "” — " + (speaker == null ? "" : speaker + ", ") + title
                + (where.isEmpty() ? "" : " (" + String.join(", ", where) + ")");
    }
}
