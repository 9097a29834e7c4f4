package dev.lede.model;

import dev.lede.corpus.Document;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The documents (fixed after loading) and their annotations as they are published, with an index from
 * entity keys (names and aliases) to documents kept up to date per arrival, so filtering by an entity is a
 * lookup rather than a scan of the corpus. Thread-safe: annotation threads publish while sessions read.
 */
final class CorpusStore {

    private final List<Document> documents;
    private final AtomicReferenceArray<Annotation> annotations;
    private final Map<Integer, String> annotationFailures = new ConcurrentHashMap<>();
    private final AtomicInteger annotatedCount = new AtomicInteger();
    private final Map<String, Set<Integer>> documentsByKey = new ConcurrentHashMap<>();
    private final Map<String, EntityFilter> filtersByNameKey = new ConcurrentHashMap<>();

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

    /** Indexes the annotation's entities, then makes it visible; returns how many documents are annotated now. */
    int publish(int doc, Annotation annotation) {
        for (Entity e : annotation.entities()) {
            if (e.type() == EntityType.OTHER) continue;
            EntityFilter filter = EntityFilter.of(e);
            for (String key : filter.keys()) {
                documentsByKey.computeIfAbsent(key, k -> new ConcurrentSkipListSet<>()).add(doc);
            }
            filtersByNameKey.putIfAbsent(EntityFilter.key(e.name()), filter);
        }
        annotations.set(doc, annotation);
        return annotatedCount.incrementAndGet();
    }

    /** Every document's annotation so far (null where not annotated yet), index for index. */
    List<Annotation> annotationsSoFar() {
        List<Annotation> all = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) all.add(annotations.get(i));
        return all;
    }

    SortedSet<Integer> documentsMentioning(EntityFilter filter) {
        SortedSet<Integer> found = new TreeSet<>();
        for (String key : filter.keys()) {
            Set<Integer> docs = documentsByKey.get(key);
            if (docs != null) found.addAll(docs);
        }
        return found;
    }

    Optional<EntityFilter> filterNamed(String name) {
        return Optional.ofNullable(filtersByNameKey.get(EntityFilter.key(name)));
    }

    List<String> entityNames(String typed, int limit) {
        String wanted = typed.toLowerCase(Locale.ROOT).strip();
        record Candidate(String name, boolean startsWith, int documents) {
        }
        List<Candidate> found = new ArrayList<>();
        for (EntityFilter f : filtersByNameKey.values()) {
            String name = f.name().toLowerCase(Locale.ROOT);
            if (name.contains(wanted)) found.add(new Candidate(f.name(), name.startsWith(wanted), documentsMentioning(f).size()));
        }
        return found.stream()
                .sorted(Comparator.comparing((Candidate c) -> !c.startsWith())
                        .thenComparing(c -> -c.documents())
                        .thenComparing(Candidate::name))
                .limit(limit)
                .map(Candidate::name)
                .toList();
    }
}
