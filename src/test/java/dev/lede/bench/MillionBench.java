package dev.lede.bench;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.lede.index.CorpusEntity;
import dev.lede.index.TextSearch;
import dev.lede.model.EntityFilter;
import dev.lede.model.Library;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The done-when figures of the on-disk corpus, on whatever corpus and heap it is given (./bench --1m runs it under
 * -Xmx512m on the generated articles, after one open has filled the index): start to first frame, heap, time until
 * every stored annotation is published, filter by an entity, corpus search, keystroke to frame, and {@code f}
 * type-ahead per key.
 *
 * <p>usage: MillionBench PATH XDG_CACHE_HOME [KEYS]
 */
public final class MillionBench {

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path cache = Path.of(args[1]);
        int keys = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        long start = System.nanoTime();
        BenchSession bench = BenchSession.open(corpus, cache, 600);
        Library library = bench.library();
        DefaultVirtualTerminal terminal = bench.terminal();
        Semaphore frames = bench.frames();
        System.out.printf("documents: %d%n", library.size());
        System.out.printf("start to first frame: %.0f ms%n", millis(start));
        System.out.printf("heap after GC at first frame: %.0f MB (max heap %d MB)%n", BenchSession.liveMb(), Runtime.getRuntime().maxMemory() / 1048576);
        while (library.annotatedCount() < library.size()) Thread.sleep(100);
        System.out.printf("start to every annotation published: %.0f ms%n", millis(start));
        TextSearch search = library.textSearch().get(600, TimeUnit.SECONDS);
        System.out.printf("start to search index open: %.0f ms%n", millis(start));
        while (library.isLinkingBehind() || library.corpusEntities().all().isEmpty()) Thread.sleep(100);
        System.out.printf("start to every article linked: %.0f ms%n", millis(start));
        System.out.printf("heap after GC, all annotated and linked: %.0f MB%n", BenchSession.liveMb());
        // -Dbench.settle=SECONDS: what follows is timed once the work behind the first frame (the sort columns, made
        // from every summary) had that long, as for a user who opened the corpus a minute ago.
        Thread.sleep(TimeUnit.SECONDS.toMillis(Long.getLong("bench.settle", 0)));

        List<CorpusEntity> busiest = library.suggestEntities("", 20);
        if (!busiest.isEmpty()) {
            EntityFilter filter = EntityFilter.of(busiest.get(0));
            long[] took = new long[20];
            int found = 0;
            for (int i = 0; i < took.length; i++) {
                long t0 = System.nanoTime();
                found = library.documentsMentioning(filter).size();
                took[i] = System.nanoTime() - t0;
            }
            System.out.printf("filter by \"%s\": %d documents, median %.1f ms, max %.1f ms (20 runs)%n", busiest.get(0).name(), found,
                    median(took), Arrays.stream(took).max().orElse(0) / 1e6);
        }
        // Each query as a user meets it (the search warmed itself when it opened: it read the files searches need);
        // the worst case, the page cache emptied before each, comes last: emptying it slows the keys timed below.
        List<String> queries = List.of("economy", "\"prime minister\"", "film award -oscar", "champion*", "mobile phone");
        for (String query : queries) {
            long t0 = System.nanoTime();
            int hits = search.search(query, i -> true).size();
            System.out.printf("search %s: %d hits in %.1f ms%n", query, hits, millis(t0));
        }
        frames.drainPermits();
        KeyStroke[] cycle = {key('j'), key('j'), new KeyStroke(KeyType.Enter), key(']'), key('['), key('k'),
            new KeyStroke(KeyType.Tab), new KeyStroke(KeyType.PageDown), new KeyStroke(KeyType.PageUp),
            new KeyStroke(KeyType.Tab), new KeyStroke(KeyType.Tab), new KeyStroke(KeyType.Tab)};
        List<KeyStroke> browsing = new ArrayList<>();
        for (int i = 0; i < keys; i++) browsing.add(cycle[i % cycle.length]);
        long[] inOrder = inOrder(terminal, frames, browsing);
        report("keystroke to frame", sorted(inOrder));
        for (int k = 0; k < cycle.length; k++) {
            List<Long> ofKey = new ArrayList<>();
            for (int i = k; i < inOrder.length; i += cycle.length) if (inOrder[i] >= 0) ofKey.add(inOrder[i]);
            report("  of which " + cycle[k].getKeyType() + (cycle[k].getCharacter() == null ? "" : " " + cycle[k].getCharacter())
                    + " (key " + (k + 1) + " of the cycle)", ofKey.stream().mapToLong(Long::longValue).sorted().toArray());
        }

