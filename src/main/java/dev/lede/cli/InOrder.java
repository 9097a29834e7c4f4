package dev.lede.cli;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Work done on every core and handed back in the order it was given, on the thread that gives it, with at most
 * {@code window} pieces in flight. Reading the next articles, annotating and writing overlap (a batch at a time would
 * leave cores idle while a batch is read, while its slowest article finishes and while it is written), and memory
 * stays flat however many pieces pass through.
 */
final class InOrder<T> implements AutoCloseable {

    /** Takes each result, in order; a failure stops the work (see {@link #failure}). */
    interface Sink<T> {
        void accept(T result) throws IOException;
    }

    private final ExecutorService pool;
    private final ArrayDeque<Future<T>> inFlight = new ArrayDeque<>();
    private final int window;
    private final Sink<T> sink;
    private IOException failure;

    InOrder(int threads, int window, String threadName, Sink<T> sink) {
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        this.window = window;
        this.sink = sink;
    }

    /** Starts the work, first handing on whatever is done ahead of it (waiting while the window is full). */
    void submit(Callable<T> work) {
        if (failure != null) return;
        inFlight.add(pool.submit(work));
        while (!inFlight.isEmpty() && (inFlight.size() >= window || inFlight.peek().isDone()) && failure == null) {
            handOn();
        }
    }

    /** Waits for all the work given and hands it on; the sink's failure, if it had one, is thrown. */
    void finish() throws IOException {
        while (!inFlight.isEmpty() && failure == null) handOn();
        if (failure != null) throw failure;
    }

    /** The sink's failure, after which nothing more is done, or null. */
    IOException failure() {
        return failure;
    }

    private void handOn() {
        T result;
        try {
            result = inFlight.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = new IOException("interrupted");
            return;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
        try {
            sink.accept(result);
        } catch (IOException e) {
            failure = e;
        }
    }

    /** Drops the work not started and waits for the rest, so nothing runs on after the caller closes what it uses. */
    @Override
    public void close() {
        inFlight.forEach(f -> f.cancel(false));
        pool.shutdown();
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
