package dev.lede.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lede.corpus.CorpusLoader;
import dev.lede.corpus.Document;
import dev.lede.index.CorpusEntities;
import dev.lede.index.CorpusEntity;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.EnglishAnnotator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The views of ../shared/corpus/bbc agree on every entity and speaker; skipped when ../shared is absent. */
class OneTruthOnBbcTest extends OneTruthChecks {

    private static Library library;

    @BeforeAll
    static void annotateBbc() {
        Path bbc = Path.of(System.getProperty("lede.shared", "../shared"), "corpus", "bbc");
        assumeTrue(Files.isDirectory(bbc), "needs " + bbc);
        List<Document> docs = CorpusLoader.load(List.of(bbc));
        EnglishAnnotator annotator = new EnglishAnnotator();
        List<Annotation> annotations = docs.parallelStream().map(d -> d.isFailed() ? null : annotator.annotate(d.text())).toList();
        library = Library.annotated(docs, annotations);
    }

    @Override
    Library library() {
        return library;
    }

    @Override
    int speakersToOpen() {
        return 25;
    }

    @Test
    void theIssuesCasesBehaveAsDescribed() {
        CorpusEntities linked = library.corpusEntities();
        CorpusEntity kennedy = linked.named("Charles Kennedy").orElseThrow();
        for (int doc : kennedy.documents()) assertThat(library.document(doc).text()).as(library.document(doc).id()).contains("Kennedy");
        assertThat(linked.named("Mr Blunkett")).map(CorpusEntity::name).contains("David Blunkett");
        assertThat(linked.lookup("blair").size()).as("several Blairs").isGreaterThan(1);
        assertThat(linked.named("Britain")).isEqualTo(linked.named("Great Britain")).isEqualTo(linked.named("UK"));
        assertThat(library.speakers()).noneMatch(s -> s.name().endsWith(" Party") && s.key().startsWith("#p:"));
        // politics/193: "On Monday Tony Blair insisted"
        int doc193 = indexOf("politics/193.txt");
        assertThat(library.documentsMentioning(EntityFilter.of(linked.named("Tony Blair").orElseThrow()))).contains(doc193);
        assertThat(library.duplicates().copyCount()).isGreaterThanOrEqualTo(98);
        Speakers.Speaker leigh = Speakers.named(library.speakers(), linked, "Mike Leigh").get(0);
        for (Speakers.QuoteRef ref : leigh.quotes()) {
            assertThat(library.annotation(ref.document()).quotes().get(ref.quote()).speaker()).doesNotContain("Mills", "Nattrass");
        }
    }

    private static int indexOf(String id) {
        for (int i = 0; i < library.size(); i++) if (library.document(i).id().equals(id)) return i;
        throw new AssertionError(id);
    }
}
