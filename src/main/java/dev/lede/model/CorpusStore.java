package dev.lede.model;

import dev.lede.corpus.Document;
import dev.lede.nlp.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The documents (fixed after loading) and their annotations as they are published. Which articles mention
 * an entity is the linking's answer ({@link CorpusIndexes}), not kept here. Thread-safe: annotation threads
 * publish while sessions read.
 */
final class CorpusStore {

    private final List<Document> documents;
    private final AtomicReferenceArray<Annotation> annotations;
    private final Map<Integer, String> annotationFailures = new ConcurrentHashMap<>();
    private final AtomicInteger annotatedCount = new AtomicInteger();

    CorpusStore(List<Document> documents) {
        this.documents = List.copyOf(documents);
        this.annotations = new AtomicReferenceArray<>(documents.size());
    }

    List<Document> documents() {
        return documents;
    }

    int size() {
        return documents.size();
    }

    Document document(int index) {
        return documents.get(index);
    }

    Annotation annotation(int index) {
        return annotations.get(index);
    }

    Optional<String> annotationFailure(int index) {
        return Optional.ofNullable(annotationFailures.get(index));
    }

    int annotatedCount() {
        return annotatedCount.get();
    }

    /** Records why a document could not be annotated; it is then published with nothing found. */
    void failed(int doc, String why) {
        annotationFailures.put(doc, why);
    }

    /** Makes the annotation visible; returns how many documents are annotated now. */
    int publish(int doc, Annotation annotation) {
        annotations.set(doc, annotation);
        return annotatedCount.incrementAndGet();
    }

    /** Every document's annotation so far (null where not annotated yet), index for index. */
    List<Annotation> annotationsSoFar() {
        List<Annotation> all = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) all.add(annotations.get(i));
        return all;
    }
}
