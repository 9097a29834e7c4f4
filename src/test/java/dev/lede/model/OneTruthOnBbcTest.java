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
class OneTruthOnBbcTest {

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

    @Test
    void everyViewHasOneMentionSetPerEntity() {
        ViewAgreement.everyMentionSetAgrees(library);
    }

    @Test
    void everyMentionSetIsNamedInItsArticles() {
        ViewAgreement.everyMentionSetIsNamedInItsArticles(library);
    }

    @Test
    void everyViewHasOneQuotedSetPerSpeaker() {
        ViewAgreement.everyQuotedSetAgrees(library, 25);
    }

    @Test
    void print() {
        CorpusEntities linked = library.corpusEntities();
        System.out.println("copies: " + library.duplicates().copyCount() + ", entities " + linked.all().size());
        for (String n : List.of("Charles Kennedy", "Mike Leigh", "Tony Blair", "Blair", "Mr Blunkett", "Britain", "Great Britain", "UK", "US", "America", "Kennedy", "Mills", "Mike Mills"))
            System.out.println(n + " -> " + linked.lookup(n).stream().map(e -> e.name() + "[" + e.key() + "] " + e.documentCount()).toList());
        linked.top(dev.lede.nlp.EntityType.PERSON, 30, null).forEach(e -> System.out.println(e.name() + " " + e.key() + " " + e.documentCount()));
        library.speakers().stream().limit(20).forEach(s -> System.out.println("S " + s.name() + " " + s.key() + " " + s.quotes().size()));
    }
}
