package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import com.googlecode.lanterna.terminal.virtual.VirtualTerminalListener;

/** The end of each frame on a virtual terminal (tests, benches, {@code --print-screen}): the explorer flushes once per frame, after drawing all of it. */
public final class Flushes {

    private Flushes() {
    }

    /** Runs {@code atFrameEnd} inside each flush, on the thread that drew the frame. */
    public static void onEach(DefaultVirtualTerminal terminal, Runnable atFrameEnd) {
        terminal.addVirtualTerminalListener(new VirtualTerminalListener() {
            @Override
            public void onFlush() {
                atFrameEnd.run();
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
    }
}
