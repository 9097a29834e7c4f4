package dev.lede.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The file types Lede reads as articles, chosen by extension; {@code .gz} may wrap any of them. */
enum Format {
    TEXT(false, "txt"),
    MARKDOWN(false, "md"),
    HTML(false, "html", "htm"),
    /** Read whole: Rome builds the feed in memory, so a feed is one record as far as the size limit goes. */
    FEED(false, "rss", "atom", "xml"),
    JSON(true, "json"),
    JSON_LINES(true, "jsonl"),
    CSV(true, "csv"),
    TSV(true, "tsv", "tab"),
    WARC(true, "warc");

    private static final String GZIP = ".gz";

    /** Containers read record by record, so their size is not limited; the others are read whole. */
    final boolean streamed;
    private final List<String> extensions;

    Format(boolean streamed, String... extensions) {
        this.streamed = streamed;
        this.extensions = List.of(extensions);
    }

    /** The format for this file name (looking inside {@code .gz}), or null when Lede does not read it. */
    static Format of(Path file) {
        String name = lowerName(file);
        if (name.endsWith(GZIP)) name = name.substring(0, name.length() - GZIP.length());
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        for (Format format : values()) {
            if (format.extensions.contains(extension)) {
                return format;
            }
        }
        return null;
    }

    static boolean gzipped(Path file) {
        return lowerName(file).endsWith(GZIP);
    }

    private static String lowerName(Path file) {
        Path name = file.getFileName();
        return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    }
}
