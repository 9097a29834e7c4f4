package dev.lede.model;

import dev.lede.corpus.Document;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.Entity;
import dev.lede.nlp.Mention;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * The documents (fixed after loading) and their annotations as they are published, kept in a
 * {@link CorpusStorage} (in the heap or on disk). Which articles mention an entity is the linking's answer
 * ({@link CorpusIndexes}), not kept here. Thread-safe: annotation threads publish while sessions read.
 */
final class CorpusStore {

    private final CorpusStorage storage;
    /** 1 once a document's annotation is published: before that it reads as not annotated, even if stored. */
    private final AtomicIntegerArray published;
    private final Map<Integer, String> annotationFailures = new ConcurrentHashMap<>();
    private final AtomicInteger annotatedCount = new AtomicInteger();

    CorpusStore(CorpusStorage storage) {
        this.storage = storage;
        this.published = new AtomicIntegerArray(storage.size());
    }

    CorpusStorage storage() {
        return storage;
    }

    /** Every document, each read from the storage when asked (its text from disk there), none held here. */
    List<Document> documents() {
        return new AbstractList<>() {
            @Override
            public Document get(int index) {
                return storage.document(index);
            }

            @Override
            public int size() {
                return storage.size();
            }
        };
    }

    int size() {
        return storage.size();
    }

    Document document(int index) {
        return storage.document(index);
    }

    Document summary(int index) {
        return storage.summary(index);
    }

    Annotation annotation(int index) {
        return published.get(index) == 1 ? storage.stored(index) : null;
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

    /**
     * Makes the annotation visible; returns how many documents are annotated now. The annotation must be in the
     * storage already, unless {@code fresh} says it is to be stored here.
     */
    int publish(int doc, Annotation annotation, boolean fresh) {
        if (fresh) storage.store(doc, annotation);
        published.set(doc, 1);
        return annotatedCount.incrementAndGet();
    }

    /**
     * Every document's annotation so far (null where not annotated yet), index for index: a view that reads
     * each from the storage when asked, so the corpus-wide indexes never hold every annotation at once.
     */
    List<Annotation> annotationsSoFar() {
        return new AbstractList<>() {
            @Override
            public Annotation get(int index) {
                Annotation a = annotation(index);
                return a == null ? null : forLinking(a);
            }

            @Override
            public int size() {
                return storage.size();
            }
        };
    }

    /**
     * The annotation as linking reads it, which keeps every entity of the corpus while it runs: each mention's
     * text and their number are kept (one shared mention per distinct text), the offsets and type rule are not.
     */
    private static Annotation forLinking(Annotation a) {
        List<Entity> entities = new ArrayList<>(a.entities().size());
        for (Entity e : a.entities()) {
            Map<String, Mention> shared = new HashMap<>();
            List<Mention> mentions = new ArrayList<>(e.mentions().size());
            for (Mention m : e.mentions()) mentions.add(shared.computeIfAbsent(m.text(), t -> new Mention(0, t.length(), t)));
            entities.add(new Entity(e.id(), e.name(), e.type(), e.aliases(), mentions));
        }
        return new Annotation(entities, a.quotes());
    }
}
