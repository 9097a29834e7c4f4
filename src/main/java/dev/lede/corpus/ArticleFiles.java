package dev.lede.corpus;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads one file into articles, by its format: small formats whole, containers (JSON, JSON Lines, CSV, TSV, WARC)
 * record by record, so their size has no limit and each record has the 16 MB one. Whatever goes wrong becomes a
 * failed document, never an exception; in a container, the records before the failure keep their articles.
 */
final class ArticleFiles {

    private ArticleFiles() {
    }

    static void read(FileFinder.Found file, LoadOptions options, Consumer<Document> each) {
        Path path = file.path();
        Numbered out = new Numbered(file.id(), path, each);
        CutGzip.Flag cut = new CutGzip.Flag();
        try {
            if (file.failure() != null) {
                throw new NotAnArticle(file.failure());
            }
            Format format = Format.of(path);
            if (format == null) {
                throw new NotAnArticle("unsupported file type");
            }
            readAs(format, path, options, out, cut);
        } catch (CsvArticles.NoTextColumn e) {
            // A table found in a folder without a text column (an index of the folder's files, say) is passed by.
            if (file.named()) {
                out.fail(e.getMessage());
            } else {
                options.notices().accept(file.id() + ": not read as articles: " + e.getMessage());
            }
        } catch (NotAnArticle | RecordBudget.RecordTooLarge e) {
            out.fail(e.getMessage());
        } catch (IOException | RuntimeException e) {
            out.fail("cannot read: " + CorpusLoader.oneLine(e));
        } catch (StackOverflowError e) {
            // Parsers recurse over nesting; a hostile file must cost one document, not the whole load.
            out.fail("cannot read: nested too deeply");
        }
        if (cut.reason() != null) {
            out.endedEarly("cannot read: " + cut.reason() + (out.count() > 1 ? "; the records before it loaded" : ""));
        }
        out.finish();
    }

    private static void readAs(Format format, Path path, LoadOptions options, Numbered out, CutGzip.Flag cut)
            throws IOException, NotAnArticle {
        switch (format) {
            case TEXT, MARKDOWN -> {
                Decoder.Decoded text = Decoder.decode(readWhole(path, cut));
                out.add(id -> PlainText.parse(id, path, text, format == Format.MARKDOWN));
            }
            case HTML -> {
                Decoder.Decoded page = Decoder.decode(readWhole(path, cut));
                out.add(id -> HtmlArticle.parse(id, path, page));
            }
            case FEED -> FeedArticles.read(path, readWhole(path, cut), out);
            case WARC -> WarcArticles.read(path, open(path, cut), out, options.notices());
            case JSON, JSON_LINES, CSV, TSV -> {
                try (InputStream in = open(path, cut)) {
                    Decoder.Stream text = Decoder.decodeStream(in);
                    switch (format) {
                        case JSON -> JsonArticles.readDocument(path, text, options.columns(), out);
                        case JSON_LINES -> JsonArticles.readLines(path, text, options.columns(), out);
                        default -> CsvArticles.read(path, text, format == Format.TSV ? '\t' : ',', options.columns(), out);
                    }
                }
            }
        }
    }

    /**
     * The file's bytes, unpacked when it ends in .gz; gzip data that is cut short or corrupt ends the bytes there and
     * is noted in {@code cut}, so the records before it still load.
     */
    private static InputStream open(Path path, CutGzip.Flag cut) throws IOException {
        InputStream raw = Files.newInputStream(path);
        try {
            return Format.gzipped(path) ? new CutGzip(new GZIPInputStream(raw, 64 * 1024), cut)
                    : new BufferedInputStream(raw, 64 * 1024);
        } catch (IOException notGzip) {
            raw.close();
            throw notGzip;
        }
    }

    /** The whole file (unpacked), refused past the limit, or when a plain file changes while being read. */
    private static byte[] readWhole(Path path, CutGzip.Flag cut) throws IOException, NotAnArticle {
        BasicFileAttributes before = Files.readAttributes(path, BasicFileAttributes.class);
        if (!before.isRegularFile()) {
            throw new NotAnArticle("cannot read: not a regular file");
        }
        if (Format.gzipped(path)) {
            try (InputStream in = open(path, cut)) {
                byte[] data = in.readNBytes((int) CorpusLoader.MAX_FILE_BYTES + 1);
                if (cut.reason() != null) {
                    throw new NotAnArticle("cannot read: " + cut.reason());
                }
                if (data.length > CorpusLoader.MAX_FILE_BYTES) {
                    throw new NotAnArticle(String.format(Locale.ROOT, "too large: over %d MB unpacked (limit %d MB)",
                            CorpusLoader.MAX_FILE_BYTES / 1048576, CorpusLoader.MAX_FILE_BYTES / 1048576));
                }
                return data;
            }
        }
        long size = before.size();
        if (size > CorpusLoader.MAX_FILE_BYTES) {
            throw new NotAnArticle(String.format(Locale.ROOT, "too large: %.1f MB (limit %d MB)",
                    size / 1048576.0, CorpusLoader.MAX_FILE_BYTES / 1048576));
        }
        byte[] data = new byte[(int) size];
        try (InputStream in = Files.newInputStream(path)) {
            int read = in.readNBytes(data, 0, data.length);
            if (read != data.length || in.read() != -1) {
                throw new NotAnArticle("cannot read: file changed while reading");
            }
        }
        BasicFileAttributes after = Files.readAttributes(path, BasicFileAttributes.class);
        if (after.size() != size || !after.lastModifiedTime().equals(before.lastModifiedTime())) {
            throw new NotAnArticle("cannot read: file changed while reading");
        }
        return data;
    }
}
