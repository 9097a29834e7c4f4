package dev.lede.model;

import dev.lede.corpus.Document;
import dev.lede.index.CorpusEntities;
import dev.lede.index.Duplicates;
import dev.lede.index.Sections;
import dev.lede.index.TextSearch;
import dev.lede.nlp.Annotation;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * The library's corpus-wide indexes, built on one background thread so no key waits for them: the
 * entities linked across documents with everyone quoted, and the full-text search.
 *
 * <p>Linking looks at every annotation, so it is not redone per arrival: once annotation is complete,
 * and before that at most every few seconds (longer on a corpus that takes long to link). Between
 * rebuilds, {@link #linked()} is the last snapshot. The search index reads only the documents, which
 * never change, so it is built (or, on disk, opened) once.
 */
final class CorpusIndexes implements AutoCloseable {

    private static final long MIN_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(2);
    /** A rebuild waits this many times as long as the last one took, so linking never takes over a core. */
    private static final int BACKOFF = 5;

    private final List<Document> documents;
    private final Supplier<List<Annotation>> annotations;
    private final IntSupplier annotatedCount;
    private final CorpusStorage storage;
    private final Runnable rebuilt;
    private final Consumer<String> failed;
    private final AtomicBoolean linking = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();
    /** Replaced by a new one when documents are added (the old one stays open for a search that holds it). */
    private volatile CompletableFuture<TextSearch> search = new CompletableFuture<>();
    private final AtomicBoolean searchStarted = new AtomicBoolean();
    private final ExecutorService worker = backgroundThread("lede-index");
    /** The search index has a thread of its own: at a million articles linking takes minutes, and `/` must not wait for it. */
    private final ExecutorService searchWorker = backgroundThread("lede-search");

    /**
     * Entities linked across documents, the speakers of every quote, the corpus's overview and each document's number
     * of quotes plus one ({@code quoteCounts}, 0: not annotated or a copy) as that linking sees them.
     */
    record Linked(CorpusEntities entities, List<Speakers.Speaker> speakers, Overview overview, int[] quoteCounts) {

        /** @param sections each document's section ({@link Sections}), or null where sections are not told apart */
        static Linked of(List<Annotation> annotations, Duplicates duplicates, int[] sections) {
            boolean[] copies = duplicates.copyFlags();
            CorpusEntities entities = CorpusEntities.build(annotations, copies, sections);
            int[] quoteCounts = new int[annotations.size()];
            return new Linked(entities, Speakers.of(annotations, entities, copies, quoteCounts),
                    Overview.ofCorpus(entities, annotations.size() - duplicates.copyCount()), quoteCounts);
        }

        /** The document's row counts as this linking counted them, or null where it did not count the document. */
        RowCounts rowCounts(int document) {
            if (document < 0 || document >= quoteCounts.length || quoteCounts[document] == 0) return null;
            int linkedEntities = entities.documentEntities().linkedCount(document);
            return linkedEntities < 0 ? null : new RowCounts(linkedEntities, quoteCounts[document] - 1);
        }
    }

    private volatile Linked linked = Linked.of(List.of(), Duplicates.none(0), null);
    /** Set on close: queued work is dropped; work under way is not interrupted (storage on disk may be writing). */
    private volatile boolean closed;
    /** Which documents repeat others: found once, before the first linking, as documents never change. */
    private volatile Duplicates duplicates;
    private volatile Duplicates noDuplicates;
    /** Each document's section ({@link Sections}): found before the first linking and again when documents change. */
    private volatile int[] sections;
    private volatile long nextLinkAllowed = System.nanoTime();
    /** How many documents were annotated (published) when the latest linking began. */
    private volatile int linkedAnnotated;
    /** Whether documents were added or withdrawn since the latest linking. */
    private volatile boolean documentsChanged;

    /**
     * @param documents      every document, read one at a time when asked (to find duplicates once)
     * @param storage        where the search index is built or opened, and linkings are kept
     * @param annotations    a snapshot of every document's annotation (null while not annotated)
     * @param annotatedCount how many documents are annotated now
     * @param rebuilt        told (on the index thread) whenever an index has been rebuilt
     * @param failed         told why an index could not be built; the last one built stays in use
     */
    CorpusIndexes(List<Document> documents, CorpusStorage storage, Supplier<List<Annotation>> annotations, IntSupplier annotatedCount,
                  Runnable rebuilt, Consumer<String> failed) {
        this.documents = documents;
        this.storage = storage;
        this.annotations = annotations;
        this.annotatedCount = annotatedCount;
        this.rebuilt = rebuilt;
        this.failed = failed;
    }

    /** Runs a task on the index thread, after what is queued there (the start of a warm library). */
    void onIndexThread(Runnable task) {
        runOn(worker, task);
    }

    private void onSearchThread(Runnable task) {
        runOn(searchWorker, task);
    }

    private void runOn(ExecutorService thread, Runnable task) {
        try {
            thread.execute(() -> {
                try {
                    if (!closed) task.run();
                } catch (RuntimeException e) {
                    // Storage closed under a task at the end of a run (a quit right after the first frame): nothing lost.
                    if (!closed) throw e;
                }
            });
        } catch (RejectedExecutionException closedMeanwhile) {
            // closed: nothing more to do
        }
    }

    /**
     * On the index thread, once every document is annotated: publishes the linking kept for exactly these documents
     * and annotations if there is one, else links now (and keeps the result). Before that, arrivals link.
     */
    void restoreOrLink() {
        if (annotatedCount.getAsInt() < documents.size()) return;
        String key = storage.linkingKey();
        InputStream kept = key == null ? null : storage.storedLinking(key);
        if (kept != null) {
            try (kept) {
                StoredLinking.Restored restored = StoredLinking.decode(kept);
                if (restored != null && restored.duplicates().size() == documents.size()) {
                    duplicates = restored.duplicates();
                    linkedAnnotated = documents.size();
                    linked = restored.linked();
                    rebuilt.run();
                    return;
                }
            } catch (java.io.IOException | RuntimeException unreadable) {
                // linked again below
            }
        }
        wanted.set(true);
        if (linking.compareAndSet(false, true)) link();
    }

    /**
     * On the index thread: the storage added or withdrew documents. Duplicates are found again and the search index
     * is rebuilt if it was built; the next linking sees them.
     */
    void documentsChanged() {
        duplicates = null;
        sections = null;
        documentsChanged = true;
        if (searchStarted.get()) {
            CompletableFuture<TextSearch> next = new CompletableFuture<>();
            onSearchThread(() -> buildSearch(next));
            search = next;
        }
    }

    /** The latest linking of entities across documents; never waits. */
    Linked linked() {
        return linked;
    }

    /** The search index, started on first call; done once built. */
    CompletableFuture<TextSearch> search() {
        if (searchStarted.compareAndSet(false, true)) {
            CompletableFuture<TextSearch> first = search;
            onSearchThread(() -> buildSearch(first));
        }
        return search;
    }

    private void buildSearch(CompletableFuture<TextSearch> into) {
        TextSearch opened = null;
        try {
            opened = storage.search();
            into.complete(opened);
        } catch (RuntimeException | OutOfMemoryError e) {
            into.completeExceptionally(e);
            failed.accept("the search index could not be built: " + describe(e));
        }
        rebuilt.run();
        if (opened != null) opened.warm();
    }

    /** An annotation has arrived: relink when annotation is complete, or when the last linking is old enough. */
    void arrived(int annotated, int total) {
        if (annotated < total && System.nanoTime() < nextLinkAllowed) return;
        wanted.set(true);
        if (!closed && linking.compareAndSet(false, true)) scheduleLink();
    }

    /** Links now, on the caller's thread (a library whose annotations are all known up front). */
    void linkNow() {
        relink();
    }

    /** Whether documents have been annotated since the latest linking, which will see them soon. */
    boolean isBehind(int annotated) {
        return linkedAnnotated < annotated;
    }

    private void relink() {
        int annotated = annotatedCount.getAsInt();
        if (linkedAnnotated == annotated && !documentsChanged && annotated > 0) return; // nothing new since the latest
        documentsChanged = false;
        String key = annotated == documents.size() ? storage.linkingKey() : null;
        Duplicates copies = duplicates();
        Linked made = Linked.of(annotations.get(), copies, sections());
        // Every document annotated: kept (before it is published, so a run closed once it is seen has kept it), and
        // the next start with the same documents and annotator need not link.
        if (key != null && !closed) storage.storeLinking(key, out -> StoredLinking.encode(made, copies, out));
        linked = made;
        linkedAnnotated = annotated;
    }

    /** The documents that repeat others, as the latest linking counted them (none before the first). */
    Duplicates duplicates() {
        Duplicates found = duplicates;
        if (found == null) duplicates = found = Duplicates.of(documents);
        return found;
    }

    /** Each document's section, read from the storage's summaries (not the texts) when first asked. */
    private int[] sections() {
        int[] found = sections;
        if (found == null) sections = found = Sections.of(storage.size(), storage::forEachSummary);
        return found;
    }

    /** The duplicates found so far, without finding them: none before the first linking. */
    Duplicates duplicatesKnown() {
        Duplicates found = duplicates;
        if (found != null) return found;
        // Asked for at every frame: made once per size, not an array of a million ints a frame.
        Duplicates none = noDuplicates;
        if (none == null || none.size() != documents.size()) noDuplicates = none = Duplicates.none(documents.size());
        return none;
    }

    private void link() {
        try {
            while (!closed && wanted.getAndSet(false)) {
                long start = System.nanoTime();
                try {
                    relink();
                } catch (RuntimeException | OutOfMemoryError e) {
                    failed.accept("linking entities across articles failed: " + describe(e));
                }
                long took = System.nanoTime() - start;
                nextLinkAllowed = System.nanoTime() + Math.max(MIN_INTERVAL_NANOS, BACKOFF * took);
                rebuilt.run();
            }
        } finally {
            linking.set(false);
        }
        // An arrival between the loop's last check and the flag being cleared must not be lost.
        if (!closed && wanted.get() && linking.compareAndSet(false, true)) scheduleLink();
    }

    private void scheduleLink() {
        try {
            worker.execute(this::link);
        } catch (RejectedExecutionException closedMeanwhile) {
            linking.set(false);
        }
    }

    private static ExecutorService backgroundThread(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    @Override
    public void close() {
        closed = true;
        worker.shutdown();
        searchWorker.shutdown();
        search.thenAccept(TextSearch::close);
    }
}
