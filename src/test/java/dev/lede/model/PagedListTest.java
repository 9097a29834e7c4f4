package dev.lede.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.cache.DiskCorpus;
import dev.lede.cache.DiskStorage;
import dev.lede.cache.WriterAnnotator;
import dev.lede.corpus.CorpusLoader;
import dev.lede.corpus.Document;
import dev.lede.corpus.LoadOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The list of a warm start, whose summaries are read from the index in pages, against the same corpus in the heap:
 * the same rows in the same order, the same sorts, failures, dates, duplicates and entity filter.
 */
class PagedListTest {

    @TempDir
    Path corpus;
    @TempDir
    Path cache;

    /** 700 records in one JSON Lines file (three pages; one line not JSON, some titles and dates shared), and folders of .txt files. */
    private void write() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 700; i++) {
            if (i == 300) {
                lines.append("{not json\n");
                continue;
            }
            String date = i % 4 == 0 || i == 10 || i == 650 ? "" : ",\"date\":\"2005-%02d-%02d\"".formatted(1 + i % 12, 1 + i % 28);
            String text = i == 650 ? "Story 10 was told by Writer10." : "Story " + i + " was told by Writer" + (i % 40) + ".";
            lines.append("{\"title\":\"Title %d\",\"text\":\"%s\"%s}\n".formatted(i == 650 ? 10 : i % 250, text, date));
        }
        Files.writeString(corpus.resolve("big.jsonl"), lines);
        Files.createDirectories(corpus.resolve("b/c"));
        Files.writeString(corpus.resolve("b/c/one.txt"), "Alpha\n\nWritten by Writer3.\n");
        Files.writeString(corpus.resolve("b/two.txt"), "beta\n\nWritten by Writer5.\n");
        Files.writeString(corpus.resolve("a.txt"), "Gamma\n\nWritten by Writer3.\n");
    }

    private Library onDisk() throws IOException {
        return new Library(DiskStorage.open(DiskCorpus.open(cache, List.of(corpus), "v1", w -> { }), List.of(corpus), LoadOptions.DEFAULT),
                corpus.toString());
    }

    @Test
    void aWarmListReadFromPagesIsTheListInTheHeap() throws Exception {
        write();
        try (Library first = onDisk()) {
            annotate(first);
        }
        try (Library heap = new Library(new HeapStorage(CorpusLoader.load(List.of(corpus), LoadOptions.DEFAULT)), corpus.toString());
             Library disk = onDisk()) {
            annotate(heap);
            annotate(disk);
            assertThat(disk.size()).isEqualTo(heap.size()).isEqualTo(703);
            for (int i = 0; i < heap.size(); i++) {
                Document h = heap.summary(i);
                assertThat(disk.summary(i)).isEqualTo(new Document(h.id(), h.source(), h.title(), "", h.failure(), h.note(), h.origin()));
                assertThat(disk.document(i).text()).isEqualTo(h.text());
                assertThat(disk.annotationFailure(i)).isEqualTo(heap.annotationFailure(i));
            }
            assertThat(disk.hasDates()).isEqualTo(heap.hasDates()).isTrue();
            List<Integer> all = IntStream.range(0, heap.size()).boxed().toList();
            for (SortOrder order : SortOrder.values()) {
                assertThat(order.sort(all, disk)).as(order.label()).isEqualTo(order.sort(all, heap));
                List<Integer> reversed = new ArrayList<>(all);
                Collections.reverse(reversed);
                assertThat(order.sort(reversed, disk)).as(order.label() + ", ties in the order given").isEqualTo(order.sort(reversed, heap));
            }
            int original = IntStream.range(0, heap.size()).filter(i -> heap.summary(i).id().equals("big.jsonl#11")).findFirst().orElseThrow();
            assertThat(disk.duplicates().copiesOf(original)).isEqualTo(heap.duplicates().copiesOf(original)).hasSize(1);
            EntityFilter writer3 = disk.filterNamed("Writer3").orElseThrow();
            assertThat(disk.documentsMentioning(writer3)).isEqualTo(heap.documentsMentioning(heap.filterNamed("Writer3").orElseThrow()))
                    .hasSizeGreaterThan(10);
        }
    }

    private static void annotate(Library library) throws InterruptedException {
        library.startAnnotating(new WriterAnnotator("v1", 0), 2);
        await(() -> library.annotatedCount() == library.size() && !library.isLinkingBehind() && !library.corpusEntities().all().isEmpty()
                && library.duplicates().copyCount() > 0);
    }

    private static void await(BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("not done in 60 s");
            Thread.sleep(20);
        }
    }
}
