package dev.lede.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.cli.Main;
import dev.lede.corpus.Columns;
import dev.lede.corpus.LoadOptions;
import dev.lede.model.Library;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index opened in two steps: a warm start reads without a writer; a second Lede on the same index still opens. */
class IndexFolderTest {

    @TempDir
    Path corpus;
    @TempDir
    Path cache;

    @Test
    void aWarmStartOfAnAnnotatedCorpusReadsEverythingWithoutOpeningTheWriter() throws Exception {
        DiskStorageTest.write(corpus, 12);
        try (Library first = DiskStorageTest.open(corpus, cache, "v1")) {
            first.startAnnotating(new WriterAnnotator("v1", 0), 2);
            await(() -> first.annotatedCount() == first.size() && !first.isLinkingBehind() && !first.corpusEntities().all().isEmpty());
        }
        DiskCorpus disk = DiskCorpus.open(cache, List.of(corpus), "v1", w -> { });
        WriterAnnotator none = new WriterAnnotator("v1", 0);
        try (Library warm = new Library(DiskStorage.open(disk, List.of(corpus), LoadOptions.DEFAULT), corpus.toString())) {
            warm.startAnnotating(none, 2);
            await(() -> warm.annotatedCount() == warm.size() && !warm.corpusEntities().all().isEmpty());
            assertThat(warm.document(5).text()).isEqualTo("Story 5\n\nWritten by Writer5.\n");
            assertThat(warm.annotation(5).entities().get(0).name()).isEqualTo("Writer5");
            assertThat(warm.textSearch().get(30, TimeUnit.SECONDS).search("writer7", i -> true)).hasSize(1);
            assertThat(none.calls).hasValue(0);
            assertThat(disk.writing()).isFalse();
        }
    }

    @Test
    void aSecondLedeOnTheSameIndexOpensWithTheCorpusInItsHeapAndSaysSo() throws Exception {
        DiskStorageTest.write(corpus, 12);
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString(), "HOME", cache.toString());
        try (Library first = Main.open(List.of(corpus), "default", false, env).library()) {
            assertThatThrownBy(() -> DiskCorpus.open(cache.resolve("lede"), List.of(corpus), dev.lede.nlp.EnglishAnnotator.currentVersion(), w -> { }))
                    .isInstanceOf(IOException.class);
            try (Library second = Main.open(List.of(corpus), "default", false, env).library()) {
                assertThat(second.notices()).anyMatch(n -> n.contains("this run keeps the corpus in memory"));
                assertThat(second.size()).isEqualTo(first.size()).isEqualTo(12);
                for (int i = 0; i < 12; i++) assertThat(second.summary(i).id()).isEqualTo(first.summary(i).id());
                assertThat(second.document(3).text()).isEqualTo(first.document(3).text());
            }
        }
        // Once the first has closed, the index opens again (the lock was let go).
        try (DiskCorpus again = DiskCorpus.open(cache.resolve("lede"), List.of(corpus), dev.lede.nlp.EnglishAnnotator.currentVersion(), w -> { })) {
            List<StoredFile> files = new java.util.ArrayList<>();
            again.listing().forEachFile(files::add);
            assertThat(files).hasSize(12);
        }
    }

    @Test
    void anIndexOfAnEarlierLayoutIsDeletedUnlessAnotherLedeHasItOpen() throws Exception {
        DiskStorageTest.write(corpus, 3);
        Path earlier = IndexFolder.of(cache, "1", List.of(corpus), Columns.COMMON_NAMES);
        Path inUse = IndexFolder.of(cache, "2", List.of(corpus), Columns.COMMON_NAMES);
        Path otherInputs = IndexFolder.of(cache, "1", List.of(cache), Columns.COMMON_NAMES);
        for (Path folder : List.of(earlier, inUse, otherInputs)) {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("_0.cfs"), "an old segment");
        }
        try (FolderLock held = FolderLock.take(inUse);
                DiskCorpus opened = DiskCorpus.open(cache, List.of(corpus), "v1", w -> { })) {
            assertThat(earlier).doesNotExist();
            assertThat(inUse.resolve("_0.cfs")).exists();
            assertThat(otherInputs.resolve("_0.cfs")).exists();
        }
    }

    private static void await(java.util.function.BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("not done in 30 s");
            Thread.sleep(20);
        }
    }
}
