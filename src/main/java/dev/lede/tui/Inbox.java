package dev.lede.tui;

import com.googlecode.lanterna.input.KeyStroke;
import dev.lede.model.Message;
import java.io.IOException;
import java.util.Queue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * What one session's update loop is waiting for: keys, in a bounded queue, so a flood of input waits at the
 * reading thread instead of growing the heap; and news from the shared library (annotations, notices, index
 * rebuilds) and resizes. The loop sleeps until either comes.
 */
final class Inbox {

    /** Keys read ahead of the update loop at most: far more than a pasted paragraph. */
    static final int KEY_CAPACITY = 4096;

    private final BlockingQueue<KeyStroke> keys = new ArrayBlockingQueue<>(KEY_CAPACITY);
    private final Queue<Message> news = new ConcurrentLinkedQueue<>();
    private final Semaphore signal = new Semaphore(0);
    private volatile IOException failure;

    /** Queues a key, waiting while the queue is full; false if it is still full after {@code millis}. */
    boolean offerKey(KeyStroke key, long millis) throws InterruptedException {
        if (!keys.offer(key, millis, TimeUnit.MILLISECONDS)) return false;
        signal.release();
        return true;
    }

    void post(Message message) {
        news.add(message);
        signal.release();
    }

    /** Wakes the loop with nothing to apply (a resize: the screen notes the new size itself). */
    void wake() {
        signal.release();
    }

    /** The key reader failed: the loop ends the session with this. */
    void fail(IOException e) {
        failure = e;
        signal.release();
    }

    /**
     * Waits until something has come, at most {@code millis}. The wake-ups counted so far are spent at once:
     * the caller then takes what is queued, and whatever comes after this returns wakes the next wait.
     */
    void await(long millis) throws InterruptedException {
        if (signal.tryAcquire(millis, TimeUnit.MILLISECONDS)) signal.drainPermits();
    }

    boolean hasWaiting() {
        return !news.isEmpty() || !keys.isEmpty();
    }

    IOException failure() {
        return failure;
    }

    Message nextNews() {
        return news.poll();
    }

    KeyStroke nextKey() {
        return keys.poll();
    }
}
