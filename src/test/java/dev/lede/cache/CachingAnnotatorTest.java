package dev.lede.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.nlp.Annotation;
import dev.lede.nlp.Annotator;
import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityType;
import dev.lede.nlp.Mention;
import dev.lede.nlp.Quote;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachingAnnotatorTest {

    private static final String TEXT = "Blair speaks\n\n\"We will win,\" Tony Blair said.\n";

    @TempDir
    Path cache;

    /** Annotates TEXT the same way every time and counts how often it was asked. */
    static final class CountingAnnotator implements Annotator {
        final AtomicInteger calls = new AtomicInteger();
        final String version;

        CountingAnnotator(String version) {
            this.version = version;
        }

        @Override
        public Annotation annotate(String text) {
            calls.incrementAndGet();
            int at = text.indexOf("Tony Blair");
            int q = text.indexOf("We will");
            Entity blair = new Entity("e1", "Tony Blair", EntityType.PERSON, List.of(),
                    List.of(new Mention(at, at + 10, "Tony Blair")));
            return new Annotation(List.of(blair), List.of(new Quote(q, q + 11, text.substring(q, q + 11), "Tony Blair", "e1")));
        }

        @Override
        public String version() {
            return version;
        }
    }

    @Test
    void aSecondStartAnnotatesNothing() {
        CountingAnnotator first = new CountingAnnotator("v1");
        Annotation computed = new CachingAnnotator(first, cache, w -> { }).annotate(TEXT);

        CountingAnnotator second = new CountingAnnotator("v1");
        Annotation cached = new CachingAnnotator(second, cache, w -> { }).annotate(TEXT);

        assertThat(first.calls).hasValue(1);
        assertThat(second.calls).hasValue(0);
        assertThat(cached).isEqualTo(computed);
    }

    @Test
    void anotherAnnotatorVersionRecomputes() {
        new CachingAnnotator(new CountingAnnotator("v1"), cache, w -> { }).annotate(TEXT);
        CountingAnnotator newer = new CountingAnnotator("v2");
        new CachingAnnotator(newer, cache, w -> { }).annotate(TEXT);
        assertThat(newer.calls).hasValue(1);
    }

    @Test
    void aCorruptEntryIsRecomputedAndRepaired() throws IOException {
        new CachingAnnotator(new CountingAnnotator("v1"), cache, w -> { }).annotate(TEXT);
        Path entry = onlyEntry();
        Files.writeString(entry, "{\"format\":1,\"annot");

        CountingAnnotator again = new CountingAnnotator("v1");
        Annotation a = new CachingAnnotator(again, cache, w -> { }).annotate(TEXT);
        assertThat(again.calls).hasValue(1);
        assertThat(a.quotes()).hasSize(1);

        CountingAnnotator third = new CountingAnnotator("v1");
        new CachingAnnotator(third, cache, w -> { }).annotate(TEXT);
        assertThat(third.calls).as("the corrupt entry was replaced by a good one").hasValue(0);
    }

    @Test
    void aForeignEntryWhoseOffsetsDoNotFitIsNotTrusted() throws IOException {
        new CachingAnnotator(new CountingAnnotator("v1"), cache, w -> { }).annotate(TEXT);
        Path entry = onlyEntry();
        Files.writeString(entry, Files.readString(entry).replace("\"end\":", "\"end\":1").replace("Tony Blair\"", "Tony Blaix\""));

        CountingAnnotator again = new CountingAnnotator("v1");
        Annotation a = new CachingAnnotator(again, cache, w -> { }).annotate(TEXT);
        assertThat(again.calls).hasValue(1);
        assertThat(a.entities().get(0).mentions().get(0).text()).isEqualTo("Tony Blair");
    }

    @Test
    void anUnwritableCacheDegradesToMemoryWithOneWarning() throws IOException {
        Path blocked = cache.resolve("not-a-folder");
        Files.writeString(blocked, "a file where the cache folder should be");
        List<String> warnings = new ArrayList<>();
        CountingAnnotator inner = new CountingAnnotator("v1");
        CachingAnnotator annotator = new CachingAnnotator(inner, blocked, warnings::add);

        Annotation a = annotator.annotate(TEXT);
        annotator.annotate(TEXT + " more");

        assertThat(a.entities()).hasSize(1);
        assertThat(inner.calls).hasValue(2);
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).contains("cache off");
    }

    private Path onlyEntry() throws IOException {
        try (Stream<Path> files = Files.walk(cache)) {
            List<Path> entries = files.filter(p -> p.toString().endsWith(".json")).toList();
            assertThat(entries).hasSize(1);
            return entries.get(0);
        }
    }
}
