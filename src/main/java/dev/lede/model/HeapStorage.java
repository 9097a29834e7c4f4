package dev.lede.model;

import dev.lede.corpus.Document;
import dev.lede.index.TextSearch;
import dev.lede.nlp.Annotation;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/** Documents and annotations held in the heap: nothing survives the process (tests, {@code --no-cache}). */
public final class HeapStorage implements CorpusStorage {

    private final List<Document> documents;
    private final AtomicReferenceArray<Annotation> annotations;

    public HeapStorage(List<Document> documents) {
        this.documents = List.copyOf(documents);
        this.annotations = new AtomicReferenceArray<>(documents.size());
    }

    @Override
    public int size() {
        return documents.size();
    }

    @Override
    public Document document(int index) {
        return documents.get(index);
    }

    @Override
    public Annotation stored(int index) {
        return annotations.get(index);
    }

    @Override
    public void store(int index, Annotation annotation) {
        annotations.set(index, annotation);
    }

    @Override
    public TextSearch search() {
        return TextSearch.build(documents);
    }

    @Override
    public void close() {
    }
}
