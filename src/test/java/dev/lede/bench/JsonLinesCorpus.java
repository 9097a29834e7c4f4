package dev.lede.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a JSON Lines dump of N rows made from a folder of .txt articles (cycled), as a newsroom export would hold
 * them: title, text, date, url, source. Used by {@code ./bench}; the file goes to a temporary folder, never the repo.
 *
 * <p>usage: JsonLinesCorpus SOURCE_DIR OUT_FILE ROWS
 */
public final class JsonLinesCorpus {

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int rows = Integer.parseInt(args[2]);
        List<Path> articles;
        try (Stream<Path> files = Files.walk(source)) {
            articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<String> texts = articles.stream().map(JsonLinesCorpus::read).toList();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             JsonGenerator json = new JsonFactory().createGenerator(w)) {
            for (int i = 0; i < rows; i++) {
                String text = texts.get(i % texts.size());
                int split = text.indexOf('\n');
                json.writeStartObject();
                json.writeStringField("title", split < 0 ? text : text.substring(0, split).strip());
                json.writeStringField("text", split < 0 ? text : text.substring(split).strip());
                json.writeStringField("date", String.format("2005-%02d-%02dT12:00:00Z", 1 + i % 12, 1 + i % 28));
                json.writeStringField("url", "https://news.example/" + i);
                json.writeStringField("source", "Example News");
                json.writeEndObject();
                json.writeRaw('\n');
            }
        }
        System.out.printf("wrote %d rows, %.0f MB%n", rows, Files.size(out) / 1048576.0);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
