package dev.lede.cli;

import dev.lede.cache.CachingAnnotator;
import dev.lede.cache.DiskCorpus;
import dev.lede.cache.DiskStorage;
import dev.lede.corpus.CorpusLoader;
import dev.lede.corpus.LoadOptions;
import dev.lede.model.CorpusStorage;
import dev.lede.model.HeapStorage;
import dev.lede.corpus.Document;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.Annotator;
import dev.lede.nlp.EnglishAnnotator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/** The annotator every command uses: the English pipeline behind the on-disk cache unless told otherwise. */
final class Annotators {

    private Annotators() {
    }

    static Annotator create(boolean noCache, Map<String, String> env, Consumer<String> warn) {
        Annotator english = new EnglishAnnotator();
        return noCache ? english : new CachingAnnotator(english, CachingAnnotator.defaultRoot(env), warn);
    }

    /** A document's annotation, from the corpus index when it has one, else annotated (and kept there). */
    interface ForDocuments extends AutoCloseable {
        Annotation of(Document d);

        @Override
        void close();
    }

    /**
     * Annotations for {@code lede export}: kept in the on-disk corpus index of these inputs, so an export stopped
     * half-way resumes; when that index cannot be opened (another Lede uses it), the per-text cache instead.
     */
    static ForDocuments forDocuments(boolean noCache, List<Path> paths, LoadOptions options, Map<String, String> env,
            Consumer<String> warn) {
        EnglishAnnotator.loadModelsInBackground(); // while this thread loads the word lists and opens the index
        Annotator english = new EnglishAnnotator();
        if (!noCache) {
            try {
                DiskCorpus corpus = DiskCorpus.open(CachingAnnotator.defaultRoot(env), paths, options.columns(), english.version(), warn);
                // In an index with no annotation of this version at open, an article asked for the first time has
                // nothing to find: a cold export looks nothing up and adds rather than replaces. Asked again for its
                // first article, the export is going over the corpus again (a second pass): from then on every
                // article is looked up, and what the first pass kept is found (at most the few articles already in
                // flight are annotated again).
                AtomicBoolean lookUp = new AtomicBoolean(corpus.keptAnnotations());
                AtomicReference<String> first = new AtomicReference<>();
                return new ForDocuments() {
                    @Override
                    public Annotation of(Document d) {
                        if (!lookUp.get()) {
                            String key = d.source() + "\u0000" + d.id();
                            if (!first.compareAndSet(null, key) && first.get().equals(key)) lookUp.set(true);
                        }
                        boolean looked = lookUp.get();
                        Annotation a = looked ? corpus.stored(d) : null;
                        if (a == null) {
                            a = english.annotate(d.text());
                            if (looked) corpus.store(d, a);
                            else corpus.add(d, a);
                        }
                        return a;
                    }

                    @Override
                    public void close() {
                        corpus.close();
                    }
                };
            } catch (IOException e) {
                warn.accept(inMemory(e));
            }
        }
        Annotator annotator = noCache ? english : new CachingAnnotator(english, CachingAnnotator.defaultRoot(env), warn);
        return new ForDocuments() {
            @Override
            public Annotation of(Document d) {
                return annotator.annotate(d.text());
            }

            @Override
            public void close() {
            }
        };
    }

    /**
     * The explorer's corpus: loaded into the on-disk corpus index of these inputs (texts written there the first
     * time, then read when an article is opened; a second start lists it from there without reading a file), or, with {@code noCache} or when that index cannot be opened,
     * into the heap.
     */
    static CorpusStorage load(List<Path> paths, LoadOptions options, boolean noCache, Map<String, String> env,
            Consumer<String> warn) {
        if (!noCache) {
            try {
                DiskCorpus corpus = DiskCorpus.open(CachingAnnotator.defaultRoot(env), paths, options.columns(),
                        EnglishAnnotator.currentVersion(), warn);
                return DiskStorage.open(corpus, paths, options);
            } catch (IOException | UncheckedIOException e) {
                warn.accept(inMemory(e));
            }
        }
        return new HeapStorage(CorpusLoader.load(paths, options));
    }

    /** Whether annotations of this storage are kept by it (on disk), so the annotator needs no cache of its own. */
    static boolean keepsAnnotations(CorpusStorage storage) {
        return storage instanceof DiskStorage;
    }

    private static String inMemory(Exception e) {
        return "corpus index not opened (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                + "); this run keeps the corpus in memory";
    }

    /** Every document's annotation in order (null for a document that failed to load), with progress on stderr. */
    static List<Annotation> annotateAll(List<Document> docs, ForDocuments annotator, PrintWriter err) {
        try (Progress progress = Progress.onStderr(docs.size(), err)) {
            return java.util.stream.IntStream.range(0, docs.size()).parallel().mapToObj(i -> {
                Document d = docs.get(i);
                Annotation a = null;
                if (!d.isFailed()) {
                    try {
                        a = annotator.of(d);
                    } catch (RuntimeException e) {
                        docs.set(i, notAnnotated(d, e));
                    }
                }
                progress.step();
                return a;
            }).toList();
        }
    }

    /**
     * An article the annotator failed on, as a document that could not be read, saying why: one article must not end
     * an export of all the others.
     */
    static Document notAnnotated(Document d, RuntimeException e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return Document.failed(d.id(), d.source(), "annotation failed: " + why);
    }
}
