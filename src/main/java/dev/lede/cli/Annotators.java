package dev.lede.cli;

import dev.lede.cache.CachingAnnotator;
import dev.lede.nlp.Annotator;
import dev.lede.nlp.EnglishAnnotator;
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
}
