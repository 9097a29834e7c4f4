package dev.lede.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A quit while the index thread still reads (a warm start sorting its columns, say) closes the index under that read.
 * The read must finish on the files it started with: closed under it, a memory-mapped file is unmapped and the read
 * crashes the JVM (seen in CI as an abort of the test JVM).
 */
class ClosedUnderAReadTest {

    @TempDir
    Path folder;

    @Test
    void aReadUnderWayWhenTheIndexClosesFinishesAndAReadAfterIsRefused() throws Exception {
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(folder), new IndexWriterConfig())) {
            for (int i = 0; i < 50; i++) {
                Document entry = new Document();
                entry.add(new StringField("key", "k" + i, Field.Store.NO));
                entry.add(new StoredField("body", new BytesRef("body of " + i)));
                writer.addDocument(entry);
            }
        }
        IndexFolder index = new IndexFolder(folder, w -> { }, false);
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        CompletableFuture<Integer> read = CompletableFuture.supplyAsync(() -> {
            try {
                return index.read(reader -> {
                    reading.countDown();
                    await(closed);
                    int[] bodies = {0};
                    IndexFolder.forEachStored(reader, "key", "body", (key, body) -> bodies[0]++);
                    return bodies[0];
                });
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        await(reading);
        index.close();
        closed.countDown();

        assertThat(read.get(30, TimeUnit.SECONDS)).isEqualTo(50);
        assertThatThrownBy(() -> index.read(reader -> reader.maxDoc())).isInstanceOf(AlreadyClosedException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
