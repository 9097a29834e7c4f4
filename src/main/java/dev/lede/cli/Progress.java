package dev.lede.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A one-line progress bar (or count) on stderr, redrawn a few times a second, only when stderr is a terminal. */
final class Progress implements AutoCloseable {

    private static final int WIDTH = 30;

    private final AtomicInteger done = new AtomicInteger();
    private final int total;
    private final PrintWriter err;
    private final ScheduledExecutorService ticker;

    private Progress(int total, PrintWriter err, boolean visible) {
        this.total = total;
        this.err = err;
        this.ticker = visible ? Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lede-progress");
            t.setDaemon(true);
            return t;
        }) : null;
        if (ticker != null) {
            ticker.scheduleAtFixedRate(this::draw, 0, 200, TimeUnit.MILLISECONDS);
        }
    }

    /** The launcher tells the JVM whether stderr is a terminal: Java alone cannot see it for stderr. */
    static Progress onStderr(int total, PrintWriter err) {
        return new Progress(total, err, Boolean.getBoolean("lede.stderr.tty") && total > 1);
    }

    /** For a stream of articles whose number is not known ahead: a count, no bar. */
    static Progress counting(PrintWriter err) {
        return new Progress(-1, err, Boolean.getBoolean("lede.stderr.tty"));
    }

    void step() {
        done.incrementAndGet();
    }

    private synchronized void draw() {
        int d = done.get();
        if (total < 0) {
            err.printf("\rannotating %d", d);
            err.flush();
            return;
        }
        int filled = total == 0 ? WIDTH : d * WIDTH / total;
        err.printf("\rannotating [%s%s] %d/%d", "#".repeat(filled), ".".repeat(WIDTH - filled), d, total);
        err.flush();
    }

    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
            err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
            err.flush();
        }
    }
}