        List<KeyStroke> typing = new ArrayList<>();
        for (String name : busiest.stream().map(CorpusEntity::name).toList()) {
            typing.add(key('f'));
            for (char c : name.substring(0, Math.min(6, name.length())).toCharArray()) typing.add(key(c));
            typing.add(new KeyStroke(KeyType.Escape));
        }
        report("f type-ahead, key to frame", timed(terminal, frames, typing));

        // The filter as a user applies it: f, the busiest entities' names typed, then Enter (timed) and Esc (timed).
        List<Long> applied = new ArrayList<>();
        List<Long> removed = new ArrayList<>();
        for (CorpusEntity e : busiest) {
            List<KeyStroke> name = new ArrayList<>(List.of(key('f')));
            for (char c : e.name().toCharArray()) name.add(key(c));
            timed(terminal, frames, name);
            for (long t : timed(terminal, frames, List.of(new KeyStroke(KeyType.Enter)))) applied.add(t);
            for (long t : timed(terminal, frames, List.of(new KeyStroke(KeyType.Escape)))) removed.add(t);
        }
        report("filter by an entity (Enter in f), key to frame", applied.stream().mapToLong(Long::longValue).sorted().toArray());
        report("filter removed (Esc), key to frame", removed.stream().mapToLong(Long::longValue).sorted().toArray());

        // As after a while of other work on a machine short of memory: the pages Lede has not mapped come from disk.
        for (String query : queries) {
            boolean fromDisk = dropPageCache();
            long t0 = System.nanoTime();
            search.search(query, i -> true);
            System.out.printf("search %s %s: %.1f ms%n", query,
                    fromDisk ? "right after the page cache was emptied" : "(page cache not emptied: not root)", millis(t0));
        }
        bench.quit();
    }

    /** Empties the kernel's page cache (Linux, as root); false when this process may not. */
    private static boolean dropPageCache() {
        try {
            new ProcessBuilder("sync").inheritIO().start().waitFor();
            Files.write(Path.of("/proc/sys/vm/drop_caches"), "1".getBytes(StandardCharsets.US_ASCII), StandardOpenOption.WRITE);
            return true;
        } catch (IOException | SecurityException notAllowed) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static KeyStroke key(char c) {
        return new KeyStroke(c, false, false);
    }

    private static long[] timed(DefaultVirtualTerminal terminal, Semaphore frames, List<KeyStroke> keys) throws InterruptedException {
        return sorted(inOrder(terminal, frames, keys));
    }

    /** Each key's latency to its frame, in the order sent; -1 for a key that drew no frame within 5 s. */
    private static long[] inOrder(DefaultVirtualTerminal terminal, Semaphore frames, List<KeyStroke> keys) throws InterruptedException {
        long[] latencies = new long[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            long sent = System.nanoTime();
            terminal.addInput(keys.get(i));
            latencies[i] = -1;
            if (frames.tryAcquire(5, TimeUnit.SECONDS)) {
                latencies[i] = System.nanoTime() - sent;
                Thread.sleep(1);
                frames.drainPermits();
            }
        }
        return latencies;
    }

    /** The latencies of keys that drew a frame, ascending. */
    private static long[] sorted(long[] latencies) {
        return Arrays.stream(latencies).filter(t -> t >= 0).sorted().toArray();
    }

    private static void report(String what, long[] sorted) {
        if (sorted.length == 0) {
            System.out.printf("%s: no frames%n", what);
            return;
        }
        int n = sorted.length;
        System.out.printf("%s over %d keys: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", what, n, sorted[n / 2] / 1e6,
                sorted[(int) Math.min(n - 1, Math.ceil(n * 0.99) - 1)] / 1e6, sorted[n - 1] / 1e6);
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double millis(long from) {
        return (System.nanoTime() - from) / 1e6;
    }
}
