package dev.lede.cache;

import dev.lede.nlp.Annotation;
import dev.lede.nlp.Annotator;
import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityType;
import dev.lede.nlp.Mention;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * For tests of the corpus on disk: finds the capitalised words after "by" ("Written by Writer7.") as a person,
 * counts how often it was asked, and can take its time like a real annotator.
 */
public final class WriterAnnotator implements Annotator {
    public final AtomicInteger calls = new AtomicInteger();
    private final String version;
    private final long millisEach;

    public WriterAnnotator(String version, long millisEach) {
        this.version = version;
        this.millisEach = millisEach;
    }

    @Override
    public Annotation annotate(String text) {
        calls.incrementAndGet();
        if (millisEach > 0) {
            try {
                Thread.sleep(millisEach);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        int at = text.indexOf("by ") + 3;
        int end = text.indexOf('.', at);
        String name = text.substring(at, end);
        return new Annotation(List.of(new Entity("e1", name, EntityType.PERSON, List.of(), List.of(new Mention(at, end, name)))), List.of());
    }

    @Override
    public String version() {
        return version;
    }
}
