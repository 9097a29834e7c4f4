package dev.lede.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.corpus.Document;
import dev.lede.corpus.Origin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Summaries kept in pages: what is read back is what was written, a page evicted is read again, and equal. */
class SummaryPagesTest {

    private static final int ARTICLES = 1000;

    /** A file of 1,000 articles in the state "s1", its pages in a map; counts the pages read. */
    private final Map<Integer, BytesRef> stored = new HashMap<>();
    private final AtomicInteger reads = new AtomicInteger();
    private final List<Document> written = new ArrayList<>();
    private final StoredFile file = new StoredFile("/data/big.jsonl", "s1", "big.jsonl", "big.jsonl", "big.jsonl#1", ARTICLES,
            true, new int[] {7}, "#1", null, null);

    SummaryPagesTest() {
        List<Document> page = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            String id = "big.jsonl#" + (i + 1);
            Document d = i == 7 ? Document.failed(id, Path.of("big.jsonl"), "not JSON")
                    : new Document(id, Path.of("big.jsonl"), "Title " + i, "", null, i % 3 == 0 ? "note" : null,
                    new Origin(i % 2 == 0 ? "2005-01-%02d".formatted(1 + i % 28) : null, "BBC", null, "https://x/" + i));
            written.add(d);
            page.add(d);
            if (page.size() == SummaryPages.SIZE || i == ARTICLES - 1) {
                stored.put(i / SummaryPages.SIZE, SummaryPages.encode(page));
                page.clear();
            }
        }
    }

    private SummaryPages pages(int kept) {
        return new SummaryPages((fileId, p) -> {
            reads.incrementAndGet();
            return fileId.equals("s1") ? stored.get(p) : null;
        }, kept);
    }

    @Test
    void everySummaryReadsBackAsWritten() {
        SummaryPages pages = pages(ARTICLES);
        for (int i = 0; i < ARTICLES; i++) assertThat(pages.summary(file, i)).isEqualTo(written.get(i));
        assertThat(reads).hasValue(4); // 1,000 articles in pages of 256
        assertThat(pages.summary(file, 7).isFailed()).isTrue();
    }

    @Test
    void aPageEvictedIsReadAgainAndEqual() {
        SummaryPages pages = pages(SummaryPages.SIZE); // one page kept beside the one just read
        Document first = pages.summary(file, 3);
        for (int i = 0; i < ARTICLES; i++) pages.summary(file, i);
        int before = reads.get();
        Document again = pages.summary(file, 3);
        assertThat(reads.get()).isEqualTo(before + 1);
        assertThat(again).isEqualTo(first).isEqualTo(written.get(3));
        pages.summary(file, 4);
        assertThat(reads.get()).isEqualTo(before + 1); // the page just read is kept
    }

    @Test
    void aFileNamedOtherwiseNowShowsItsIdsAsNamedNow() {
        SummaryPages pages = pages(ARTICLES);
        StoredFile renamed = file.namedAs("/data/big.jsonl");
        assertThat(pages.summary(renamed, 11).id()).isEqualTo("/data/big.jsonl#12");
        assertThat(pages.summary(renamed, 11).source()).isEqualTo(Path.of("/data/big.jsonl"));
        assertThat(pages.summary(renamed, 11).title()).isEqualTo("Title 11");
    }

    @Test
    void aPageTheIndexLostSaysSoInItsRows() {
        SummaryPages pages = pages(ARTICLES);
        StoredFile gone = new StoredFile("/data/old.jsonl", "s0", "old.jsonl", "old.jsonl", "old.jsonl#1", 3, false, new int[0], "#1",
                null, null);
        assertThat(pages.summary(gone, 2).id()).isEqualTo("old.jsonl#3");
        assertThat(pages.summary(gone, 2).isFailed()).isTrue();
    }

    @Test
    void aFileKnowsItsRecordsAndFailuresWithoutItsSummaries() throws Exception {
        assertThat(file.record(0)).isEqualTo("#1");
        assertThat(file.record(999)).isEqualTo("#1000");
        assertThat(file.position("#1000")).isEqualTo(999);
        assertThat(file.position("#1001")).isEqualTo(-1);
        assertThat(file.isFailed(7)).isTrue();
        assertThat(file.isFailed(8)).isFalse();
        StoredFile decoded = StoredFile.decode(file.encode());
        assertThat(decoded.count()).isEqualTo(ARTICLES);
        assertThat(decoded.failed()).containsExactly(7);
        assertThat(decoded.position("#500")).isEqualTo(499);
    }
}
