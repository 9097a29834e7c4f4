package dev.lede.model;

import dev.lede.corpus.Document;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.Entity;
import dev.lede.nlp.Mention;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.BitSet;
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
    /**
     * 1 once a document's annotation is published: before that it reads as not annotated, even if stored. Replaced
     * by a longer copy (under this store's lock, as publishing is) when documents are added.
     */
    private volatile AtomicIntegerArray published;
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

    boolean isFailed(int index) {
        return storage.isFailed(index);
    }

    Annotation annotation(int index) {
        AtomicIntegerArray now = published;
        return index < now.length() && now.get(index) == 1 && !storage.isWithdrawn(index) ? storage.stored(index) : null;
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
        synchronized (this) {
            if (published.compareAndSet(doc, 0, 1)) return annotatedCount.incrementAndGet();
            return annotatedCount.get();
        }
    }

    /** Publishes every annotation the storage kept from an earlier run at once, none of them read. */
    synchronized void publishStored(BitSet stored) {
        for (int doc = stored.nextSetBit(0); doc >= 0; doc = stored.nextSetBit(doc + 1)) {
            if (published.compareAndSet(doc, 0, 1)) annotatedCount.incrementAndGet();
        }
    }

    /**
     * The storage's files were checked and documents added or withdrawn: the new ones are not annotated yet, a
     * withdrawn one counts as annotated with nothing to show, so "every document annotated" still comes.
     */
    synchronized void documentsChanged() {
        AtomicIntegerArray longer = new AtomicIntegerArray(storage.size());
        for (int i = 0; i < published.length(); i++) longer.set(i, published.get(i));
        for (int i = 0; i < longer.length(); i++) {
            if (storage.isWithdrawn(i) && longer.compareAndSet(i, 0, 1)) annotatedCount.incrementAndGet();
        }
        published = longer;
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
     * text and their number are kept (one shared mention per distinct text), the offsets are not; the type rule
     * is (the corpus's types weigh it).
     */
    private static Annotation forLinking(Annotation a) {
        List<Entity> entities = new ArrayList<>(a.entities().size());
        for (Entity e : a.entities()) {
            Map<String, Mention> shared = new HashMap<>();
            List<Mention> mentions = new ArrayList<>(e.mentions().size());
            for (Mention m : e.mentions()) mentions.add(shared.computeIfAbsent(m.text(), t -> new Mention(0, t.length(), t)));
            // A few dozen rule names, read back as a new string for each entity: one copy of each is kept.
            String rule = e.typeRule() == null ? null : e.typeRule().intern();
            entities.add(new Entity(e.id(), e.name(), e.type(), e.aliases(), mentions, rule));
        }
        return new Annotation(entities, a.quotes());
    }
}
