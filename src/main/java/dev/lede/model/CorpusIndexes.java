package dev.lede.model;

import dev.lede.index.CorpusEntities;
import dev.lede.index.TextSearch;
import dev.lede.nlp.Annotation;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
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

    private final Supplier<List<Annotation>> annotations;
    private final Supplier<TextSearch> searchBuilder;
    private final Runnable rebuilt;
    private final Consumer<String> failed;
    private final AtomicBoolean linking = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();
    private final CompletableFuture<TextSearch> search = new CompletableFuture<>();
    private final AtomicBoolean searchStarted = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lede-index");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    /** Entities linked across documents, and the speakers of every quote as that linking sees them. */
    record Linked(CorpusEntities entities, List<Speakers.Speaker> speakers) {

        static Linked of(List<Annotation> annotations) {
            CorpusEntities entities = CorpusEntities.build(annotations);
            return new Linked(entities, Speakers.of(annotations, entities));
        }
    }

    private volatile Linked linked = Linked.of(List.of());
    /** Set on close: queued work is dropped; work under way is not interrupted (storage on disk may be writing). */
    private volatile boolean closed;
    private volatile long nextLinkAllowed;

    /**
     * @param annotations a snapshot of every document's annotation (null while not annotated)
     * @param rebuilt     told (on the index thread) whenever an index has been rebuilt
     * @param failed      told why an index could not be built; the last one built stays in use
     */
    CorpusIndexes(Supplier<TextSearch> search, Supplier<List<Annotation>> annotations, Runnable rebuilt, Consumer<String> failed) {
        this.searchBuilder = search;
        this.annotations = annotations;
        this.rebuilt = rebuilt;
        this.failed = failed;
    }

    /** The latest linking of entities across documents; never waits. */
    Linked linked() {
        return linked;
    }

    /** The search index, started on first call; done once built. */
    CompletableFuture<TextSearch> search() {
        if (searchStarted.compareAndSet(false, true)) {
            worker.execute(() -> {
                if (closed) return;
                try {
                    search.complete(searchBuilder.get());
                } catch (RuntimeException | OutOfMemoryError e) {
                    search.completeExceptionally(e);
                    failed.accept("the search index could not be built: " + describe(e));
                }
                rebuilt.run();
            });
        }
        return search;
    }

    /** An annotation has arrived: relink when annotation is complete, or when the last linking is old enough. */
    void arrived(int annotated, int total) {
        if (annotated < total && System.nanoTime() < nextLinkAllowed) return;
        wanted.set(true);
        if (!closed && linking.compareAndSet(false, true)) relink();
    }

    /** Links now, on the caller's thread (a library whose annotations are all known up front). */
    void linkNow() {
        linked = Linked.of(annotations.get());
    }

    private void link() {
        try {
            while (!closed && wanted.getAndSet(false)) {
                long start = System.nanoTime();
                try {
                    linked = Linked.of(annotations.get());
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
        if (!closed && wanted.get() && linking.compareAndSet(false, true)) relink();
    }

    private void relink() {
        try {
            worker.execute(this::link);
        } catch (RejectedExecutionException closedMeanwhile) {
            linking.set(false);
        }
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    @Override
    public void close() {
        closed = true;
        worker.shutdown();
        search.thenAccept(TextSearch::close);
    }
}
