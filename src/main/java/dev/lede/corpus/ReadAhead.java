package dev.lede.corpus;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Reads the files a walk finds, as it finds them, and hands their documents on in that order. The first
 * {@link #PARALLEL_FROM} files are read one after another; from then on up to {@link #READ_AHEAD} files are read
 * ahead on every core. Holds only those, never the list of a million files.
 */
final class ReadAhead implements AutoCloseable {

    /** Files read ahead of the one being handed out; bounds memory while keeping every core busy. */
    private static final int READ_AHEAD = 64;

    /** Files read on several threads from this many on. */
    static final int PARALLEL_FROM = 4096;

    /** Thrown through the walk when the loading thread is interrupted, so the walk stops too. */
    static final class Interrupted extends RuntimeException {
        Interrupted() {
            super(null, null, false, false);
        }
    }

    /** A file whose documents are being read on the pool, or (null) a container streamed when its turn comes. */
    private record Pending(FileFinder.Found file, Future<List<Document>> read) {
    }

    private final LoadOptions options;
    private final Consumer<Document> each;
    private final int threads = Runtime.getRuntime().availableProcessors();
    private final Deque<Pending> pending = new ArrayDeque<>();
    private ExecutorService pool;
    private int found;

    ReadAhead(LoadOptions options, Consumer<Document> each) {
        this.options = options;
        this.each = each;
    }

    /** The next file the walk found. */
    void add(FileFinder.Found file) {
        if (Thread.currentThread().isInterrupted()) throw new Interrupted();
        // Below a few thousand files, threads cost more than they save in a JVM that has only just started.
        if (++found <= PARALLEL_FROM || threads <= 1) {
            ArticleFiles.read(file, options, each);
            return;
        }
        if (pool == null) pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "lede-corpus-loader");
            thread.setDaemon(true);
            return thread;
        });
        pending.add(new Pending(file, isStreamed(file) ? null : pool.submit(() -> CorpusLoader.read(file, options))));
        while (pending.size() >= READ_AHEAD) handOutNext();
    }

    /** Hands out the files still read ahead, once the walk is over. */
    void finish() {
        while (!pending.isEmpty()) handOutNext();
    }

    private void handOutNext() {
        Pending next = pending.remove();
        if (next.read() == null) {
            ArticleFiles.read(next.file(), options, each);
            return;
        }
        try {
            next.read().get().forEach(each);
        } catch (ExecutionException e) {
            FileFinder.Found file = next.file();
            each.accept(Document.failed(file.id(), file.path(), "cannot read: " + CorpusLoader.oneLine(e.getCause())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Interrupted();
        }
    }

    private static boolean isStreamed(FileFinder.Found file) {
        Format format = file.failure() == null ? Format.of(file.path()) : null;
        return format != null && format.streamed;
    }

    @Override
    public void close() {
        if (pool != null) pool.shutdownNow();
    }
}
