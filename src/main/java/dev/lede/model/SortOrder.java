package dev.lede.model;

import dev.lede.corpus.Document;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How the document list is ordered; one key cycles through them and the order holds whatever the filter or
 * search. PATH is the order the files were read in (folders sorted, records in file order), or best first
 * for a search of every article; the others put articles without the value (no date, not annotated yet) last.
 */
public enum SortOrder {
    PATH("path"),
    DATE("date, newest first"),
    TITLE("title"),
    QUOTES("quotes, most first"),
    ENTITIES("entities, most first");

    private final String label;

    SortOrder(String label) {
        this.label = label;
    }

    /** What the status bar names it: "date, newest first". */
    public String label() {
        return label;
    }

    SortOrder next() {
        return values()[(ordinal() + 1) % values().length];
    }

    /** Whether the order depends on annotations, so their arrival may move articles. */
    boolean followsAnnotations() {
        return this == QUOTES || this == ENTITIES;
    }

    /** The documents in this order; ties keep the order they came in (the sort is stable). */
    List<Integer> sort(List<Integer> documents, Library library) {
        if (this == PATH) return documents;
        // Each document's value is read once, not per comparison: a 100,000-article list sorts in a blink.
        record Keyed(int doc, String text, int count) {
        }
        Comparator<Keyed> order = switch (this) {
            // ISO 8601 dates sort as text; a missing date goes last.
            case DATE -> Comparator.comparing(Keyed::text, Comparator.nullsLast(Comparator.<String>reverseOrder()));
            case TITLE -> Comparator.comparing(Keyed::text);
            case PATH, QUOTES, ENTITIES -> Comparator.comparingInt((Keyed k) -> -k.count());
        };
        List<Keyed> keyed = new ArrayList<>(documents.size());
        for (int doc : documents) {
            Document d = library.summary(doc); // the list's fields only: never read a text from disk to sort
            keyed.add(switch (this) {
                case DATE -> new Keyed(doc, d.origin().date(), 0);
                case TITLE -> new Keyed(doc, title(d), 0);
                case PATH, QUOTES, ENTITIES -> new Keyed(doc, null, count(library.annotation(doc), this == QUOTES));
            });
        }
        keyed.sort(order);
        return keyed.stream().map(Keyed::doc).toList();
    }

    private static String title(Document d) {
        return (d.title().isBlank() ? d.id() : d.title()).toLowerCase(Locale.ROOT);
    }

    /** Quotes or listed entities (OTHER left out, as the list counts them); -1 while not annotated, so those go last. */
    private static int count(Annotation a, boolean quotes) {
        if (a == null) return -1;
        if (quotes) return a.quotes().size();
        return (int) a.entities().stream().filter(e -> e.type() != EntityType.OTHER).count();
    }
}
