package dev.lede.corpus;

import java.nio.file.Path;

/**
 * One article as loaded from disk, or a file that could not be one.
 *
 * @param id      path relative to the folder it was found in (or as given for a file), always with '/'
 * @param source  the file it came from
 * @param title   first non-empty line, HTML title, or JSON title; for a failed document the file name
 * @param text    the article text exactly as shown and annotated ("" for a failed document)
 * @param failure one-line reason why the file is not an article, or null when it loaded
 * @param note    one-line remark about how it was read (e.g. an encoding fallback), or null
 * @param origin  the article's date, publisher, author and URL, each null when the file does not say
 */
public record Document(String id, Path source, String title, String text, String failure, String note, Origin origin) {

    public Document {
        origin = origin == null ? Origin.NONE : origin;
    }

    /** A document whose file says nothing of its date, publisher, author or URL. */
    public Document(String id, Path source, String title, String text, String failure, String note) {
        this(id, source, title, text, failure, note, Origin.NONE);
    }

    public static Document failed(String id, Path source, String reason) {
        String file = source.getFileName() == null ? id : source.getFileName().toString();
        // A record of a larger file keeps its number (feed.jsonl#2), so two bad records are told apart in the list.
        return new Document(id, source, file + recordNumber(id), "", reason, null);
    }

    /** "#2" for the id of a larger file's second record ("feed.jsonl#2"), "" for the id of a whole file. */
    public static String recordNumber(String id) {
        int hash = id.lastIndexOf('#');
        boolean numbered = hash > 0 && hash < id.length() - 1 && id.substring(hash + 1).chars().allMatch(Character::isDigit);
        return numbered ? id.substring(hash) : "";
    }

    /** The same article with its date, publisher, author and URL replaced. */
    public Document withOrigin(Origin replacement) {
        return new Document(id, source, title, text, failure, note, replacement);
    }

    public boolean isFailed() {
        return failure != null;
    }
}
