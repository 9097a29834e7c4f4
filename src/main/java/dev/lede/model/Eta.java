package dev.lede.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * How long the rest of a job will take, from its rate over the last {@link #WINDOW_NANOS}: a window rather than
 * the whole run, so a burst at the start (annotations read back from disk) does not make the estimate too short.
 * Thread-safe.
 */
public final class Eta {

    private static final long SAMPLE_NANOS = 1_000_000_000L;
    private static final long WINDOW_NANOS = 15_000_000_000L;
    private static final long MIN_SPAN_NANOS = 2_000_000_000L;

    private record Sample(long nanos, long done) {
    }

    private final Deque<Sample> samples = new ArrayDeque<>();
    private final LongSupplier clock;

    public Eta() {
        this(System::nanoTime);
    }

    /** @param clock nanoseconds, as {@link System#nanoTime} */
    Eta(LongSupplier clock) {
        this.clock = clock;
    }

    /** {@code done} units are finished now; sampled at most once a second. */
    public synchronized void record(long done) {
        long now = clock.getAsLong();
        if (!samples.isEmpty() && now - samples.peekLast().nanos() < SAMPLE_NANOS) return;
        samples.addLast(new Sample(now, done));
        while (samples.size() > 2 && now - samples.peekFirst().nanos() > WINDOW_NANOS) samples.removeFirst();
    }

    /** Seconds until {@code total} are done at the recent rate; empty until a rate is known. */
    public synchronized OptionalLong secondsLeft(long done, long total) {
        if (samples.size() < 2) return OptionalLong.empty();
        Sample first = samples.peekFirst();
        Sample last = samples.peekLast();
        long span = last.nanos() - first.nanos();
        long progressed = last.done() - first.done();
        if (span < MIN_SPAN_NANOS || progressed <= 0) return OptionalLong.empty();
        double perSecond = progressed * 1e9 / span;
        return OptionalLong.of((long) Math.ceil(Math.max(0, total - done) / perSecond));
    }

    /** "40 s left", "12 min left", "2 h 5 min left". */
    public static String describe(long seconds) {
        if (seconds < 60) return seconds + " s left";
        if (seconds < 3600) return (seconds + 59) / 60 + " min left";
        return seconds / 3600 + " h " + (seconds % 3600) / 60 + " min left";
    }
}
