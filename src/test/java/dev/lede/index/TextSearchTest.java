package dev.lede.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.corpus.Document;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class TextSearchTest {

    private static Document doc(String title, String body) {
        return new Document(title, Path.of(title), title, title + "\n\n" + body, null, null);
    }

    private final List<Document> docs = List.of(
            doc("Budget day", "The chancellor spoke about tax and spending."),
            doc("Tax rise ahead", "Tax tax tax: the chancellor wants a tax rise."),
            Document.failed("bad.txt", Path.of("bad.txt"), "empty file"),
            doc("Football results", "Chelsea won again on Saturday."));

    @Test
    void ranksByRelevanceAndRequiresEveryWord() {
        try (TextSearch search = TextSearch.build(docs)) {
            assertThat(search.search("tax", i -> true)).containsExactly(1, 0);
            assertThat(search.search("tax chelsea", i -> true)).isEmpty();
            assertThat(search.search("chelsea", i -> true)).containsExactly(3);
            assertThat(search.search("\"tax rise\"", i -> true)).containsExactly(1);
            assertThat(search.search("chan*", i -> true)).containsExactlyInAnyOrder(0, 1);
            assertThat(search.search("   ", i -> true)).isEmpty();
        }
    }

    @Test
    void aPhraseMatchesItsWordsTogetherAndInOrder() {
        List<Document> texts = List.of(
                doc("One", "The prime minister spoke."),
                doc("Two", "A minister, prime of life, spoke."),
                doc("Three", "Minister for prime numbers."),
                doc("Prime Minister at work", "Nothing here."),
                doc("Four", "The prime minister Tony spoke; Tony Blair said the prime minister blair was not."));
        try (TextSearch search = TextSearch.build(texts)) {
            // "minister, prime" is the pair the other way round; punctuation between two words keeps them a pair.
            assertThat(search.search("\"prime minister\"", i -> true)).containsExactlyInAnyOrder(0, 3, 4);
            assertThat(search.search("\"minister prime\"", i -> true)).containsExactly(1);
            assertThat(search.search("\"prime numbers\"", i -> true)).containsExactly(2);
            // Three words in a row: "minister tony" and "tony blair" both occur, but apart.
            assertThat(search.search("\"prime minister tony\"", i -> true)).containsExactly(4);
            assertThat(search.search("\"prime minister blair\"", i -> true)).containsExactly(4);
            assertThat(search.search("\"minister tony blair\"", i -> true)).isEmpty();
            assertThat(search.search("\"spoke\"", i -> true)).containsExactlyInAnyOrder(0, 1, 4);
            assertThat(search.search("\"prime spoke\"~1", i -> true)).containsExactly(0);
        }
    }

    @Test
    void equallyGoodHitsComeInCorpusOrderAcrossManyDocuments() {
        List<Document> same = new ArrayList<>();
        for (int i = 0; i < 3000; i++) same.add(doc("Story " + i, i % 7 == 0 ? "Rain and rain today." : "Rain today."));
        try (TextSearch search = TextSearch.build(same)) {
            List<Integer> hits = search.search("rain", i -> true);
            assertThat(hits).hasSize(3000);
            // The texts that say it twice first, each group in corpus order.
            List<Integer> twice = hits.subList(0, 429);
            assertThat(twice).allMatch(i -> i % 7 == 0).isSorted();
            assertThat(hits.subList(429, 3000)).noneMatch(i -> i % 7 == 0).isSorted();
        }
    }

    @Test
    void warmingChangesNoAnswer() {
        try (TextSearch search = TextSearch.build(docs)) {
            search.warm();
            assertThat(search.search("tax", i -> true)).containsExactly(1, 0);
        }
        try (TextSearch empty = TextSearch.build(List.of())) {
            empty.warm();
            assertThat(empty.search("tax", i -> true)).isEmpty();
        }
    }

    @Test
    void warmingAnIndexOnDiskReadsTheFilesSearchesNeedButNotTheStoredTexts() throws Exception {
        assertThat(filesReadByWarming(false)).contains("tim", "tip", "doc", "pos", "nvd").doesNotContain("fdt");
        // A compound segment: the searched files are read inside its one file.
        assertThat(filesReadByWarming(true)).containsExactlyInAnyOrder("cfs", "cfe");
    }

    /** The extensions of the files warming opens, over a small index written as separate or compound files. */
    private Set<String> filesReadByWarming(boolean compound) throws IOException {
        Set<String> read = new HashSet<>();
        Directory recording = new FilterDirectory(new ByteBuffersDirectory()) {
            @Override
            public IndexInput openInput(String name, IOContext context) throws IOException {
                read.add(name.substring(name.lastIndexOf('.') + 1));
                return super.openInput(name, context);
            }
        };
        writeDocs(recording, new IndexWriterConfig(TextSearch.analyzer()).setUseCompoundFile(compound));
        try (TextSearch search = TextSearch.over(DirectoryReader.open(recording), new int[] {0, 1, 3})) {
            read.clear();
            search.warm();
            assertThat(search.search("tax", i -> true)).containsExactly(1, 0);
        }
        return read;
    }

    @Test
    void combinesWithAFilterAsAnd() {
        try (TextSearch search = TextSearch.build(docs)) {
            assertThat(search.search("chancellor", i -> i != 1)).containsExactly(0);
        }
    }

    @Test
    void findsTheMatchesToHighlight() {
        try (TextSearch search = TextSearch.build(docs)) {
            String text = docs.get(1).text();
            List<int[]> spans = search.matches(text, "TAX");
            assertThat(spans).hasSize(5);
            for (int[] s : spans) {
                assertThat(text.substring(s[0], s[1])).isEqualToIgnoringCase("tax");
            }
            assertThat(search.matches(text, "chan*")).hasSize(1);
        }
    }

    /** A quit closes the search under a search under way: its files close when it ends, not under it (a JVM crash). */
    @Test
    void aSearchUnderWayWhenTheSearchClosesKeepsItsFilesUntilItEnds() throws Exception {
        CountDownLatch searching = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        AtomicBoolean filesClosed = new AtomicBoolean();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        writeDocs(directory, new IndexWriterConfig(TextSearch.analyzer()));
        DirectoryReader reader = DirectoryReader.open(directory);
        reader.getReaderCacheHelper().addClosedListener(key -> filesClosed.set(true));
        TextSearch search = TextSearch.over(reader, new int[] {0, 1, 3});
        CompletableFuture<List<Integer>> hits = CompletableFuture.supplyAsync(() -> search.search("tax", i -> {
            searching.countDown();
            try {
                closed.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            return true;
        }));
        assertThat(searching.await(30, TimeUnit.SECONDS)).isTrue();
        search.close();
        boolean closedUnderTheSearch = filesClosed.get();
        closed.countDown();

        assertThat(hits.get(30, TimeUnit.SECONDS)).containsExactly(1, 0);
        assertThat(closedUnderTheSearch).isFalse();
        assertThat(filesClosed).isTrue();
        // After close: no hits and no error, and warming does nothing.
        assertThat(search.search("tax", i -> true)).isEmpty();
        search.warm();
    }

    /** Writes the good documents as an index on disk would hold them (the texts stored), numbered 0, 1, 3 in the corpus. */
    private void writeDocs(Directory directory, IndexWriterConfig config) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (Document d : docs) {
                if (d.isFailed()) continue;
                org.apache.lucene.document.Document entry = new org.apache.lucene.document.Document();
                entry.add(new TextField(TextSearch.TITLE_FIELD, d.title(), Field.Store.NO));
                entry.add(new TextField(TextSearch.TEXT_FIELD, d.text(), Field.Store.YES));
                writer.addDocument(entry);
            }
        }
    }
}
