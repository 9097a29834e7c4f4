package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.corpus.Document;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityType;
import dev.lede.nlp.Mention;
import dev.lede.nlp.Quote;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportFilterTest {

    private static Entity person(String id, String name) {
        return new Entity(id, name, EntityType.PERSON, List.of(), List.of(new Mention(0, name.length(), name)));
    }

    private static Quote quote(String text, Entity by) {
        return new Quote(0, text.length(), text, by == null ? null : by.name(), by == null ? null : by.id());
    }

    private final Entity blair = person("e1", "Tony Blair");
    private final Entity brown = person("e2", "Gordon Brown");
    private final Entity blairAgain = person("e1", "Blair");
    private final List<Annotation> corpus = List.of(
            new Annotation(List.of(blair, brown), List.of(quote("one", blair), quote("two", brown), quote("three", null))),
            new Annotation(List.of(brown), List.of(quote("four", brown))),
            new Annotation(List.of(blairAgain), List.of(quote("five", blairAgain))));
    private final List<Document> documents = List.of(document("one"), document("two"), document("three"));

    private static Document document(String text) {
        return new Document(text + ".txt", Path.of(text + ".txt"), text, text, null, null);
    }

    @Test
    void entityKeepsWholeArticlesThatMentionItUnderAnyLinkedName() {
        ExportFilter filter = ExportFilter.of("tony blair", null, documents, corpus);
        assertThat(filter.select(0, corpus.get(0))).contains(corpus.get(0));
        assertThat(filter.select(1, corpus.get(1))).isEmpty();
        assertThat(filter.select(2, corpus.get(2))).contains(corpus.get(2));
    }

    @Test
    void speakerKeepsOnlyTheirQuotesAndOnlyArticlesWithSome() {
        ExportFilter filter = ExportFilter.of(null, "Blair", documents, corpus);
        assertThat(filter.select(0, corpus.get(0)).orElseThrow().quotes()).extracting(Quote::text).containsExactly("one");
        assertThat(filter.select(1, corpus.get(1))).isEmpty();
        assertThat(filter.select(2, corpus.get(2)).orElseThrow().quotes()).extracting(Quote::text).containsExactly("five");
    }

    @Test
    void bothFiltersMustHold() {
        ExportFilter filter = ExportFilter.of("Tony Blair", "Gordon Brown", documents, corpus);
        assertThat(filter.select(0, corpus.get(0)).orElseThrow().quotes()).extracting(Quote::text).containsExactly("two");
        assertThat(filter.select(1, corpus.get(1))).isEmpty();
    }

    @Test
    void anUnknownNameIsAClearError() {
        assertThatThrownBy(() -> ExportFilter.of("Nobody Here", null, documents, corpus))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Nobody Here");
    }
}
