package dev.lede.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.corpus.Document;
import dev.lede.index.CorpusEntity;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.EnglishAnnotator;
import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityType;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** On generated news, annotated for real: every view has one mention set per entity and one quoted set per speaker. */
class OneTruthTest extends OneTruthChecks {

    private static Library library;

    @BeforeAll
    static void annotate() {
        List<Document> docs = GeneratedNews.articles(15, 300);
        EnglishAnnotator annotator = new EnglishAnnotator();
        List<Annotation> annotations = docs.stream().map(d -> annotator.annotate(d.text())).toList();
        library = Library.annotated(docs, annotations);
    }

    @Override
    Library library() {
        return library;
    }

    @Override
    int speakersToOpen() {
        return 10;
    }

    @Test
    void copiesAreListedOnceAndCountedOnce() {
        assertThat(library.duplicates().copyCount()).isPositive();
        SessionDriver session = new SessionDriver(library, List.of("default"), "default");
        assertThat(session.visibleDocuments()).hasSize(library.size() - library.duplicates().copyCount())
                .noneMatch(doc -> library.duplicates().isCopy(doc));
    }

    /** The keys themselves: f and the name, Enter in the sidebar, Enter on the overview bar give one list. */
    @Test
    void fTheSidebarAndTheOverviewBarListTheSameArticles() {
        CorpusEntity top = library.corpusEntities().top(EntityType.PERSON, 1, null).get(0);
        List<Integer> set = Arrays.stream(top.documents()).boxed().toList();

        SessionDriver byName = new SessionDriver(library, List.of("default"), "default");
        byName.press("f");
        byName.promptType(top.name());
        assertThat(byName.prompt().suggestions().get(0)).isEqualTo(top.name() + " · " + set.size() + " articles");
        byName.press("Enter");
        assertThat(byName.visibleDocuments()).isEqualTo(set);

        SessionDriver bySidebar = new SessionDriver(library, List.of("default"), "default");
        bySidebar.open(set.get(0));
        Entity there = bySidebar.entities().stream()
                .filter(e -> library.corpusEntities().of(set.get(0), e, library.annotation(set.get(0))).orElseThrow().equals(top))
                .findFirst().orElseThrow();
        bySidebar.selectEntity(there);
        assertThat(bySidebar.visibleDocuments()).isEqualTo(set);

        SessionDriver byBar = new SessionDriver(library, List.of("default"), "default");
        byBar.press("o");
        assertThat(byBar.overview().sections().get(0).bars().get(0).entity()).isEqualTo(top);
        assertThat(byBar.overview().sections().get(0).bars().get(0).documents()).isEqualTo(set.size());
        byBar.press("Enter");
        assertThat(byBar.visibleDocuments()).isEqualTo(set);
    }
}
