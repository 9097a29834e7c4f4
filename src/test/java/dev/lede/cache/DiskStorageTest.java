package dev.lede.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.corpus.Columns;
import dev.lede.corpus.LoadOptions;
import dev.lede.index.TextSearch;
import dev.lede.model.Library;
import dev.lede.nlp.Annotator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus on disk: what a second start finds, what it annotates again, and what a killed run leaves. */
class DiskStorageTest {

    @TempDir
    Path corpus;
    @TempDir
    Path cache;

    static void write(Path folder, int articles) throws IOException {
        for (int i = 0; i < articles; i++) {
            Files.writeString(folder.resolve(String.format("a%04d.txt", i)), "Story " + i + "\n\nWritten by Writer" + i + ".\n");
        }
    }

    /** Opens the corpus as the explorer does, annotates it all with {@code annotator}, and closes it. */
    static Library open(Path corpus, Path cache, String version) throws IOException {
        DiskCorpus disk = DiskCorpus.open(cache, List.of(corpus), version, w -> { });
        return new Library(DiskStorage.open(disk, List.of(corpus), LoadOptions.DEFAULT), corpus.toString());
    }

    /** The document with this id the library lists now (a changed file's new state is added, its old one withdrawn). */
    static int listed(Library library, String id) {
        for (int i = 0; i < library.size(); i++) {
            if (!library.isWithdrawn(i) && library.summary(i).id().equals(id)) return i;
        }
        throw new AssertionError(id + " is not listed");
    }

    private static void annotateAll(Library library, Annotator annotator) throws InterruptedException {
        library.startAnnotating(annotator, 2);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (library.annotatedCount() < library.size() && System.nanoTime() < deadline) Thread.sleep(10);
        assertThat(library.annotatedCount()).isEqualTo(library.size());
    }

    @Test
    void aSecondStartAnnotatesOnlyWhatChanged() throws Exception {
        write(corpus, 20);
        try (Library first = open(corpus, cache, "v1")) {
            annotateAll(first, new WriterAnnotator("v1", 0));
        }
        Path changed = corpus.resolve("a0003.txt");
        Files.writeString(changed, "Story 3, revised\n\nWritten by Someone Else.\n");
        Files.setLastModifiedTime(changed, FileTime.fromMillis(System.currentTimeMillis() + 5_000));

        WriterAnnotator second = new WriterAnnotator("v1", 0);
        try (Library library = open(corpus, cache, "v1")) {
            annotateAll(library, second);
            assertThat(second.calls).hasValue(1);
            int revised = listed(library, "a0003.txt");
            assertThat(library.annotation(revised).entities().get(0).name()).isEqualTo("Someone Else");
            assertThat(library.annotation(listed(library, "a0007.txt")).entities().get(0).name()).isEqualTo("Writer7");
            assertThat(library.document(revised).text()).contains("revised");
        }
    }

    @Test
    void anotherAnnotatorVersionAnnotatesEverythingAgain() throws Exception {
        write(corpus, 10);
        try (Library first = open(corpus, cache, "v1")) {
            annotateAll(first, new WriterAnnotator("v1", 0));
        }
        WriterAnnotator next = new WriterAnnotator("v2", 0);
        try (Library library = open(corpus, cache, "v2")) {
            annotateAll(library, next);
        }
        assertThat(next.calls).hasValue(10);
    }

    @Test
    void textsStayOnDiskUntilAnArticleIsOpenedAndSearchReadsTheIndex() throws Exception {
        write(corpus, 30);
        try (Library library = open(corpus, cache, "v1")) {
            assertThat(library.summary(12).text()).isEmpty();
            assertThat(library.summary(12).title()).isEqualTo("Story 12");
            assertThat(library.document(12).text()).isEqualTo("Story 12\n\nWritten by Writer12.\n");
            TextSearch search = library.textSearch().get(30, TimeUnit.SECONDS);
            assertThat(search.search("writer17", i -> true)).containsExactly(17);
            assertThat(search.search("story", i -> true)).hasSize(30);
            assertThat(search.search("\"by writer17\"", i -> true)).containsExactly(17);
            assertThat(search.search("\"story 12 written\"", i -> true)).containsExactly(12);
        }
    }

