package dev.lede.model;

import dev.lede.nlp.Annotation;
import dev.lede.nlp.Annotator;
import java.util.BitSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.Supplier;

/**
 * Annotates a store's documents on a background pool, in corpus order except that a document a user has just
 * opened goes first; each document is claimed by exactly one thread and published once. A document whose
 * annotation the storage kept from an earlier run is published as it is, so a stopped run resumes.
 */
final class AnnotationScheduler implements AutoCloseable {

    /** Told on a pool thread once a document's annotation is in the store. */
    interface Published {
        void published(int document, int annotatedSoFar);
    }

    private final CorpusStore store;
    private final Published published;
    /** 1 once a document is claimed; replaced by a longer copy (under this object's lock) when documents are added. */
    private AtomicIntegerArray claimed;
    private final LinkedBlockingDeque<Integer> urgent = new LinkedBlockingDeque<>();
    private final AtomicInteger nextInOrder = new AtomicInteger();
    private ExecutorService pool;
    private Annotator annotator;
    private int workers;
    private Runnable pending;
    /** Set on close: threads finish the document in hand and stop (never interrupted: storage on disk may be writing). */
    private volatile boolean stopped;

    AnnotationScheduler(CorpusStore store, Published published) {
        this.store = store;
        this.published = published;
        this.claimed = new AtomicIntegerArray(store.size());
    }

    /** Publishes an annotation known already (nothing is scheduled for that document). */
    void publishKnown(int doc, Annotation annotation) {
        if (claim(doc)) publish(doc, annotation, true);
    }

    /** Publishes, unread, every annotation the storage kept from an earlier run (nothing is scheduled for them). */
    synchronized void publishStored(BitSet stored) {
        for (int doc = stored.nextSetBit(0); doc >= 0; doc = stored.nextSetBit(doc + 1)) claimed.set(doc, 1);
        store.publishStored(stored);
    }

    synchronized void start(Annotator annotator, int threads) {
        if (pool != null) throw new IllegalStateException("already annotating");
        this.annotator = annotator;
        this.workers = Math.max(1, threads);
        pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "lede-annotate");
            t.setDaemon(true);
            // Below the UI threads, so keys stay responsive while the corpus is annotated.
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
        annotateFrom(0);
    }

    /** Publishes the failed documents from {@code first} on as annotated with nothing, and sets the pool on the rest. */
    private void annotateFrom(int first) {
        publishFailed(first);
        for (int i = 0; i < workers; i++) pool.execute(() -> annotateAll(annotator));
    }

    /** Publishes the documents from {@code first} on that failed to load: annotated, with nothing found. */
    void publishFailed(int first) {
        for (int i = first; i < store.size(); i++) {
            if (store.isFailed(i)) publishKnown(i, Annotation.EMPTY);
        }
    }

    /**
     * The storage's files were checked and documents added or withdrawn: a withdrawn document is never annotated,
     * an added one is, once annotation has started.
     */
    synchronized void documentsChanged() {
        int before = claimed.length();
        AtomicIntegerArray longer = new AtomicIntegerArray(store.size());
        for (int i = 0; i < before; i++) longer.set(i, claimed.get(i) == 1 || store.storage().isWithdrawn(i) ? 1 : 0);
        claimed = longer;
        store.documentsChanged();
        if (pool != null && !stopped) annotateFrom(before);
    }

    synchronized void startWhenShown(Supplier<Annotator> annotator, int threads) {
        if (pool != null || pending != null) throw new IllegalStateException("already annotating");
        pending = () -> start(annotator.get(), threads);
    }

    synchronized void shown() {
        if (pending == null) return;
        Runnable start = pending;
        pending = null;
        start.run();
    }

    synchronized void prioritize(int index) {
        if (index < claimed.length() && store.annotation(index) == null && claimed.get(index) == 0) urgent.addFirst(index);
    }

    @Override
    public synchronized void close() {
        pending = null;
        stopped = true;
        if (pool == null) return;
        pool.shutdown();
        try {
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void annotateAll(Annotator annotator) {
        int doc;
        while (!stopped && (doc = claimNext()) >= 0) {
            Annotation annotation = store.storage().stored(doc);
            if (annotation != null) {
                publish(doc, annotation, false);
                continue;
            }
            try {
                annotation = annotator.annotate(store.document(doc).text());
            } catch (RuntimeException e) {
                // One article the annotator chokes on must not stop the others; the document list shows why.
                store.failed(doc, "annotation failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
                annotation = Annotation.EMPTY;
            }
            publish(doc, annotation, true);
        }
    }

    private synchronized boolean claim(int doc) {
        return claimed.compareAndSet(doc, 0, 1);
    }

    private synchronized int claimNext() {
        Integer first;
        while ((first = urgent.pollFirst()) != null) {
            if (claimed.compareAndSet(first, 0, 1)) return first;
        }
        int next;
        while ((next = nextInOrder.getAndIncrement()) < claimed.length()) {
            if (claimed.compareAndSet(next, 0, 1)) return next;
        }
        nextInOrder.set(claimed.length()); // added documents are claimed from here on
        return -1;
    }

    private void publish(int doc, Annotation annotation, boolean fresh) {
        published.published(doc, store.publish(doc, annotation, fresh));
    }
}
