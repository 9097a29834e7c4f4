package dev.lede.corpus;

import java.nio.file.Path;

/**
 * Plain text and Markdown: the text exactly as read, titled by its first non-empty line. Markdown front matter
 * gives the title, date, author, source and URL, and is not part of the text.
 */
final class PlainText {

    private PlainText() {
    }

    static Document parse(String id, Path source, Decoder.Decoded decoded, boolean markdown) throws NotAnArticle {
        String text = decoded.text();
        FrontMatter.Split front = markdown ? FrontMatter.split(text) : new FrontMatter.Split(null, text);
        if (front.fields() == null) {
            return new Document(id, source, title(text, markdown), text, null, decoded.note());
        }
        String body = front.body();
        if (body.isBlank()) {
            throw new NotAnArticle("only front matter, no text");
        }
        Origin origin = FieldValues.origin(front.fields(), Columns.COMMON_NAMES);
        String title = FieldValues.text(front.fields().get("title"));
        if (title == null) {
            return new Document(id, source, title(body, true), body, null, decoded.note(), origin);
        }
        // A Markdown body's first line may repeat the title as a heading; titled() compares it without the marks.
        return title(body, true).equals(title.strip())
                ? new Document(id, source, title.strip(), body, null, decoded.note(), origin)
                : titled(id, source, title, body, decoded.note(), origin);
    }

    /**
     * A record's article: the title is part of the text, as in a .txt file, unless the body's first line already is
     * the title; without a title, the body's first line is one.
     */
    static Document titled(String id, Path source, String title, String body, String note, Origin origin) {
        if (title == null || title.isBlank()) {
            return new Document(id, source, title(body, false), body, null, note, origin);
        }
        String stripped = title.strip();
        String text = title(body, false).equals(stripped) ? body : stripped + "\n\n" + body;
        return new Document(id, source, stripped, text, null, note, origin);
    }

    /** The first non-empty line, stripped; Markdown heading marks ("## ") removed. */
    static String title(String text, boolean markdown) {
        String line = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        if (markdown) {
            int marks = 0;
            while (marks < line.length() && line.charAt(marks) == '#') {
                marks++;
            }
            line = line.substring(marks).strip();
        }
        return line;
    }
}
