package dev.lede.model;

import dev.lede.index.TextSearch;
import java.util.List;
import java.util.Set;

/** One ranked search over every article, computed once per query; the entity filter narrows it (AND). */
final class CorpusHits {

    private final String query;
    private final TextSearch search;
    private final List<Integer> ranked;

    /** @param search the index, or null while it is being built (then nothing matches yet) */
    CorpusHits(String query, TextSearch search) {
        this.query = query;
        this.search = search;
        this.ranked = search == null ? List.of() : List.copyOf(search.search(query, doc -> true));
    }

    boolean isReady() {
        return search != null;
    }

    /** The matching documents, best first, keeping only those in {@code allowed} (null: all). */
    List<Integer> within(Set<Integer> allowed) {
        return allowed == null ? ranked : ranked.stream().filter(allowed::contains).toList();
    }

    /** Where the query's words are in a text, for the reader to highlight and n/N to step through. */
    List<Span> spans(String text) {
        if (search == null) return List.of();
        return search.matches(text, query).stream().map(s -> new Span(s[0], s[1])).toList();
    }
}
