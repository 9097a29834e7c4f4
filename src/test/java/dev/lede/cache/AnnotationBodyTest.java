package dev.lede.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.corpus.CorpusLoader;
import dev.lede.corpus.Document;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.EnglishAnnotator;
import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityType;
import dev.lede.nlp.Mention;
import dev.lede.nlp.Quote;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnotationBodyTest {

    @Test
    void theAnnotatorsAnnotationsComeBackEqualFieldForField() throws Exception {
        EnglishAnnotator annotator = new EnglishAnnotator();
        List<Document> seeds = CorpusLoader.load(List.of(Path.of("seeds")));
        assertThat(seeds).isNotEmpty();
        for (Document d : seeds) {
            Annotation a = annotator.annotate(d.text());
            assertThat(a.entities()).isNotEmpty();
            assertThat(AnnotationBody.decode(AnnotationBody.encode(a))).isEqualTo(a);
        }
    }

    @Test
    void nullsLongTextsAndEveryTypeSurvive() throws Exception {
        String long_ = "x".repeat(70_000) + " \u00e9\u4e2d\ud83d\ude00";
        Annotation a = new Annotation(
                Arrays.stream(EntityType.values()).map(t -> new Entity("e" + t.ordinal(), "N\u00e4me " + t, t, List.of("A", ""),
                        List.of(new Mention(3, 9, "N\u00e4me"), new Mention(300, 70_300, long_)), t == EntityType.OTHER ? null : "rule"))
                        .toList(),
                List.of(new Quote(0, 5, "\"Hi\"", null, null, null), new Quote(10, 70_010, long_, "Ann", "e0", "frame-after")));
        assertThat(AnnotationBody.decode(AnnotationBody.encode(a))).isEqualTo(a);
        assertThat(AnnotationBody.decode(AnnotationBody.encode(Annotation.EMPTY))).isEqualTo(Annotation.EMPTY);
    }

    @Test
    void bytesItDidNotWriteAreRefused() {
        byte[] json = "{\"entities\":[],\"quotes\":[]}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AnnotationBody.decode(json)).isInstanceOfAny(IOException.class, RuntimeException.class);
    }
}
