package dev.lede.corpus;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Web archives (WARC, and WARC.gz whether gzipped per record, as crawlers write them, or whole): each successful HTML
 * {@code response} record is an article, read by the same extraction as a saved page, with the archived URL and,
 * when the page gives none, the capture date. Records are read one at a time; other records are counted and named
 * in one notice. A record cut short or with a wrong length ends the file there, the articles before it loaded.
 */
final class WarcArticles {

    private static final long RECORD_LIMIT = CorpusLoader.MAX_FILE_BYTES;
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private WarcArticles() {
    }

    static void read(Path source, InputStream in, Numbered out, Consumer<String> notices) throws IOException {
        Map<String, Integer> skipped = new TreeMap<>();
        int records = 0;
        // Unpacked before jwarc, which gives up on a whole file gzipped as one member when it is cut short.
        boolean plain = !Format.gzipped(source);
        try (WarcReader reader = new WarcReader(in)) {
            while (true) {
                Optional<WarcRecord> next;
                long position = plain ? reader.position() : -1;
                try {
                    next = reader.next();
                } catch (IOException e) {
                    out.fail(brokenAt(records + 1, position, e));
                    return;
                }
                if (next.isEmpty()) break;
                records++;
                WarcRecord record = next.get();
                String skip = record instanceof WarcResponse response ? readResponse(source, response, out)
                        : record.type();
                if (skip != null) skipped.merge(skip, 1, Integer::sum);
            }
            if (records == 0) throw new EOFException("no WARC records");
        } catch (EOFException e) {
            if (records == 0) throw e;
            out.fail(brokenAt(records, -1, e)); // the record whose body was being read
        } finally {
            if (!skipped.isEmpty()) notices.accept(out.fileId() + ": skipped " + describe(skipped));
        }
    }

    /** Adds the article of an HTML response; otherwise says what kind of record it is, to be counted as skipped. */
    private static String readResponse(Path source, WarcResponse response, Numbered out) throws IOException {
        HttpResponse http;
        try {
            http = response.http();
        } catch (EOFException cut) {
            throw cut;
        } catch (IOException notHttp) {
            return "response not HTTP";
        }
        MediaType type = http.contentType().base();
        if (!type.equals(MediaType.HTML.base()) && !type.equals(MediaType.XHTML.base())) {
            return "response not HTML";
        }
        if (http.status() < 200 || http.status() >= 300) {
            return "response status " + http.status();
        }
        byte[] page;
        try (InputStream body = http.bodyDecoded().stream()) {
            page = body.readNBytes((int) RECORD_LIMIT + 1);
        }
        String target = response.target();
        String captured = ISO.format(response.date().atOffset(ZoneOffset.UTC));
        if (page.length > RECORD_LIMIT) {
            out.fail("too large: page " + target + " is over " + RECORD_LIMIT / 1048576 + " MB (limit "
                    + RECORD_LIMIT / 1048576 + " MB per record)");
            return null;
        }
        // The archived URL is where the page was; the capture date stands in when the page does not say when.
        out.add(id -> {
            Document article = HtmlArticle.parse(id, source, Decoder.decode(page));
            return article.withOrigin(new Origin(null, null, null, target).orElse(article.origin())
                    .orElse(new Origin(captured, null, null, null)));
        });
        return null;
    }

    private static String brokenAt(int record, long position, IOException e) {
        String where = position >= 0 ? "WARC record " + record + " (byte " + position + ")" : "WARC record " + record;
        return "cannot read " + where + ": " + CorpusLoader.oneLine(e) + "; the rest of the file is not read";
    }

    private static String describe(Map<String, Integer> skipped) {
        int total = skipped.values().stream().mapToInt(Integer::intValue).sum();
        return total + (total == 1 ? " record" : " records") + " that are not HTML pages ("
                + skipped.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "))
                + ")";
    }
}
