package dev.lede.bench;

import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.lede.tui.Flushes;
import java.util.concurrent.Semaphore;

/** Counts the frames an explorer finishes on a virtual terminal: one permit per flush. */
final class Frames {

    private Frames() {
    }

    /** The JVM's CPU seconds when the first frame was flushed (read on the drawing thread, before the bench wakes). */
    private static volatile double firstFrameCpu = -1;

    static Semaphore countedOn(DefaultVirtualTerminal terminal) {
        Semaphore frames = new Semaphore(0);
        Flushes.onEach(terminal, () -> {
            if (firstFrameCpu < 0) firstFrameCpu = BenchSession.cpuSeconds();
            frames.release();
        });
        return frames;
    }

    static double firstFrameCpu() {
        return firstFrameCpu;
    }
}