    @Test
    void aFileNamedAnotherWayIsTheSameFile() throws Exception {
        Path feed = corpus.resolve("feed.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 5; i++) lines.append("{\"title\": \"Story ").append(i).append("\", \"text\": \"Written by Writer").append(i).append(".\"}\n");
        Files.writeString(feed, lines);
        try (Library first = open(feed, cache, "v1")) {
            annotateAll(first, new WriterAnnotator("v1", 0));
        }
        Path relative = Path.of("").toAbsolutePath().relativize(feed);
        WriterAnnotator again = new WriterAnnotator("v1", 0);
        try (Library library = open(relative, cache, "v1")) {
            assertThat(library.summary(2).id()).isNotEqualTo(feed + "#3").endsWith("feed.jsonl#3");
            annotateAll(library, again);
            assertThat(library.annotation(2).entities().get(0).name()).isEqualTo("Writer2");
        }
        assertThat(again.calls).hasValue(0);
    }

    @Test
    void otherColumnsAreAnotherIndexNotTheTitlesListedLastTime() throws Exception {
        Path feed = corpus.resolve("feed.jsonl");
        Files.writeString(feed, "{\"title\": \"Plain title\", \"headline\": \"The headline\", \"text\": \"Written by Writer1.\"}\n");
        try (Library first = open(feed, cache, "v1")) {
            assertThat(first.summary(0).title()).isEqualTo("Plain title");
        }
        LoadOptions headlines = new LoadOptions(Columns.parse("title=headline"), n -> { });
        DiskCorpus disk = DiskCorpus.open(cache, List.of(feed), headlines.columns(), "v1", w -> { });
        try (Library second = new Library(DiskStorage.open(disk, List.of(feed), headlines), feed.toString())) {
            assertThat(second.summary(0).title()).isEqualTo("The headline");
        }
    }

    @Test
    void anUnreadableIndexIsStartedAfreshAndSaysSo() throws Exception {
        write(corpus, 3);
        try (Library first = open(corpus, cache, "v1")) {
            annotateAll(first, new WriterAnnotator("v1", 0));
        }
        try (var files = Files.walk(cache.resolve("corpus"))) {
            for (Path segments : files.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
                Files.writeString(segments, "not an index");
            }
        }
        List<String> warnings = new java.util.ArrayList<>();
        WriterAnnotator again = new WriterAnnotator("v1", 0);
        DiskStorage storage = DiskStorage.open(DiskCorpus.open(cache, List.of(corpus), "v1", warnings::add), List.of(corpus), LoadOptions.DEFAULT);
        try (Library library = new Library(storage, corpus.toString())) {
            annotateAll(library, again);
            assertThat(library.annotation(1).entities().get(0).name()).isEqualTo("Writer1");
        }
        assertThat(warnings).singleElement().asString().contains("unreadable and is rebuilt");
        assertThat(again.calls).hasValue(3);
    }

    /** A run killed with SIGKILL half-way: the restart annotates only what it had not kept. */
    @Test
    void aKilledRunResumesWhereItStopped() throws Exception {
        write(corpus, 300);
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SlowRun.class.getName(), corpus.toString(), cache.toString())
                .redirectErrorStream(true).start();
        int annotatedBeforeKill = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                annotatedBeforeKill = Integer.parseInt(line.strip());
                if (annotatedBeforeKill >= 120) break;
            }
        } finally {
            run.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        assertThat(annotatedBeforeKill).isBetween(120, 299);

        WriterAnnotator restart = new WriterAnnotator("v1", 0);
        try (Library library = open(corpus, cache, "v1")) {
            annotateAll(library, restart);
            for (int i = 0; i < 300; i++) assertThat(library.annotation(i).entities().get(0).name()).isEqualTo("Writer" + i);
        }
        // Commits come every two seconds: what the killed run did in its last two seconds or so is done again.
        assertThat(restart.calls.get()).isLessThanOrEqualTo(300 - annotatedBeforeKill + 2 * 2 * 1000 / 20 + 20)
                .isGreaterThanOrEqualTo(300 - annotatedBeforeKill);
    }

    /** Annotates slowly (20 ms an article, two threads), printing how many are done, until killed. */
    static final class SlowRun {
        public static void main(String[] args) throws Exception {
            Library library = open(Path.of(args[0]), Path.of(args[1]), "v1");
            library.startAnnotating(new WriterAnnotator("v1", 20), 2);
            while (true) {
                System.out.println(library.annotatedCount());
                System.out.flush();
                Thread.sleep(200);
            }
        }
    }
}
