package dev.lede.cli;

import dev.lede.corpus.Document;
import dev.lede.model.Eta;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * A one-line progress bar on stderr with the time left, redrawn a few times a second, only when stderr is a
 * terminal. A stream of articles whose number is not known ahead is measured in bytes of its input files: an
 * article of its own file counts that file's size, a record of a larger file its characters.
 */
final class Progress implements AutoCloseable {

    private static final int WIDTH = 30;

    private final AtomicInteger done = new AtomicInteger();
    private final AtomicLong doneBytes = new AtomicLong();
    private final int total;
    private final long totalBytes;
    private final PrintWriter err;
    private final Eta eta = new Eta();
    private final ScheduledExecutorService ticker;

    private Progress(int total, long totalBytes, PrintWriter err, boolean visible) {
        this.total = total;
        this.totalBytes = totalBytes;
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
        return new Progress(total, -1, err, isTerminal() && total > 1);
    }

    /** For a stream of articles read from {@code inputs}, whose number is not known ahead. */
    static Progress streaming(List<Path> inputs, PrintWriter err) {
        return new Progress(-1, isTerminal() ? bytesUnder(inputs) : -1, err, isTerminal());
    }

    private static boolean isTerminal() {
        return Boolean.getBoolean("lede.stderr.tty");
    }

    void step() {
        done.incrementAndGet();
    }

    /** One article of a stream is done. */
    void step(Document d) {
        done.incrementAndGet();
        if (totalBytes > 0) doneBytes.addAndGet(bytesOf(d));
    }

    /** How much of its input the article stands for. */
    private static long bytesOf(Document d) {
        if (d.id().matches(".*#\\d+")) return d.title().length() + d.text().length();
        try {
            return Files.size(d.source());
        } catch (IOException | RuntimeException gone) {
            return d.text().length();
        }
    }

    private static long bytesUnder(List<Path> inputs) {
        long sum = 0;
        for (Path input : inputs) {
            try (Stream<Path> files = Files.walk(input)) {
                sum += files.filter(Files::isRegularFile).mapToLong(p -> {
                    try {
                        return Files.size(p);
                    } catch (IOException e) {
                        return 0;
                    }
                }).sum();
            } catch (IOException | UncheckedIOException unreadable) {
                // Said by the loader; the estimate only runs short.
            }
        }
        return sum;
    }

    private synchronized void draw() {
        int d = done.get();
        long unitsDone = total >= 0 ? d : doneBytes.get();
        long units = total >= 0 ? total : totalBytes;
        if (units <= 0) {
            err.printf("\rannotating %d", d);
            err.flush();
            return;
        }
        eta.record(unitsDone);
        int filled = (int) Math.min(WIDTH, unitsDone * WIDTH / units);
        String count = total >= 0 ? d + "/" + total : String.valueOf(d);
        String left = eta.secondsLeft(unitsDone, units).stream().mapToObj(s -> ", " + Eta.describe(s)).findFirst().orElse("");
        err.printf("\rannotating [%s%s] %s%s   ", "#".repeat(filled), ".".repeat(WIDTH - filled), count, left);
        err.flush();
    }

    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
            err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
            err.flush();
        }
    }
}
