package dev.lede.ssh;

/**
 * How many bytes of keys one session may send: a burst big enough for a pasted paragraph, then a steady rate far
 * above any typing or key repeat. Beyond it keys are dropped as they arrive, so a flood never queues up on the server
 * and a flooding session's work stays small; only {@code q} and Ctrl-C always pass, so a flooder can still quit at once.
 * While it drops, it also reads no faster than {@link #DRAIN_BYTES_PER_SECOND}: the SSH window (see
 * {@code LedeSshServer}) then fills and the client has to wait, so a flood costs the server little decryption either,
 * and what waits ahead of a {@code q} is at most a window's worth.
 */
final class KeyBudget {

    static final int BURST_BYTES = 8 * 1024;
    static final int BYTES_PER_SECOND = 1024;
    static final int DRAIN_BYTES_PER_SECOND = 256 * 1024;

    private final Runnable firstDrop;
    private double available = BURST_BYTES;
    private long refilledNanos = System.nanoTime();
    private boolean dropped;

    /** @param firstDrop told once, the first time keys are dropped */
    KeyBudget(Runnable firstDrop) {
        this.firstDrop = firstDrop;
    }

    /** Sleeps on the session's own key thread so that dropping reads at most {@link #DRAIN_BYTES_PER_SECOND}. */
    private static void pace(int droppedBytes) {
        try {
            Thread.sleep(droppedBytes * 1000L / DRAIN_BYTES_PER_SECOND);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Keeps what the budget allows of {@code buffer[offset, offset + count)} in place; returns how many bytes are kept. */
    int admit(byte[] buffer, int offset, int count) {
        long now = System.nanoTime();
        available = Math.min(BURST_BYTES, available + (now - refilledNanos) * BYTES_PER_SECOND / 1e9);
        refilledNanos = now;
        if (available >= count) {
            available -= count;
            return count;
        }
        int kept = offset;
        int droppedNow = 0;
        for (int i = offset; i < offset + count; i++) {
            byte b = buffer[i];
            if (available >= 1) {
                available--;
                buffer[kept++] = b;
            } else if (b == 'q' || b == 3) {
                buffer[kept++] = b;
            } else {
                droppedNow++;
            }
        }
        if (droppedNow > 0) {
            if (!dropped) {
                dropped = true;
                firstDrop.run();
            }
            pace(droppedNow);
        }
        return kept - offset;
    }
}
