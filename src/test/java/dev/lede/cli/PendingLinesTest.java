package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lede.corpus.CorpusLoader;
import dev.lede.corpus.Document;
import dev.lede.export.JsonLines;
import dev.lede.index.CorpusTypes;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.EnglishAnnotator;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The export's second pass patches the lines the first kept instead of writing them again from the annotations: what
 * it writes must be exactly the line of the annotation as the corpus retypes it. Checked on bbc's business articles
 * (skipped when ../shared is absent), where the corpus does retype some names.
 */
class PendingLinesTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "explain: {0}")
    @ValueSource(booleans = {false, true})
    void aKeptLineTypedLaterIsTheLineOfTheRetypedAnnotation(boolean explain) throws Exception {
        Path business = Path.of(System.getProperty("lede.shared", "../shared"), "corpus", "bbc", "business");
        assumeTrue(Files.isDirectory(business), "needs " + business);
        List<Document> docs = CorpusLoader.load(List.of(business));
        EnglishAnnotator annotator = new EnglishAnnotator();
        List<Annotation> annotations = docs.parallelStream().map(d -> annotator.annotate(d.text())).toList();
        CorpusTypes.Counter counter = new CorpusTypes.Counter();
        annotations.forEach(counter::add);
        CorpusTypes types = counter.decide();

        StringWriter typed = new StringWriter();
        try (PendingLines pending = PendingLines.in(dir)) {
            for (int i = 0; i < docs.size(); i++) pending.add(PendingLines.Line.of(docs.get(i), annotations.get(i), explain));
            pending.writeTyped(types, explain, typed, () -> { });
        }

        List<String> expected = new ArrayList<>();
        int retyped = 0;
        for (int i = 0; i < docs.size(); i++) {
            expected.add(JsonLines.line(docs.get(i), types.retyped(annotations.get(i)), explain));
            if (types.retyped(annotations.get(i)) != annotations.get(i)) retyped++;
        }
        assertThat(retyped).as("articles the corpus retypes").isPositive();
        assertThat(typed.toString().split("\n", -1)).containsExactlyElementsOf(
                Stream.concat(expected.stream(), Stream.of("")).toList());
    }

    @Test
    void theTemporaryFileIsGoneOnceOpened() throws Exception {
        try (PendingLines pending = PendingLines.in(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files).isEmpty();
            }
        }
    }
}
