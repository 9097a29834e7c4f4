package dev.lede.bench;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.lede.cli.Main;
import dev.lede.model.Library;
import dev.lede.tui.ExplorerApp;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The explorer opened as a user opens it (with its own cache folder), running on a 120×40 virtual terminal in a
 * session thread, and its first frame drawn: what the large-corpus benches measure from.
 */
record BenchSession(Library library, DefaultVirtualTerminal terminal, Semaphore frames, Thread thread) {

    /** Opens {@code corpus} and waits at most {@code firstFrameSeconds} for the first frame. */
    static BenchSession open(Path corpus, Path cache, long firstFrameSeconds) throws Exception {
        Main.Opened opened = Main.open(List.of(corpus), "default", false,
                Map.of("XDG_CACHE_HOME", cache.toString(), "HOME", cache.toString(), "TERM", "xterm-256color"));
        Library library = opened.library();
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(120, 40));
        Semaphore frames = Frames.countedOn(terminal);
        Thread session = new Thread(() -> {
            try {
                new ExplorerApp(library, opened.settings()).run(terminal);
            } catch (Exception e) {
                e.printStackTrace();
            }
        }, "bench-session");
        session.setDaemon(true);
        session.start();
        if (!frames.tryAcquire(firstFrameSeconds, TimeUnit.SECONDS)) throw new IllegalStateException("no first frame");
        return new BenchSession(library, terminal, frames, session);
    }

    /** Quits the session with {@code q} and closes the library. */
    void quit() throws InterruptedException {
        terminal.addInput(new KeyStroke('q', false, false));
        thread.join(5000);
        library.close();
    }

    /** The heap in use after a full collection, in MB. */
    /**
     * CPU seconds the whole JVM has used since it started (every thread, the JIT and GC included): steadier than
     * wall time on a machine shared with other work.
     */
    static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    static double liveMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
    }
}
