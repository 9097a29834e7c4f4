package dev.lede.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A list of quotes as a file, for "export what you see": JSON (an array) for {@code .json}, one object a
 * line for {@code .jsonl}, else Markdown. Offsets are String indices into the document's text.
 */
public final class QuoteList {

    /** One quote: who said it, what, and where. */
    public record Row(String speaker, String quote, String document, String title, int start, int end) {
    }

    private static final ObjectMapper LINE = new ObjectMapper();
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private QuoteList() {
    }

    /** Writes the rows to {@code target} atomically, replacing it if it exists (ask before calling). */
    public static void write(Path target, String heading, List<Row> rows) throws IOException {
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl")) {
            AtomicFile.write(target, w -> {
                for (Row r : rows) {
                    w.write(LINE.writeValueAsString(r));
                    w.write('\n');
                }
            });
        } else if (name.endsWith(".json")) {
            AtomicFile.write(target, w -> {
                w.write(JSON.writeValueAsString(rows));
                w.write('\n');
            });
        } else {
            AtomicFile.write(target, w -> w.write(markdown(heading, rows)));
        }
    }

    static String markdown(String heading, List<Row> rows) {
        StringBuilder s = new StringBuilder("# ").append(heading).append("\n\n");
        for (Row r : rows) {
            s.append("- **").append(r.speaker() == null ? "unknown speaker" : r.speaker()).append("**: “")
                    .append(r.quote().replaceAll("\\s+", " ").strip()).append("”  \n")
                    .append("  ").append(r.title().isBlank() ? r.document() : r.title())
                    .append(" (`").append(r.document()).append("`, characters ").append(r.start()).append("–").append(r.end()).append(")\n");
        }
        return s.toString();
    }
}
