package dev.lede.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.corpus.CorpusLoader;
import dev.lede.corpus.Document;
import dev.lede.corpus.LoadOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files' entries saved beside the index: a warm start lists from them exactly what the files and the index
 * list, a file changed between starts is still found, and a saved listing that cannot be trusted is not used.
 */
class ListedFilesTest {

    @TempDir
    Path corpus;
    @TempDir
    Path cache;

    /** Articles in nested folders, one JSON Lines file of several among them. */
    private void write() throws IOException {
        for (int i = 0; i < 30; i++) {
            Path folder = corpus.resolve("f" + (i % 3)).resolve(i % 2 == 0 ? "x" : "y");
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("s%02d.txt".formatted(i)), "Story " + i + "\n\nWritten by Writer" + i + ".\n");
        }
        Files.writeString(corpus.resolve("f1/many.jsonl"), """
                {"title": "One", "text": "First text."}
                not json
                {"title": "Three", "text": "Third text."}
                """);
    }

    private DiskStorage open() throws IOException {
        return DiskStorage.open(DiskCorpus.open(cache, List.of(corpus), "v1", w -> { }), List.of(corpus), LoadOptions.DEFAULT);
    }

    private static List<String> rows(DiskStorage storage) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < storage.size(); i++) {
            if (storage.isWithdrawn(i)) continue;
            Document d = storage.summary(i);
            rows.add(d.id() + " | " + d.title() + " | " + d.source() + " | " + storage.isFailed(i));
        }
        return rows;
    }

    private List<String> readFromTheFiles() {
        List<String> rows = new ArrayList<>();
        CorpusLoader.load(List.of(corpus), LoadOptions.DEFAULT,
                d -> rows.add(d.id() + " | " + d.title() + " | " + d.source() + " | " + d.isFailed()));
        return rows;
    }

    private Path saved() throws IOException {
        try (var found = Files.walk(cache)) {
            return found.filter(p -> p.getFileName().toString().equals("lede-listed-files")).findFirst().orElse(null);
        }
    }

    @Test
    void aWarmStartListsFromTheSavedEntriesWhatTheFilesAndTheIndexList() throws Exception {
        write();
        List<String> expected = readFromTheFiles();
        try (DiskStorage cold = open()) {
            assertThat(rows(cold)).isEqualTo(expected);
        }
        assertThat(saved()).isNotNull();
        try (DiskStorage warm = open()) {
            assertThat(rows(warm)).isEqualTo(expected);
            assertThat(warm.document(3).text()).isNotEmpty();
        }
        Files.delete(saved());
        try (DiskStorage fromIndex = open()) {
            assertThat(rows(fromIndex)).isEqualTo(expected);
            assertThat(fromIndex.checkFiles()).isFalse();
        }
        assertThat(saved()).as("saved again once the files were checked").isNotNull();
        try (DiskStorage warm = open()) {
            assertThat(rows(warm)).isEqualTo(expected);
        }
    }

    @Test
    void aFileChangedBetweenStartsIsFoundAndTheSavedEntriesAreNotUsedAgain() throws Exception {
        write();
        try (DiskStorage cold = open()) {
            assertThat(cold.size()).isEqualTo(33);
        }
        Path changed = corpus.resolve("f1/y/s01.txt");
        Files.writeString(changed, "Changed story\n\nA new text.\n");
        Files.setLastModifiedTime(changed, FileTime.fromMillis(Files.getLastModifiedTime(changed).toMillis() + 5000));
        Files.delete(corpus.resolve("f2/x/s02.txt"));
        try (DiskStorage warm = open()) {
            int old = rows(warm).indexOf("f1/y/s01.txt | Story 1 | " + changed + " | false");
            assertThat(old).isGreaterThanOrEqualTo(0);
            assertThat(warm.document(old).text()).as("never the old text").isEmpty();
            assertThat(warm.checkFiles()).isTrue();
            // The new state is added at the end of the storage (the library puts it in its place by rank).
            assertThat(rows(warm)).containsExactlyInAnyOrderElementsOf(readFromTheFiles());
        }
        assertThat(saved()).isNull();
        try (DiskStorage next = open()) {
            assertThat(rows(next)).isEqualTo(readFromTheFiles());
            assertThat(next.checkFiles()).isFalse();
        }
        assertThat(saved()).isNotNull();
    }

    @Test
    void savedEntriesThatDoNotReadAsSuchAreLeftAndTheIndexLists() throws Exception {
        write();
        try (DiskStorage cold = open()) {
            assertThat(cold.size()).isEqualTo(33);
        }
        byte[] bytes = Files.readAllBytes(saved());
        Files.write(saved(), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        try (DiskStorage warm = open()) {
            assertThat(rows(warm)).isEqualTo(readFromTheFiles());
        }
    }

    /** Killed right after its first load, before any periodic commit: the entries saved are of texts the index holds. */
    @Test
    void theEntriesAreSavedOnlyOnceTheIndexHoldsThem() throws Exception {
        write();
        DiskStorage first = open();
        Path saved;
        try (var found = Files.walk(cache)) {
            saved = found.filter(f -> f.getFileName().toString().equals("lede-listed-files")).findFirst().orElseThrow();
        }
        // What a kill -9 now would leave: the index's last commit, read as a second process would.
        try (var reader = org.apache.lucene.index.DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(saved.getParent()))) {
            assertThat(reader.numDocs()).isGreaterThanOrEqualTo(first.size());
        }
        first.close();
    }
}
