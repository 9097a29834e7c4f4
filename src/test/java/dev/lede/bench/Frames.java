package dev.lede.bench;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import com.googlecode.lanterna.terminal.virtual.VirtualTerminalListener;
import java.util.concurrent.Semaphore;

/** Counts the frames an explorer finishes on a virtual terminal: one permit per flush. */
final class Frames {

    private Frames() {
    }

    static Semaphore countedOn(DefaultVirtualTerminal terminal) {
        Semaphore frames = new Semaphore(0);
        terminal.addVirtualTerminalListener(new VirtualTerminalListener() {
            @Override
            public void onFlush() {
                frames.release();
            }

            @Override
            public void onBell() {
            }

            @Override
            public void onClose() {
            }

            @Override
            public void onResized(Terminal t, TerminalSize size) {
            }
        });
        return frames;
    }
}
