package dev.lede.model;

import dev.lede.corpus.Document;
import dev.lede.index.CorpusEntities;
import dev.lede.index.TextSearch;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.Annotator;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;

/**
 * The corpus every session shares: the documents (fixed after loading) and their annotations, which
 * arrive from a background pool. Thread-safe: one Library serves any number of explorer sessions.
 *
 * <p>Annotations are published with an index from entity keys (names and aliases) to documents, kept up
 * to date as each one arrives, so filtering by an entity is a lookup rather than a scan of the corpus.
 */
public final class Library implements AutoCloseable {

    /** Told on a pool thread when a document's annotation has arrived, or when there is news for every session. */
    public interface Listener {
        void annotated(int document);

        /** A one-line notice for the user, such as the annotation cache being unwritable. */
        default void noticed(String notice) {
        }

        /** A corpus-wide index (linked entities, full-text search) has been rebuilt. */
        default void indexed() {
        }
    }

    private final List<Document> documents;
    /** The paths the documents were read from, as the user named them ("" when not known). */
    private final String origin;
    private final AtomicReferenceArray<Annotation> annotations;
    private final Map<Integer, String> annotationFailures = new ConcurrentHashMap<>();
    private final AtomicInteger annotatedCount = new AtomicInteger();
    private final Map<String, Set<Integer>> documentsByKey = new ConcurrentHashMap<>();
    private final Map<String, EntityFilter> filtersByNameKey = new ConcurrentHashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final List<String> notices = new CopyOnWriteArrayList<>();
    private final CorpusIndexes indexes;
    /** Annotations given all at once: linked once at the end rather than as they are published. */
    private boolean knownUpFront;

    private final AtomicIntegerArray claimed;
    private final LinkedBlockingDeque<Integer> urgent = new LinkedBlockingDeque<>();
    private final AtomicInteger nextInOrder = new AtomicInteger();
    private ExecutorService pool;
    private Runnable pending;

    /** A library whose documents are not annotated yet: {@link #startAnnotating} or {@link #annotated} fills it. */
    public Library(List<Document> documents) {
        this(documents, "");
    }

    /** @param origin the paths the documents were read from, as the user named them, for "no articles in …" */
    public Library(List<Document> documents, String origin) {
        this.documents = List.copyOf(documents);
        this.origin = origin;
        this.annotations = new AtomicReferenceArray<>(documents.size());
        this.claimed = new AtomicIntegerArray(documents.size());
        this.indexes = new CorpusIndexes(this.documents, this::annotationsSoFar, () -> listeners.forEach(Listener::indexed), this::notice);
    }

    /** A library annotating its documents in the background (see {@link #startAnnotating}). */
    public static Library annotating(List<Document> documents, Annotator annotator, int threads) {
        Library library = new Library(documents);
        library.startAnnotating(annotator, threads);
        return library;
    }

    /** A library whose annotations are known already (one per document, index for index). */
    public static Library annotated(List<Document> documents, List<Annotation> annotations) {
        if (documents.size() != annotations.size()) throw new IllegalArgumentException("one annotation per document");
        Library library = new Library(documents);
        library.knownUpFront = true;
        for (int i = 0; i < documents.size(); i++) {
            library.claimed.set(i, 1);
            library.publish(i, annotations.get(i));
        }
        library.indexes.linkNow();
        return library;
    }

