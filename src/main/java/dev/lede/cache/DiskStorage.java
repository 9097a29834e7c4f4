package dev.lede.cache;

import dev.lede.corpus.Document;
import dev.lede.index.TextSearch;
import dev.lede.model.CorpusStorage;
import dev.lede.nlp.Annotation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A library's documents and annotations in a {@link DiskCorpus}: the heap keeps each document without its text
 * (title, id, source, origin) and the last few texts and annotations read; the rest stays on disk.
 */
public final class DiskStorage implements CorpusStorage {

    private static final int RECENT_TEXTS = 64;
    private static final int RECENT_ANNOTATIONS = 2048;

    private final DiskCorpus corpus;
    private final List<Document> summaries;
    private final Map<Integer, Document> recentDocuments = recent(RECENT_TEXTS);
    private final Map<Integer, Annotation> recentAnnotations = recent(RECENT_ANNOTATIONS);

    private DiskStorage(DiskCorpus corpus, List<Document> summaries) {
        this.corpus = corpus;
        this.summaries = List.copyOf(summaries);
    }

    /** Takes documents as they are loaded: a text the index does not have yet is written to it, then let go. */
    public static final class Loader implements Consumer<Document> {
        private final DiskCorpus corpus;
        private final Set<String> known;
        private final List<Document> summaries = new ArrayList<>();

        public Loader(DiskCorpus corpus) throws IOException {
            this.corpus = corpus;
            this.known = corpus.articleKeys();
        }

        @Override
        public void accept(Document d) {
            if (d.isFailed()) {
                summaries.add(d);
                return;
            }
            try {
                if (!known.contains(corpus.articleKey(d))) corpus.addArticle(d);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            summaries.add(new Document(d.id(), d.source(), d.title(), "", null, d.note(), d.origin()));
        }

        /** The storage over every document taken; the texts written are readable from here on. */
        public DiskStorage done() throws IOException {
            corpus.refresh();
            return new DiskStorage(corpus, summaries);
        }
    }

    @Override
    public int size() {
        return summaries.size();
    }

    @Override
    public Document summary(int index) {
        return summaries.get(index);
    }

    @Override
    public Document document(int index) {
        Document summary = summaries.get(index);
        if (summary.isFailed()) return summary;
        Document known = recentDocuments.get(index);
        if (known != null) return known;
        String text;
        try {
            text = corpus.text(summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (text == null) throw new IllegalStateException("the corpus index lost the text of " + summary.id());
        Document full = new Document(summary.id(), summary.source(), summary.title(), text, null, summary.note(), summary.origin());
        recentDocuments.put(index, full);
        return full;
    }

    @Override
    public Annotation stored(int index) {
        Annotation known = recentAnnotations.get(index);
        if (known != null) return known;
        Document summary = summaries.get(index);
        if (summary.isFailed()) return Annotation.EMPTY; // never annotated: nothing found
        Annotation read = corpus.stored(summary);
        if (read != null) recentAnnotations.put(index, read);
        return read;
    }

    @Override
    public void store(int index, Annotation annotation) {
        Document summary = summaries.get(index);
        if (!summary.isFailed()) corpus.store(summary, annotation);
        recentAnnotations.put(index, annotation);
    }

    @Override
    public TextSearch search() {
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < summaries.size(); i++) {
            if (!summaries.get(i).isFailed()) indexOf.put(corpus.articleKey(summaries.get(i)), i);
        }
        try {
            return corpus.search(key -> indexOf.getOrDefault(key, -1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        corpus.close();
    }

    private static <V> Map<Integer, V> recent(int capacity) {
        return Collections.synchronizedMap(new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, V> eldest) {
                return size() > capacity;
            }
        });
    }
}
