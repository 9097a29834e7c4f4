package dev.lede.bench;

import dev.lede.cache.DiskCorpus;
import dev.lede.corpus.CorpusLoader;
import dev.lede.nlp.EnglishAnnotator;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many of a corpus's articles have an annotation in its on-disk index (after a run was killed: what a restart
 * need not annotate again). Used by {@code ./bench --1m}.
 *
 * <p>usage: StoredCount PATH XDG_CACHE_HOME
 */
public final class StoredCount {

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        AtomicInteger articles = new AtomicInteger();
        AtomicInteger stored = new AtomicInteger();
        try (DiskCorpus disk = DiskCorpus.open(Path.of(args[1]).resolve("lede"), List.of(corpus), EnglishAnnotator.currentVersion(), System.err::println)) {
            CorpusLoader.load(List.of(corpus), d -> {
                if (d.isFailed()) return;
                articles.incrementAndGet();
                if (disk.stored(d) != null) stored.incrementAndGet();
            });
        }
        System.out.printf("annotations kept by the killed run: %d of %d articles; a restart annotates the other %d%n",
                stored.get(), articles.get(), articles.get() - stored.get());
    }
}
