package dev.lede.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The file types Lede reads as articles, chosen by extension. */
enum Format {
    TEXT("txt"),
    MARKDOWN("md"),
    HTML("html", "htm"),
    JSON("json"),
    JSON_LINES("jsonl");

    private final List<String> extensions;

    Format(String... extensions) {
        this.extensions = List.of(extensions);
    }

    /** The format for this file name, or null when Lede does not read it. */
    static Format of(Path file) {
        Path name = file.getFileName();
        String text = name == null ? "" : name.toString();
        int dot = text.lastIndexOf('.');
        String extension = dot < 0 ? "" : text.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (Format format : values()) {
            if (format.extensions.contains(extension)) {
                return format;
            }
        }
        return null;
    }

    /** The articles in a file's decoded text: one for most formats, any number for JSON. */
    List<Document> parse(String id, Path source, Decoder.Decoded decoded) throws NotAnArticle {
        return switch (this) {
            case TEXT, MARKDOWN -> List.of(PlainText.parse(id, source, decoded, this == MARKDOWN));
            case HTML -> List.of(HtmlArticle.parse(id, source, decoded));
            case JSON -> JsonArticles.parseDocument(id, source, decoded);
            case JSON_LINES -> JsonArticles.parseLines(id, source, decoded);
        };
    }
}
