package dev.lede.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.nlp.Annotation;
import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityType;
import dev.lede.nlp.Mention;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorpusEntitiesTest {

    private static Entity entity(String name, EntityType type, String... aliases) {
        List<Mention> mentions = new ArrayList<>();
        mentions.add(new Mention(0, name.length(), name));
        for (String a : aliases) mentions.add(new Mention(0, a.length(), a));
        return new Entity("e", name, type, List.of(aliases), mentions);
    }

    private static Annotation doc(Entity... entities) {
        return new Annotation(List.of(entities), List.of());
    }

    @Test
    void aSurnameAloneJoinsTheOnlyPersonOfThatName() {
        CorpusEntities index = CorpusEntities.build(List.of(
                doc(entity("Tony Blair", EntityType.PERSON, "Blair")),
                doc(entity("Blair", EntityType.PERSON)),
                doc(entity("Mr Blair", EntityType.PERSON))));

        CorpusEntity blair = index.named("Blair").orElseThrow();
        assertThat(blair.name()).isEqualTo("Tony Blair");
        assertThat(blair.documents()).containsExactly(0, 1, 2);
        assertThat(index.named("tony blair")).contains(blair);
    }

    @Test
    void twoPeopleWithOneSurnameStayApartAndTheBareSurnameJoinsNeither() {
        CorpusEntities index = CorpusEntities.build(List.of(
                doc(entity("Tony Blair", EntityType.PERSON, "Blair")),
                doc(entity("Cherie Blair", EntityType.PERSON, "Mrs Blair")),
                doc(entity("Blair", EntityType.PERSON)),
                doc(entity("Tony Blair", EntityType.PERSON))));

        CorpusEntity tony = index.named("Tony Blair").orElseThrow();
        CorpusEntity cherie = index.named("Cherie Blair").orElseThrow();
        assertThat(tony).isNotEqualTo(cherie);
        assertThat(tony.documents()).containsExactly(0, 3);
        assertThat(cherie.documents()).containsExactly(1);
        CorpusEntity bare = index.all().stream().filter(e -> Arrays.equals(e.documents(), new int[] {2})).findFirst().orElseThrow();
        assertThat(bare.name()).isEqualTo("Blair");
    }

    @Test
    void aliasesLinkDocumentsThatNameAnEntityDifferently() {
        CorpusEntities index = CorpusEntities.build(List.of(
                doc(entity("United States", EntityType.LOCATION, "U.S.")),
                doc(entity("U.S.", EntityType.LOCATION)),
                doc(entity("the United States", EntityType.LOCATION))));

        CorpusEntity us = index.named("US.").or(() -> index.named("U.S.")).orElseThrow();
        assertThat(us.documents()).containsExactly(0, 1, 2);
        assertThat(us.name()).isEqualTo("United States");
        assertThat(us.aliases()).contains("U.S.");
    }

    @Test
    void topCountsDocumentsWithinAFilterAndSkipsUnannotatedOnes() {
        List<Annotation> annotations = new ArrayList<>(List.of(
                doc(entity("Tony Blair", EntityType.PERSON), entity("London", EntityType.LOCATION)),
                doc(entity("Gordon Brown", EntityType.PERSON)),
                doc(entity("Gordon Brown", EntityType.PERSON), entity("Tony Blair", EntityType.PERSON))));
        annotations.add(null);
        CorpusEntities index = CorpusEntities.build(annotations);

        assertThat(index.top(EntityType.PERSON, 10, null)).extracting(CorpusEntity::name)
                .containsExactly("Gordon Brown", "Tony Blair");
        assertThat(index.top(EntityType.PERSON, 1, Set.of(0))).extracting(CorpusEntity::name).containsExactly("Tony Blair");
        assertThat(index.top(EntityType.LOCATION, 10, Set.of(1, 2))).isEmpty();
    }

    @Test
    void anAnnotationArrivingWhileTheLinkingReadsIsLeftForTheNextLinking() {
        // The linking reads the annotations in several passes; one published after the first is not half-linked.
        Annotation late = doc(entity("Tony Blair", EntityType.PERSON), entity("Blair", EntityType.PERSON));
        int[] reads = new int[1];
        List<Annotation> live = new java.util.AbstractList<>() {
            @Override
            public Annotation get(int index) {
                if (index == 0) return doc(entity("Gordon Brown", EntityType.PERSON));
                return reads[0]++ == 0 ? null : late;
            }

            @Override
            public int size() {
                return 2;
            }
        };

        CorpusEntities index = CorpusEntities.build(live);

        assertThat(index.all()).extracting(CorpusEntity::name).containsExactly("Gordon Brown");
        assertThat(index.documentEntities().of(1)).isNull();
        assertThat(index.documentEntities().of(0)).containsExactly(0);
    }

    @Test
    void aCopyKeepsItsEntitiesUnlinked() {
        CorpusEntities index = CorpusEntities.build(List.of(
                doc(entity("Tony Blair", EntityType.PERSON)),
                doc(entity("Tony Blair", EntityType.PERSON), entity("Gordon Brown", EntityType.PERSON))),
                new boolean[] {false, true}, null);

        assertThat(index.all()).extracting(CorpusEntity::name).containsExactly("Tony Blair");
        assertThat(index.documentEntities().of(1)).containsExactly(-1, -1);
        assertThat(index.named("Tony Blair").orElseThrow().documents()).containsExactly(0);
    }
}
