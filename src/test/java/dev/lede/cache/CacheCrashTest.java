package dev.lede.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.cache.CachingAnnotatorTest.CountingAnnotator;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.Annotator;
import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityType;
import dev.lede.nlp.Mention;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cache entry is written to a temporary file and renamed over the entry, so a crash at any moment leaves
 * either the old entry or the new one, whole; a temporary file left by a crash is never read as an entry.
 */
class CacheCrashTest {

    private static final String TEXT = "Blair speaks\n\n\"We will win,\" Tony Blair said.\n";

    @TempDir
    Path cache;

    private Path entryFor(String text) {
        String key = CachingAnnotator.sha256(text);
        return cache.resolve("annotations").resolve("v1").resolve(key.substring(0, 2)).resolve(key + ".json");
    }

    @Test
    void aCrashWhileWritingOrBeforeTheRenameLeavesTheOldEntryInUse() throws IOException {
        Annotation first = new CachingAnnotator(new CountingAnnotator("v1"), cache, w -> { }).annotate(TEXT);
        Path entry = entryFor(TEXT);
        byte[] old = Files.readAllBytes(entry);
        // Killed half way through writing the temp file, and killed after writing one whole but before the rename.
        Files.write(entry.resolveSibling(".entry-111.tmp"), java.util.Arrays.copyOf(old, old.length / 2));
        Files.writeString(entry.resolveSibling(".entry-222.tmp"), new String(old, java.nio.charset.StandardCharsets.UTF_8)
                .replace("Tony Blair\"", "Someone Else\""));

        CountingAnnotator next = new CountingAnnotator("v1");
        Annotation after = new CachingAnnotator(next, cache, w -> { }).annotate(TEXT);

        assertThat(next.calls).as("the old entry was used").hasValue(0);
        assertThat(after).isEqualTo(first);
        assertThat(Files.readAllBytes(entry)).isEqualTo(old);
    }

    @Test
    void aCrashBeforeTheFirstRenameLeavesNoEntryAndTheNextStartWritesIt() throws IOException {
        Path entry = entryFor(TEXT);
        Files.createDirectories(entry.getParent());
        Files.writeString(entry.resolveSibling(".entry-333.tmp"), "{\"format\":1,\"annotator\":\"v1\",\"sha");

        CountingAnnotator next = new CountingAnnotator("v1");
        new CachingAnnotator(next, cache, w -> { }).annotate(TEXT);
        CountingAnnotator third = new CountingAnnotator("v1");
        new CachingAnnotator(third, cache, w -> { }).annotate(TEXT);

        assertThat(next.calls).hasValue(1);
        assertThat(third.calls).as("the entry written after the crash is whole").hasValue(0);
    }

    @Test
    void aRenameThatFailsLeavesNoTempFileAndTheAnnotationStillComes() throws IOException {
        Path entry = entryFor(TEXT);
        Files.createDirectories(entry);
        Files.writeString(entry.resolve("x"), "a folder where the entry should go");
        List<String> warnings = new ArrayList<>();

        Annotation a = new CachingAnnotator(new CountingAnnotator("v1"), cache, warnings::add).annotate(TEXT);

        assertThat(a.entities()).hasSize(1);
        assertThat(warnings).singleElement().asString().contains("cache off");
        try (Stream<Path> files = Files.list(entry.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(entry.getFileName().toString());
        }
    }

    /**
     * The real thing: another JVM writes big entries as fast as it can and is killed (SIGKILL) mid-stream.
     * Every entry it left is whole and used as is; any temp file it left is ignored.
     */
    @Test
    void killingAWriterMidStreamLeavesOnlyWholeEntries() throws Exception {
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Writer.class.getName(), cache.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (entriesWritten() < 3 && System.nanoTime() < deadline && writer.isAlive()) Thread.sleep(20);
        } finally {
            writer.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }

        int whole = 0;
        for (int i = 0; i < Writer.TEXTS; i++) {
            String text = Writer.text(i);
            if (!Files.exists(entryFor(text))) continue;
            CountingAnnotator fresh = new CountingAnnotator("v1");
            new CachingAnnotator(fresh, cache, w -> { }).annotate(text);
            assertThat(fresh.calls).as("entry %d is whole", i).hasValue(0);
            whole++;
        }
        assertThat(whole).isGreaterThanOrEqualTo(3);
    }

    /** Entries the writer has renamed into place so far (it writes them in order). */
    private int entriesWritten() {
        int n = 0;
        while (n < Writer.TEXTS && Files.exists(entryFor(Writer.text(n)))) n++;
        return n;
    }

    /** Writes entries of about a megabyte each, so a kill is likely to land in the middle of one. */
    static final class Writer {

        static final int TEXTS = 10_000;

        static String text(int i) {
            return "Story " + i + "\n\n" + "Tony Blair said. ".repeat(20_000);
        }

        public static void main(String[] args) {
            Annotator big = new Annotator() {
                @Override
                public Annotation annotate(String text) {
                    List<Mention> mentions = new ArrayList<>();
                    for (int at = text.indexOf("Tony Blair"); at >= 0; at = text.indexOf("Tony Blair", at + 1)) {
                        mentions.add(new Mention(at, at + 10, "Tony Blair"));
                    }
                    return new Annotation(List.of(new Entity("e1", "Tony Blair", EntityType.PERSON, List.of(), mentions)), List.of());
                }

                @Override
                public String version() {
                    return "v1";
                }
            };
            CachingAnnotator annotator = new CachingAnnotator(big, Path.of(args[0]), w -> { });
            for (int i = 0; i < TEXTS; i++) annotator.annotate(text(i));
        }
    }
}
