package dev.lede.model;

import dev.lede.corpus.Document;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.ObjIntConsumer;

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
        int[] value;
        if (followsAnnotations()) {
            value = new int[library.size()];
            for (int doc : documents) value[doc] = -count(library.rowCounts(doc), this == QUOTES);
        } else {
            value = library.sortColumn(this); // kept: no array of a million made at each filter or Esc
        }
        return (documents instanceof DocumentList list ? list : DocumentList.of(documents, documents.size(), doc -> true)).sortedBy(value);
    }

    /**
     * Each document's place in this order of every document (date or title: what never changes), equal for equal
     * values: made once from the summaries read in corpus order, kept as ints, so a sort of a million articles reads
     * no summary again.
     */
    int[] column(int size, Consumer<ObjIntConsumer<Document>> everySummary) {
        Comparator<String> order = this == DATE ? Comparator.nullsLast(Comparator.<String>reverseOrder()) : Comparator.naturalOrder();
        String[] values = new String[size];
        everySummary.accept((d, doc) -> {
            if (doc < size) values[doc] = this == DATE ? d.origin().date() : title(d);
        });
        Integer[] byValue = new Integer[size];
        for (int doc = 0; doc < size; doc++) byValue[doc] = doc;
        Arrays.sort(byValue, (a, b) -> order.compare(values[a], values[b]));
        int[] place = new int[size];
        for (int i = 1; i < size; i++) {
            boolean same = order.compare(values[byValue[i - 1]], values[byValue[i]]) == 0;
            place[byValue[i]] = same ? place[byValue[i - 1]] : i;
        }
        return place;
    }

    private static String title(Document d) {
        return (d.title().isBlank() ? d.id() : d.title()).toLowerCase(Locale.ROOT);
    }

    /** Quotes or listed entities; -1 while not annotated, so those go last. */
    private static int count(RowCounts counts, boolean quotes) {
        if (counts == null) return -1;
        return quotes ? counts.quotes() : counts.entities();
    }
}
