package dev.lede.bench;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.lede.model.Library;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The explorer opening one large container file under whatever heap the JVM was given: start to first frame, heap
 * then, a key answered, and how far background annotation gets (heap sampled every few seconds) before it ends or
 * the heap runs out. Run by {@code ./bench} with -Xmx512m and -XX:+ExitOnOutOfMemoryError.
 *
 * <p>usage: BigFileBench FILE XDG_CACHE_HOME SECONDS
 */
public final class BigFileBench {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path cache = Path.of(args[1]);
        long seconds = Long.parseLong(args[2]);
        long start = System.nanoTime();
        // A first open of a million-row file stores every text before its first frame (minutes): allowed as long as the run.
        BenchSession bench = BenchSession.open(file, cache, Math.max(120, seconds));
        Library library = bench.library();
        DefaultVirtualTerminal terminal = bench.terminal();
        Semaphore frames = bench.frames();
        System.out.printf("documents: %d%n", library.size());
        System.out.printf("start to first frame: %.0f ms%n", (System.nanoTime() - start) / 1e6);
        System.out.printf("CPU at first frame (JVM start included): %.2f s%n", Frames.firstFrameCpu());
        System.out.printf("JVM start to first frame: %d ms%n", Frames.jvmStartToFirstFrame());
        System.out.printf("heap after GC at first frame: %.0f MB (max heap %d MB)%n", BenchSession.liveMb(),
                Runtime.getRuntime().maxMemory() / 1048576);
        frames.drainPermits();
        long sent = System.nanoTime();
        terminal.addInput(new KeyStroke('j', false, false));
        System.out.printf("first key to frame: %s%n", frames.tryAcquire(10, TimeUnit.SECONDS)
                ? String.format("%.1f ms", (System.nanoTime() - sent) / 1e6) : "no frame within 10 s");
        if (Boolean.getBoolean("bench.sorts")) {
            // -Dbench.settle=SECONDS: sorts measured once the work behind the first frame had that long (warm).
            Thread.sleep(TimeUnit.SECONDS.toMillis(Long.getLong("bench.settle", 0)));
            // S cycles the order: date, title (each made once from every article's summary), then back to path.
            for (String order : new String[] {"date", "title", "quotes", "entities", "path"}) {
                Thread.sleep(200);
                frames.drainPermits();
                sent = System.nanoTime();
                terminal.addInput(new KeyStroke('S', false, false));
                System.out.printf("sort by %s, key to frame: %s%n", order, frames.tryAcquire(120, TimeUnit.SECONDS)
                        ? String.format("%.0f ms", (System.nanoTime() - sent) / 1e6) : "no frame within 120 s");
            }
            System.out.printf("heap after GC, sorted: %.0f MB%n", BenchSession.liveMb());
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (library.annotatedCount() < library.size() && System.nanoTime() < until) {
            Thread.sleep(5000);
            System.out.printf("after %.0f s: %d of %d annotated, heap used %.0f MB%n", (System.nanoTime() - start) / 1e9,
                    library.annotatedCount(), library.size(),
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0);
        }
        System.out.printf("annotated: %d of %d after %.0f s; heap after GC: %.0f MB%n", library.annotatedCount(),
                library.size(), (System.nanoTime() - start) / 1e9, BenchSession.liveMb());
        bench.quit();
    }
}
