package dev.lede.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.corpus.Document;
import dev.lede.model.Library;
import dev.lede.nlp.Annotation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportFileDefaultTest {

    private final Path corpus = Path.of("/data/news").toAbsolutePath();
    private final Library library = Library.annotated(
            List.of(new Document("a.txt", corpus.resolve("a.txt"), "A", "A", null, null)), List.of(Annotation.EMPTY));

    @Test
    void offersQuotesMdInTheWorkingFolder() {
        assertThat(ExportFile.defaultFile(library, Path.of("/home/reader/work"), Path.of("/home/reader")))
                .isEqualTo("quotes.md");
    }

    @Test
    void neverOffersAFolderTheArticlesAreReadFrom() {
        assertThat(ExportFile.defaultFile(library, corpus, Path.of("/home/reader")))
                .isEqualTo(Path.of("/home/reader/quotes.md").toString());
    }
}
