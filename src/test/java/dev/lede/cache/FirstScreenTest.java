package dev.lede.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.corpus.Document;
import dev.lede.corpus.LoadOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first screen saved beside the index: a warm start draws its rows and first text without opening the index,
 * exactly as the index would give them; one of another commit, damaged or missing is not used, and says nothing.
 */
class FirstScreenTest {

    @TempDir
    Path corpus;
    @TempDir
    Path cache;
    private final List<String> warnings = new ArrayList<>();

    /** More articles than the saved rows, so a list past them needs the listing. */
    private static final int ARTICLES = FirstRows.ROWS + 44;

    /** The index the last {@link #open} opened. */
    private DiskCorpus index;

    private DiskStorage open() throws IOException {
        index = DiskCorpus.open(cache, List.of(corpus), "v1", warnings::add);
        return DiskStorage.open(index, List.of(corpus), LoadOptions.DEFAULT);
    }

    private Path beside(String name) throws IOException {
        try (var found = Files.walk(cache)) {
            return found.filter(p -> p.getFileName().toString().equals("lede-listed-files")).findFirst()
                    .map(p -> p.resolveSibling(name)).orElseThrow();
        }
    }

    private static List<String> rows(DiskStorage storage, int from, int to) {
        List<String> rows = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Document d = storage.summary(i);
            rows.add(d.id() + " | " + d.title() + " | " + d.source() + " | " + d.origin() + " | " + storage.isFailed(i));
        }
        return rows;
    }

    /** The rows and first text as the index gives them: read with the first screen deleted. */
    private List<String> fromTheIndex() throws IOException {
        Path first = beside("lede-first-screen");
        Path kept = first.resolveSibling("kept");
        Files.move(first, kept);
        try (DiskStorage listed = open()) {
            List<String> rows = rows(listed, 0, listed.size());
            rows.add(listed.document(0).text());
            return rows;
        } finally {
            Files.move(kept, first, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void aWarmStartDrawsTheSavedRowsWithoutOpeningTheIndexAndTheyAreTheIndexs() throws Exception {
        DiskStorageTest.write(corpus, ARTICLES);
        try (DiskStorage cold = open()) {
            assertThat(cold.size()).isEqualTo(ARTICLES);
        }
        assertThat(beside("lede-first-screen")).isRegularFile();
        List<String> expected = fromTheIndex();

        try (DiskStorage warm = open()) {
            List<String> drawn = new ArrayList<>(rows(warm, 0, FirstRows.ROWS));
            drawn.add(warm.document(0).text());
            assertThat(warm.size()).isEqualTo(ARTICLES);
            assertThat(warm.hasDates()).isFalse();
            assertThat(index.reading()).as("the index opened for the first screen").isFalse();
            assertThat(drawn.subList(0, FirstRows.ROWS)).isEqualTo(expected.subList(0, FirstRows.ROWS));
            assertThat(drawn.get(FirstRows.ROWS)).isEqualTo(expected.get(ARTICLES)).contains("Writer0");

            // Past the saved rows, the index is read.
            assertThat(rows(warm, FirstRows.ROWS, ARTICLES)).isEqualTo(expected.subList(FirstRows.ROWS, ARTICLES));
            assertThat(index.reading()).isTrue();
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void aFirstScreenOfAnotherCommitIsNotDrawnFrom() throws Exception {
        DiskStorageTest.write(corpus, 3);
        try (DiskStorage cold = open()) {
            assertThat(cold.summary(0).title()).isEqualTo("Story 0");
        }
        Path first = beside("lede-first-screen");
        Path entries = beside("lede-listed-files");
        byte[] oldFirst = Files.readAllBytes(first);
        byte[] oldEntries = Files.readAllBytes(entries);
        Files.writeString(corpus.resolve("a0000.txt"), "Story zero, retitled\n\nA longer text now.\n");
        try (DiskStorage changed = open()) {
            assertThat(changed.checkFiles()).isTrue();
            // Deleted before the check's first write to the index: a run killed after it never leaves them behind.
            assertThat(first).doesNotExist();
            assertThat(entries).doesNotExist();
        }
        // As a run of an older Lede, or a copy, might leave them: saved at a commit the index has left.
        Files.write(first, oldFirst);
        Files.write(entries, oldEntries);
        try (DiskStorage warm = open()) {
            assertThat(index.reading()).as("the index opened before the first frame").isTrue();
            for (int i = 0; i < warm.size(); i++) assertThat(warm.summary(i).title()).isNotEqualTo("Story 0");
            assertThat(warm.document(0).text()).doesNotContain("Written by Writer0");
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void aDamagedOrMissingFirstScreenIsReadFromTheIndexSayingNothing() throws Exception {
        DiskStorageTest.write(corpus, 5);
        try (DiskStorage cold = open()) {
            assertThat(cold.size()).isEqualTo(5);
        }
        List<String> expected = fromTheIndex();
        Path first = beside("lede-first-screen");
        byte[] saved = Files.readAllBytes(first);
        Files.write(first, java.util.Arrays.copyOf(saved, saved.length / 2)); // cut short, as by a full disk
        for (int run = 0; run < 2; run++) {
            try (DiskStorage warm = open()) {
                List<String> drawn = rows(warm, 0, warm.size());
                drawn.add(warm.document(0).text());
                assertThat(drawn).isEqualTo(expected);
            }
            Files.deleteIfExists(first);
        }
        assertThat(warnings).isEmpty();
    }

    @Test
    void aRunThatCommitsWritesTheFirstScreenAgainAtItsLastCommit() throws Exception {
        DiskStorageTest.write(corpus, 4);
        try (DiskStorage cold = open()) {
            assertThat(cold.size()).isEqualTo(4);
        }
        try (DiskStorage annotating = open()) {
            annotating.store(1, dev.lede.nlp.Annotation.EMPTY); // a commit at close: the index is at a new commit
        }
        try (DiskStorage warm = open()) {
            assertThat(warm.summary(2).title()).isEqualTo("Story 2");
            assertThat(index.reading()).isFalse();
            assertThat(warm.stored(1)).isEqualTo(dev.lede.nlp.Annotation.EMPTY);
        }
    }

    /**
     * As `lede export` keeps annotations: of unchanged files, the saved entries stay (the first screen, of an older
     * commit now, is not drawn from); of a changed one, both go before its write.
     */
    @Test
    void anExportKeepsTheSavedEntriesUnlessItMeetsAChangedFile() throws Exception {
        DiskStorageTest.write(corpus, 3);
        try (DiskStorage cold = open()) {
            assertThat(cold.size()).isEqualTo(3);
        }
        List<Document> documents = dev.lede.corpus.CorpusLoader.load(List.of(corpus), LoadOptions.DEFAULT);
        try (DiskCorpus export = DiskCorpus.open(cache, List.of(corpus), "v1", warnings::add)) {
            for (Document d : documents) export.store(d, dev.lede.nlp.Annotation.EMPTY);
        }
        assertThat(beside("lede-first-screen")).isRegularFile();
        try (DiskStorage warm = open()) {
            assertThat(index.reading()).as("a first screen of an older commit").isTrue();
            assertThat(warm.summary(0).title()).isEqualTo("Story 0");
            assertThat(warm.checkFiles()).isFalse();
        }
        try (DiskStorage again = open()) {
            assertThat(again.summary(0).title()).isEqualTo("Story 0");
            assertThat(index.reading()).as("its check saved the first screen again").isFalse();
        }

        Files.writeString(corpus.resolve("a0001.txt"), "Story one, retitled\n\nA longer text now.\n");
        Document changed = dev.lede.corpus.CorpusLoader.load(List.of(corpus), LoadOptions.DEFAULT).get(1);
        try (DiskCorpus export = DiskCorpus.open(cache, List.of(corpus), "v1", warnings::add)) {
            export.store(changed, dev.lede.nlp.Annotation.EMPTY); // deletes the file's old entries: the listing changes
            try (var saved = Files.walk(cache)) {
                assertThat(saved.map(p -> p.getFileName().toString())).doesNotContain("lede-first-screen", "lede-listed-files");
            }
        }
        assertThat(warnings).isEmpty();
    }
}
