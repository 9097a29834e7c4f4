package dev.lede.bench;

import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.lede.tui.Flushes;
import java.util.concurrent.Semaphore;

/** Counts the frames an explorer finishes on a virtual terminal: one permit per flush. */
final class Frames {

    private Frames() {
    }

    static Semaphore countedOn(DefaultVirtualTerminal terminal) {
        Semaphore frames = new Semaphore(0);
        Flushes.onEach(terminal, frames::release);
        return frames;
    }
}
