package dev.lede.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.nlp.Annotation;
import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityType;
import dev.lede.nlp.Mention;
import dev.lede.nlp.TypeEvidence;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CorpusTypesTest {

    private static final EntityType PER = EntityType.PERSON;
    private static final EntityType ORG = EntityType.ORGANIZATION;
    private static final EntityType LOC = EntityType.LOCATION;
    private static final EntityType OTHER = EntityType.OTHER;

    private static Entity entity(String name, EntityType type, String rule) {
        return new Entity("e1", name, type, List.of(), List.of(new Mention(0, name.length(), name)), rule);
    }

    /** One article per entity of the corpus, the last one the article whose entity is asked about. */
    private static List<Annotation> corpus(Entity... perArticle) {
        List<Annotation> docs = new ArrayList<>();
        for (Entity e : perArticle) docs.add(new Annotation(List.of(e), List.of()));
        return docs;
    }

    private static CorpusTypes typesOf(List<Annotation> docs) {
        CorpusTypes.Counter votes = new CorpusTypes.Counter();
        docs.forEach(votes::add);
        return votes.decide();
    }

    private static Entity sure(String name, EntityType type) {
        return entity(name, type, switch (type) {
            case PERSON -> "person-title";
            case ORGANIZATION -> "org-noun-beside";
            default -> "place-comma-region";
        });
    }

    private static Entity untyped(String name) {
        return entity(name, OTHER, "no-evidence");
    }

    static Stream<Arguments> corpora() {
        return Stream.of(
                // "the anti-virus firm Sophos" twice, "Sophos warned" once: the firm.
                Arguments.of("two sure articles lend their type to an untyped name",
                        corpus(sure("Werner Seifert", PER), sure("Werner Seifert", PER), untyped("Werner Seifert")), PER),
                Arguments.of("one sure article is not enough",
                        corpus(sure("Werner Seifert", PER), untyped("Werner Seifert")), OTHER),
                Arguments.of("a weak hint gives way to the corpus (a club 'in' a match report)",
                        corpus(sure("Electronic Arts", ORG), sure("Electronic Arts", ORG),
                                entity("Electronic Arts", LOC, "place-preposition")), ORG),
                Arguments.of("the article's own sure type stands",
                        corpus(sure("Electronic Arts", ORG), sure("Electronic Arts", ORG), sure("Electronic Arts", PER)), PER),
                Arguments.of("a name typed OTHER for a reason (an event word) stays OTHER",
                        corpus(sure("Golden Globe", PER), sure("Golden Globe", PER), entity("Golden Globe", OTHER, "event-word")), OTHER),
                Arguments.of("sure articles that disagree decide nothing",
                        corpus(sure("Jordan Valley", LOC), sure("Jordan Valley", LOC), sure("Jordan Valley", ORG), untyped("Jordan Valley")), OTHER),
                // "Million Dollar Baby": two articles mistook the film for a person, five more leave it untyped.
                Arguments.of("a type few of the articles naming it share is not lent",
                        corpus(sure("Million Dollar Baby", PER), sure("Million Dollar Baby", PER), untyped("Million Dollar Baby"),
                                untyped("Million Dollar Baby"), untyped("Million Dollar Baby"), untyped("Million Dollar Baby"),
                                untyped("Million Dollar Baby")), OTHER),
                Arguments.of("a lone word needs three sure articles",
                        corpus(sure("Netcraft", ORG), sure("Netcraft", ORG), untyped("Netcraft")), OTHER),
                Arguments.of("a lone word with three sure articles of four",
                        corpus(sure("Netcraft", ORG), sure("Netcraft", ORG), sure("Netcraft", ORG), untyped("Netcraft")), ORG),
                // "Fockers" after "Meet The Fockers": named again by its last word, as titles are too.
                Arguments.of("repetition alone needs three sure articles",
                        corpus(entity("Meet The Fockers", PER, "named-again-by-surname"),
                                entity("Meet The Fockers", PER, "named-again-by-surname"), untyped("Meet The Fockers")), OTHER),
                Arguments.of("a name of another annotator (no rule) is left as it is",
                        corpus(sure("Werner Seifert", PER), sure("Werner Seifert", PER), new Entity("e1", "Werner Seifert", OTHER,
                                List.of(), List.of(new Mention(0, 14, "Werner Seifert")))), OTHER),
                Arguments.of("case and a leading 'the' do not make another name",
                        corpus(sure("Reporters Without Borders", ORG), sure("the Reporters Without Borders", ORG),
                                untyped("reporters without borders")), ORG));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpora")
    void theCorpusTypesANameItsArticlesAgreeOn(String why, List<Annotation> docs, EntityType expected) {
        CorpusTypes types = typesOf(docs);

        Entity asked = types.retype(docs.get(docs.size() - 1).entities().get(0));

        assertThat(asked.type()).isEqualTo(expected);
    }

    @Test
    void aRetypedEntitySaysTheCorpusTypedIt() {
        List<Annotation> docs = corpus(sure("Werner Seifert", PER), sure("Werner Seifert", PER), untyped("Werner Seifert"));

        Annotation retyped = typesOf(docs).retyped(docs.get(2));

        assertThat(retyped.entities().get(0).typeRule()).isEqualTo(TypeEvidence.CORPUS_TYPE);
        assertThat(typesOf(docs).retyped(docs.get(0))).isSameAs(docs.get(0));
    }

    @Test
    void copiesOfAnArticleDoNotVoteTwice() {
        List<Annotation> docs = corpus(sure("Werner Seifert", PER), sure("Werner Seifert", PER), untyped("Werner Seifert"));

        CorpusTypes types = CorpusEntities.build(docs, new boolean[] {false, true, false}, null).types();

        assertThat(types.retype(docs.get(2).entities().get(0)).type()).isEqualTo(OTHER);
    }

    @Test
    void theLinkingPutsARetypedNameWithItsEntity() {
        List<Annotation> docs = corpus(sure("Werner Seifert", PER), sure("Werner Seifert", PER), untyped("Werner Seifert"));

        CorpusEntities linked = CorpusEntities.build(docs);

        assertThat(linked.named("Werner Seifert").orElseThrow().documents()).containsExactly(0, 1, 2);
        assertThat(linked.types().decided()).containsEntry("werner seifert", PER);
    }
}
