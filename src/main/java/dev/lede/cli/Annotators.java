package dev.lede.cli;

import dev.lede.cache.CachingAnnotator;
import dev.lede.corpus.Document;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.Annotator;
import dev.lede.nlp.EnglishAnnotator;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The annotator every command uses: the English pipeline behind the on-disk cache unless told otherwise. */
final class Annotators {

    private Annotators() {
    }

    static Annotator create(boolean noCache, Map<String, String> env, Consumer<String> warn) {
        Annotator english = new EnglishAnnotator();
        return noCache ? english : new CachingAnnotator(english, CachingAnnotator.defaultRoot(env), warn);
    }

    /** Every document's annotation in order (null for a document that failed to load), with progress on stderr. */
    static List<Annotation> annotateAll(List<Document> docs, Annotator annotator, PrintWriter err) {
        try (Progress progress = Progress.onStderr(docs.size(), err)) {
            return docs.parallelStream().map(d -> {
                Annotation a = d.isFailed() ? null : annotator.annotate(d.text());
                progress.step();
                return a;
            }).toList();
        }
    }
}