    /**
     * Annotates every document on {@code threads} background threads, in order, except that
     * {@link #prioritize} moves a document to the front. Failed documents count as annotated with nothing found.
     */
    public synchronized void startAnnotating(Annotator annotator, int threads) {
        if (pool != null) throw new IllegalStateException("already annotating");
        int workers = Math.max(1, threads);
        pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "lede-annotate");
            t.setDaemon(true);
            // Below the UI threads, so keys stay responsive while the corpus is annotated.
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
        publishFailedDocuments();
        for (int i = 0; i < workers; i++) pool.execute(() -> annotateAll(annotator));
        pool.shutdown();
    }

    /**
     * Like {@link #startAnnotating}, but only once a view has drawn its first frame ({@link #shown}), and the
     * annotator is made only then: the first frame should wait neither for it nor behind the annotation threads.
     */
    public synchronized void startAnnotatingWhenShown(Supplier<Annotator> annotator, int threads) {
        if (pool != null || pending != null) throw new IllegalStateException("already annotating");
        pending = () -> startAnnotating(annotator.get(), threads);
    }

    /** A view has drawn its first frame: annotation asked for with {@link #startAnnotatingWhenShown} begins. */
    public synchronized void shown() {
        if (pending == null) return;
        Runnable start = pending;
        pending = null;
        start.run();
    }

    /** What a pane says when there is nothing to show: "no articles in PATH". */
    public String noArticles() {
        return origin.isEmpty() ? "no articles" : "no articles in " + origin;
    }

    public int size() {
        return documents.size();
    }

    public Document document(int index) {
        return documents.get(index);
    }

    /** The document's annotation, or null while it is still being annotated. */
    public Annotation annotation(int index) {
        return annotations.get(index);
    }

    /** Why annotating the document failed, if it did. */
    public Optional<String> annotationFailure(int index) {
        return Optional.ofNullable(annotationFailures.get(index));
    }

    public int annotatedCount() {
        return annotatedCount.get();
    }

    /** Annotate this document next (the one a user has just opened). */
    public void prioritize(int index) {
        if (annotations.get(index) == null && claimed.get(index) == 0) urgent.addFirst(index);
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** Tells every session (and those that start later) something they should show the user once. */
    public void notice(String notice) {
        notices.add(notice);
        for (Listener listener : listeners) listener.noticed(notice);
    }

    /** Every notice so far, for a session that has just started. */
    public List<String> notices() {
        return List.copyOf(notices);
    }

    /** The annotated documents that mention an entity under any of the filter's keys, in corpus order. */
    public SortedSet<Integer> documentsMentioning(EntityFilter filter) {
        SortedSet<Integer> found = new TreeSet<>();
        for (String key : filter.keys()) {
            Set<Integer> docs = documentsByKey.get(key);
            if (docs != null) found.addAll(docs);
        }
        return found;
    }

    /** The filter for an entity called {@code name} (any case), as the first document naming it knows it. */
    public Optional<EntityFilter> filterNamed(String name) {
        return Optional.ofNullable(filtersByNameKey.get(EntityFilter.key(name)));
    }

    /**
     * Entity names containing {@code typed} (any case) for type-ahead: names that start with it first,
     * then those named in the most documents.
     */
    public List<String> entityNames(String typed, int limit) {
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

    /**
     * Entities linked across the annotated documents ("Blair" here is "Tony Blair" there). A snapshot,
     * relinked in the background as annotations arrive (see {@link CorpusIndexes}); never waits.
     */
    public CorpusEntities corpusEntities() {
        return indexes.linked().entities();
    }

    /** Everyone quoted in the annotated documents, most quoted first, linked as {@link #corpusEntities()}. */
    public List<Speakers.Speaker> speakers() {
        return indexes.linked().speakers();
    }

    /** Full-text search over every title and text, built in the background on first call. */
    public CompletableFuture<TextSearch> textSearch() {
        return indexes.search();
    }

    /** Stops the background annotation and indexing; sessions still read what has arrived. */
    @Override
    public synchronized void close() {
        pending = null;
        if (pool != null) pool.shutdownNow();
        indexes.close();
    }

    private List<Annotation> annotationsSoFar() {
        List<Annotation> all = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) all.add(annotations.get(i));
        return all;
    }

    private void publishFailedDocuments() {
        for (int i = 0; i < documents.size(); i++) {
            if (documents.get(i).isFailed() && claimed.compareAndSet(i, 0, 1)) publish(i, Annotation.EMPTY);
        }
    }

    private void annotateAll(Annotator annotator) {
        int doc;
        while (!Thread.currentThread().isInterrupted() && (doc = claimNext()) >= 0) {
            Annotation annotation;
            try {
                annotation = annotator.annotate(documents.get(doc).text());
            } catch (RuntimeException e) {
                // One article the annotator chokes on must not stop the others; the document list shows why.
                annotationFailures.put(doc, "annotation failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
                annotation = Annotation.EMPTY;
            }
            publish(doc, annotation);
        }
    }

    private int claimNext() {
        Integer first;
        while ((first = urgent.pollFirst()) != null) {
            if (claimed.compareAndSet(first, 0, 1)) return first;
        }
        int next;
        while ((next = nextInOrder.getAndIncrement()) < documents.size()) {
            if (claimed.compareAndSet(next, 0, 1)) return next;
        }
        return -1;
    }

    private void publish(int doc, Annotation annotation) {
        for (Entity e : annotation.entities()) {
            if (e.type() == EntityType.OTHER) continue;
            EntityFilter filter = EntityFilter.of(e);
            for (String key : filter.keys()) {
                documentsByKey.computeIfAbsent(key, k -> new ConcurrentSkipListSet<>()).add(doc);
            }
            filtersByNameKey.putIfAbsent(EntityFilter.key(e.name()), filter);
        }
        annotations.set(doc, annotation);
        int annotated = annotatedCount.incrementAndGet();
        for (Listener listener : listeners) listener.annotated(doc);
        if (!knownUpFront) indexes.arrived(annotated, documents.size());
    }
}
