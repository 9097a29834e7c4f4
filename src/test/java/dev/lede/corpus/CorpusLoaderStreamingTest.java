package dev.lede.corpus;

import static dev.lede.corpus.Fixtures.ids;
import static dev.lede.corpus.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Container files have no size limit, their records have: streamed, gzipped, cut short. */
class CorpusLoaderStreamingTest {

    @TempDir
    Path dir;

    @Test
    void jsonLinesLargerThanTheLimitLoadAndOneGiantLineFailsAlone() throws IOException {
        Path big = dir.resolve("big.jsonl");
        String filler = "word ".repeat(2000);
        try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            for (int i = 1; i <= 1800; i++) {
                w.write("{\"title\": \"Story " + i + "\", \"text\": \"" + filler + "\"}\n");
                if (i == 900) {
                    w.write("{\"title\": \"Giant\", \"text\": \"");
                    w.write("x".repeat((int) CorpusLoader.MAX_FILE_BYTES));
                    w.write("\"}\n");
                }
            }
        }
        assertThat(Files.size(big)).isGreaterThan(2 * CorpusLoader.MAX_FILE_BYTES);

        List<Document> docs = new ArrayList<>();
        CorpusLoader.load(List.of(big), docs::add);

        assertThat(docs).hasSize(1801);
        assertThat(docs.get(0).title()).isEqualTo("Story 1");
        assertThat(docs.get(900).id()).endsWith("big.jsonl#901");
        assertThat(docs.get(900).failure()).isEqualTo("too large: line 901 is over 16 MB (limit 16 MB per record)");
        assertThat(docs.get(1800).title()).isEqualTo("Story 1800");
        assertThat(docs.stream().filter(Document::isFailed)).hasSize(1);
    }

    @Test
    void anUnclosedCsvQuoteStopsAtTheRecordLimitNotAtTheEndOfTheFile() throws IOException {
        Path csv = dir.resolve("runaway.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("title,text\nA,Alpha.\nB,\"never closed\n");
            String line = "more text in the open quote\n";
            for (long written = 0; written <= CorpusLoader.MAX_FILE_BYTES * 5 / 4; written += line.length()) w.write(line);
        }

        List<Document> docs = CorpusLoader.load(List.of(csv));

        assertThat(docs).hasSize(2);
        assertThat(docs.get(0).title()).isEqualTo("A");
        assertThat(docs.get(1).failure()).isEqualTo(
                "too large: a record over 16 MB (limit 16 MB per record); the rest of the file is not read");
    }

    @Test
    void gzippedJsonLinesAndACutOne() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 2000; i++) lines.append("{\"title\": \"T").append(i).append("\", \"body\": \"Body ").append(i).append(".\"}\n");
        byte[] gz = CorpusLoaderWarcTest.gzip(lines.toString().getBytes(StandardCharsets.UTF_8));
        write(dir, "a.jsonl.gz", gz);
        write(dir, "b.jsonl.gz", java.util.Arrays.copyOf(gz, gz.length * 2 / 3));

        List<Document> docs = CorpusLoader.load(List.of(dir));

        List<Document> whole = docs.stream().filter(d -> d.id().startsWith("a.")).toList();
        List<Document> cut = docs.stream().filter(d -> d.id().startsWith("b.")).toList();
        assertThat(whole).hasSize(2000).noneMatch(Document::isFailed);
        assertThat(whole.get(1999).text()).isEqualTo("T2000\n\nBody 2000.");
        assertThat(cut.subList(0, cut.size() - 1)).hasSizeGreaterThan(100).noneMatch(Document::isFailed);
        assertThat(cut.get(cut.size() - 1).failure())
                .isEqualTo("cannot read: gzip data ends early (truncated file); the records before it loaded");
    }

    @Test
    void aGzippedPageAndAFileThatIsNotGzip() {
        write(dir, "page.html.gz", gzipQuietly("<html><body><h1>Hi</h1><p>A short story about a long day.</p></body></html>"));
        write(dir, "fake.txt.gz", "plain text pretending");

        List<Document> docs = CorpusLoader.load(List.of(dir));

        assertThat(ids(docs)).containsExactly("fake.txt.gz", "page.html.gz");
        assertThat(docs.get(0).failure()).startsWith("cannot read: ").contains("GZIP");
        assertThat(docs.get(1).title()).isEqualTo("Hi");
    }

    private static byte[] gzipQuietly(String text) {
        try {
            return CorpusLoaderWarcTest.gzip(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
