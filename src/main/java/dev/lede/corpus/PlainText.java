package dev.lede.corpus;

import java.nio.file.Path;

/** Plain text and Markdown: the text exactly as read, titled by its first non-empty line. */
final class PlainText {

    private PlainText() {
    }

    static Document parse(String id, Path source, Decoder.Decoded decoded, boolean markdown) {
        String text = decoded.text();
        return new Document(id, source, title(text, markdown), text, null, decoded.note());
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
