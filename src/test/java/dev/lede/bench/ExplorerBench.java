package dev.lede.bench;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.lede.cli.Main;
import dev.lede.model.EntityFilter;
import dev.lede.model.Library;
import dev.lede.tui.ExplorerApp;
import dev.lede.tui.Settings;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The explorer timed the way a person meets it, on Lanterna's virtual terminal: start to first frame,
 * annotations arriving from the cache, keystroke to finished frame, filtering by an entity, and heap.
 * Run by {@code ./bench}; prints one "name: value" line per figure.
 *
 * <p>usage: ExplorerBench CORPUS_DIR XDG_CACHE_HOME [KEYS] — the cache that {@code lede export} filled there
 */
public final class ExplorerBench {

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path cache = Path.of(args[1]);
        int keys = args.length > 2 ? Integer.parseInt(args[2]) : 1000;

        long start = System.nanoTime();
        Main.Opened opened = Main.open(List.of(corpus), "default",  false,
                Map.of("XDG_CACHE_HOME", cache.toString(), "HOME", cache.toString(), "TERM", "xterm-256color"));
        Library library = opened.library();
        long loaded = System.nanoTime();

        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(120, 40));
        Semaphore frames = Frames.countedOn(terminal);
        Settings settings = opened.settings();
        Thread session = new Thread(() -> {
            try {
                new ExplorerApp(library, settings).run(terminal);
            } catch (Exception e) {
                e.printStackTrace();
            }
        }, "bench-session");
        session.setDaemon(true);
        session.start();
        if (!frames.tryAcquire(30, TimeUnit.SECONDS)) throw new IllegalStateException("no first frame");
        long firstFrame = System.nanoTime();
        System.out.printf("documents: %d%n", library.size());
        System.out.printf("load corpus (settings beside it): %.0f ms%n", millis(start, loaded));
        System.out.printf("start to first frame: %.0f ms%n", millis(start, firstFrame));
        System.out.printf("CPU at first frame (JVM start included): %.2f s%n", Frames.firstFrameCpu());
        System.out.printf("JVM start to first frame: %d ms%n", Frames.jvmStartToFirstFrame());

        while (library.annotatedCount() < library.size()) Thread.sleep(5);
        System.out.printf("start to all annotations: %.0f ms%n", millis(start, System.nanoTime()));
        Thread.sleep(300); // let the arrivals settle into the screen
        frames.drainPermits();

        long[] latencies = new long[keys];
        KeyStroke[] cycle = {
            new KeyStroke('j', false, false), new KeyStroke('j', false, false), new KeyStroke(KeyType.Enter),
            new KeyStroke(']', false, false), new KeyStroke('[', false, false), new KeyStroke('k', false, false),
            new KeyStroke(KeyType.Tab), new KeyStroke(KeyType.PageDown), new KeyStroke(KeyType.PageUp),
            new KeyStroke(KeyType.Tab), new KeyStroke(KeyType.Tab), new KeyStroke(KeyType.Tab)};
        int measured = 0;
        for (int i = 0; i < keys; i++) {
            long sent = System.nanoTime();
            terminal.addInput(cycle[i % cycle.length]);
            if (frames.tryAcquire(2, TimeUnit.SECONDS)) {
                latencies[measured++] = System.nanoTime() - sent;
                Thread.sleep(1);
                frames.drainPermits();
            }
        }
        long[] done = Arrays.copyOf(latencies, measured);
        Arrays.sort(done);
        System.out.printf("keystrokes redrawn: %d of %d%n", measured, keys);
        System.out.printf("keystroke to frame p50: %.2f ms%n", done[measured / 2] / 1e6);
        System.out.printf("keystroke to frame p99: %.2f ms%n", done[(int) Math.min(measured - 1, Math.ceil(measured * 0.99) - 1)] / 1e6);
        System.out.printf("keystroke to frame max: %.2f ms%n", done[measured - 1] / 1e6);

        String busiest = library.suggestEntities("", 1).stream().findFirst().map(e -> e.name()).orElse(null);
        if (busiest != null) {
            EntityFilter filter = library.filterNamed(busiest).orElseThrow();
            library.documentsMentioning(filter); // first use may build lazily; time the steady state too
            long f0 = System.nanoTime();
            int matching = library.documentsMentioning(filter).size();
            System.out.printf("filter by \"%s\": %d documents in %.2f ms%n", busiest, matching, millis(f0, System.nanoTime()));
        }

        terminal.addInput(new KeyStroke('q', false, false));
        session.join(5000);
        System.gc();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        System.out.printf("heap after GC: %.0f MB%n", ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0);
        System.out.printf("heap peak (sum of pool peaks): %.0f MB (max heap %d MB)%n", peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576);
        library.close();
    }

    private static double millis(long from, long to) {
        return (to - from) / 1e6;
    }
}
