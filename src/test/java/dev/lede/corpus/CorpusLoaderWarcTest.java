package dev.lede.corpus;

import static dev.lede.corpus.Fixtures.ids;
import static dev.lede.corpus.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Web archives written byte by byte here, as crawlers write them: plain, gzipped per record, cut short, mis-sized. */
class CorpusLoaderWarcTest {

    @TempDir
    Path dir;

    private static final String STORY = "<html><head><title>Flood | Daily</title>"
            + "<meta property=\"article:published_time\" content=\"2024-04-30T08:00:00+02:00\"></head><body><article>"
            + "<h1>River bursts its banks</h1><p>The river rose two metres overnight, flooding the old town, officials said.</p>"
            + "<p>\"We have never seen it this high,\" the mayor said on Tuesday morning.</p></article></body></html>";
    private static final String UNDATED = "<html><body><h1>Market opens</h1><p>Traders returned to the square on Monday,"
            + " selling fruit, bread and cheese.</p><p>Prices were lower than last year, they said.</p></body></html>";

    private static byte[] record(String type, String uri, String block) {
        byte[] body = block.getBytes(StandardCharsets.UTF_8);
        String header = "WARC/1.0\r\nWARC-Type: " + type + "\r\n"
                + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
                + "WARC-Date: 2024-05-01T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + UUID.randomUUID() + ">\r\n"
                + "Content-Type: " + (type.equals("warcinfo") ? "application/warc-fields" : "application/http; msgtype=" + type)
                + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        return concat(header.getBytes(StandardCharsets.UTF_8), body, "\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private static String http(int status, String type, String body) {
        return "HTTP/1.1 " + status + " X\r\nContent-Type: " + type + "\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
    }

    private static List<byte[]> crawl() {
        List<byte[]> records = new ArrayList<>();
        records.add(record("warcinfo", null, "software: test\r\n"));
        records.add(record("request", "https://news.example/flood", "GET /flood HTTP/1.1\r\nHost: news.example\r\n\r\n"));
        records.add(record("response", "https://news.example/flood", http(200, "text/html; charset=utf-8", STORY)));
        records.add(record("response", "https://news.example/logo.png", http(200, "image/png", "not really a png")));
        records.add(record("response", "https://news.example/gone", http(404, "text/html", "<p>Not found</p>")));
        records.add(record("response", "https://news.example/market", http(200, "text/html", UNDATED)));
        return records;
    }

    @Test
    void eachHtmlResponseIsAnArticleWithItsUrlAndTheRestIsCountedInOneNotice() {
        write(dir, "crawl.warc", concat(crawl().toArray(byte[][]::new)));
        List<String> notices = new ArrayList<>();

        List<Document> docs = CorpusLoader.load(List.of(dir), LoadOptions.DEFAULT.withNotices(notices::add));

        assertThat(ids(docs)).containsExactly("crawl.warc#1", "crawl.warc#2");
        assertThat(docs.get(0).title()).isEqualTo("River bursts its banks");
        assertThat(docs.get(0).text()).contains("flooding the old town");
        assertThat(docs.get(0).origin()).isEqualTo(new Origin("2024-04-30T08:00:00+02:00", null, null,
                "https://news.example/flood"));
        assertThat(docs.get(1).origin().date()).as("no date in the page: the capture's").isEqualTo("2024-05-01T10:00:00Z");
        assertThat(notices).containsExactly("crawl.warc: skipped 4 records that are not HTML pages "
                + "(1 request, 1 response not HTML, 1 response status 404, 1 warcinfo)");
    }

    @Test
    void gzippedRecordByRecordReadsTheSame() throws IOException {
        List<byte[]> gzipped = new ArrayList<>();
        for (byte[] r : crawl()) gzipped.add(gzip(r));
        write(dir, "crawl.warc.gz", concat(gzipped.toArray(byte[][]::new)));

        List<Document> docs = CorpusLoader.load(List.of(dir));

        assertThat(ids(docs)).containsExactly("crawl.warc.gz#1", "crawl.warc.gz#2");
        assertThat(docs.get(1).title()).isEqualTo("Market opens");
    }

    @Test
    void anArchiveCutShortKeepsTheArticlesBeforeTheCut() throws IOException {
        byte[] whole = concat(crawl().toArray(byte[][]::new));
        write(dir, "cut.warc", Arrays.copyOf(whole, whole.length - 60));
        byte[] gz = gzip(whole);
        write(dir, "cut.warc.gz", Arrays.copyOf(gz, gz.length * 3 / 4));

        List<Document> docs = CorpusLoader.load(List.of(dir));

        assertThat(ids(docs)).containsExactly("cut.warc#1", "cut.warc#2", "cut.warc.gz#1", "cut.warc.gz#2");
        assertThat(docs.get(0).isFailed()).isFalse();
        assertThat(docs.get(1).failure()).startsWith("cannot read WARC record 6").endsWith("; the rest of the file is not read");
        assertThat(docs.get(2).isFailed()).isFalse();
        assertThat(docs.get(3).failure())
                .isEqualTo("cannot read: gzip data ends early (truncated file); the records before it loaded");
    }

    @Test
    void aRecordWithAWrongLengthEndsTheFileThereWithOneLine() {
        List<byte[]> records = crawl();
        String broken = new String(records.get(3), StandardCharsets.UTF_8).replaceFirst("Content-Length: (\\d+)",
                "Content-Length: 20");
        records.set(3, broken.getBytes(StandardCharsets.UTF_8));
        write(dir, "bad.warc", concat(records.toArray(byte[][]::new)));

        List<Document> docs = CorpusLoader.load(List.of(dir));

        assertThat(ids(docs)).containsExactly("bad.warc#1", "bad.warc#2");
        assertThat(docs.get(0).title()).isEqualTo("River bursts its banks");
        assertThat(docs.get(1).failure()).startsWith("cannot read WARC record 5 (byte ").doesNotContain("\n");
    }

    @Test
    void aFileThatIsNoWarcIsOneFailure() {
        write(dir, "notes.warc", "just some words\n");

        List<Document> docs = CorpusLoader.load(List.of(dir));

        assertThat(ids(docs)).containsExactly("notes.warc");
        assertThat(docs.get(0).failure()).startsWith("cannot read");
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }
}
