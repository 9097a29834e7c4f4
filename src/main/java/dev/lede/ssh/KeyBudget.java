package dev.lede.ssh;

import java.util.List;
import java.util.function.LongSupplier;

/**
 * How many bytes of keys one session may send: a burst big enough for a pasted paragraph, then a steady rate far
 * above any typing or key repeat. Beyond it keys are dropped as they arrive, so a flood never queues up on the server
 * and a flooding session's work stays small; only the app's quit keys and Ctrl-C always pass, so a flooder can still
 * quit at once.
 * While it drops, it also reads no faster than {@link #DRAIN_BYTES_PER_SECOND}: the SSH window (see
 * {@code LedeSshServer}) then fills and the client has to wait, so a flood costs the server little decryption either,
 * and what waits ahead of a {@code q} is at most a window's worth.
 */
final class KeyBudget {

    static final int BURST_BYTES = 8 * 1024;
    static final int BYTES_PER_SECOND = 1024;
    static final int DRAIN_BYTES_PER_SECOND = 256 * 1024;

    private static final byte CTRL_C = 3;

    private final Runnable firstDrop;
    private final boolean[] alwaysPass = new boolean[128];
    private final LongSupplier clock;
    private double available = BURST_BYTES;
    private long refilledNanos;
    private boolean dropped;

    /**
     * @param firstDrop  told once, the first time keys are dropped
     * @param alwaysPass keys by their keys.json names ("q", "Ctrl-x") that pass even then; others are ignored
     */
    KeyBudget(Runnable firstDrop, List<String> alwaysPass) {
        this(firstDrop, alwaysPass, System::nanoTime);
    }

    /** @param clock nanoseconds, as {@link System#nanoTime()} */
    KeyBudget(Runnable firstDrop, List<String> alwaysPass, LongSupplier clock) {
        this.firstDrop = firstDrop;
        this.clock = clock;
        this.refilledNanos = clock.getAsLong();
        this.alwaysPass[CTRL_C] = true;
        for (String name : alwaysPass) {
            int b = oneByte(name);
            if (b >= 0) this.alwaysPass[b] = true;
        }
    }

    /** The one byte a client sends for a key, or -1 when it sends more (arrows, F-keys, Alt-x) or a non-ASCII one. */
    static int oneByte(String keyName) {
        if (keyName.length() == 1 && keyName.charAt(0) > ' ' && keyName.charAt(0) < 127) return keyName.charAt(0);
        if (keyName.length() == 6 && keyName.startsWith("Ctrl-") && Character.isLetter(keyName.charAt(5))) {
            return Character.toLowerCase(keyName.charAt(5)) & 0x1f;
        }
        return switch (keyName) {
            case "Space" -> ' ';
            case "Enter" -> '\n'; // after ICRNL
            case "Tab" -> '\t';
            default -> -1;
        };
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
        long now = clock.getAsLong();
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
            } else if (b >= 0 && alwaysPass[b]) {
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
