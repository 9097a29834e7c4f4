package dev.lede.model;

import dev.lede.corpus.Document;
import dev.lede.export.QuoteList;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.Quote;
import java.util.ArrayList;
import java.util.List;

/** {@code x}: what the quote navigator shows (the open article's quotes, or a speaker's across the corpus) as rows to export. */
final class QuoteRows {

    private QuoteRows() {
    }

    /** The file name typed in the prompt: the app writes the rows there, asking first when the file exists. */
    static void export(Draft d, String typed) {
        String name = typed.strip();
        if (name.isEmpty()) {
            d.say("not exported: no file name given");
            return;
        }
        d.effects.add(new Effect.ExportQuotes(name, heading(d), rows(d), false));
    }

    private static String heading(Draft d) {
        if (d.speakerQuotes != null) return "Quotes of " + d.speakerQuotes.speaker().name();
        return d.openDocument < 0 ? "Quotes" : "Quotes in " + d.library.summary(d.openDocument).title();
    }

    /** What the quote navigator lists, in its order. */
    private static List<QuoteList.Row> rows(Draft d) {
        List<QuoteList.Row> rows = new ArrayList<>();
        if (d.speakerQuotes != null) {
            for (Speakers.QuoteRef ref : d.speakerQuotes.quotes()) {
                Annotation a = d.library.annotation(ref.document());
                if (a != null && ref.quote() < a.quotes().size()) rows.add(row(d.library.summary(ref.document()), a.quotes().get(ref.quote())));
            }
        } else if (d.openDocument >= 0) {
            Document doc = d.library.summary(d.openDocument);
            for (Quote q : d.quotes()) rows.add(row(doc, q));
        }
        return rows;
    }

    private static QuoteList.Row row(Document d, Quote q) {
        return new QuoteList.Row(q.speaker(), q.text(), d.id(), d.title(), q.start(), q.end());
    }
}
