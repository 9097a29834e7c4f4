package dev.lede.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Turns the paths a user names into documents, in a stable order. (Minimal first cut: .txt only.) */
public final class CorpusLoader {

    private CorpusLoader() {
    }

    public static List<Document> load(List<Path> paths) {
        List<Document> docs = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.walk(p)) {
                    files.filter(f -> f.toString().endsWith(".txt")).sorted()
                            .forEach(f -> docs.add(read(f, p.relativize(f).toString().replace('\\', '/'))));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                docs.add(read(p, p.toString().replace('\\', '/')));
            }
        }
        return docs;
    }

    private static Document read(Path file, String id) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String title = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
            return new Document(id, file, title, text, null, null);
        } catch (IOException e) {
            return Document.failed(id, file, "cannot read: " + e.getMessage());
        }
    }
}
