package dev.lede.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Files written at test time, and the one document a single file loads to. */
final class Fixtures {

    private Fixtures() {
    }

    static Path write(Path dir, String name, String content) {
        return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String name, byte[] content) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads a file named on its own, which must give exactly one document. */
    static Document loadOne(Path file) {
        List<Document> docs = CorpusLoader.load(List.of(file));
        assertThat(docs).hasSize(1);
        return docs.get(0);
    }

    static List<String> ids(List<Document> docs) {
        return docs.stream().map(Document::id).toList();
    }
}
