package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.corpus.Document;
import dev.lede.nlp.Annotation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One article the annotator throws on is skipped with the reason; the export goes on with the others. */
class AnnotationFailureTest {

    @Test
    void theArticleTheAnnotatorFailsOnBecomesASkippedArticle() {
        List<Document> docs = new ArrayList<>(List.of(
                new Document("a.txt", Path.of("a.txt"), "A", "Fine text.", null, null),
                new Document("b.txt", Path.of("b.txt"), "B", "Text the annotator chokes on.", null, null)));
        Annotators.ForDocuments annotator = new Annotators.ForDocuments() {
            @Override
            public Annotation of(Document d) {
                if (d.id().equals("b.txt")) throw new IndexOutOfBoundsException("Index -1 out of bounds for length 14");
                return Annotation.EMPTY;
            }

            @Override
            public void close() {
            }
        };

        List<Annotation> annotations = Annotators.annotateAll(docs, annotator, new PrintWriter(new StringWriter()));

        assertThat(annotations.get(0)).isSameAs(Annotation.EMPTY);
        assertThat(annotations.get(1)).isNull();
        assertThat(docs.get(0).isFailed()).isFalse();
        assertThat(docs.get(1).isFailed()).isTrue();
        assertThat(docs.get(1).id()).isEqualTo("b.txt");
        assertThat(docs.get(1).failure()).isEqualTo("annotation failed: Index -1 out of bounds for length 14");
    }
}
