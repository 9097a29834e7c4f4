package dev.lede.bench;

import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.lede.tui.Flushes;
import java.lang.management.ManagementFactory;
import java.util.concurrent.Semaphore;

/** Counts the frames an explorer finishes on a virtual terminal: one permit per flush. */
final class Frames {

    private Frames() {
    }

    /** The JVM's CPU seconds when the first frame was flushed (read on the drawing thread, before the bench wakes). */
    private static volatile double firstFrameCpu = -1;
    /** When the first frame was flushed (wall clock, ms). */
    private static volatile long firstFrameAt;

    static Semaphore countedOn(DefaultVirtualTerminal terminal) {
        Semaphore frames = new Semaphore(0);
        Flushes.onEach(terminal, () -> {
            if (firstFrameCpu < 0) {
                firstFrameAt = System.currentTimeMillis();
                firstFrameCpu = BenchSession.cpuSeconds();
            }
            frames.release();
        });
        return frames;
    }

    static double firstFrameCpu() {
        return firstFrameCpu;
    }

    /** Milliseconds from the JVM's start (as the JVM records it, before main) to the first frame's flush. */
    static long jvmStartToFirstFrame() {
        return firstFrameAt - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
