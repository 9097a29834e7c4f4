package dev.lede.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.index.Duplicates;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityType;
import dev.lede.nlp.Mention;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoredLinkingTypesTest {

    private static Annotation article(EntityType type, String rule) {
        String name = "Quorvath Ennisdale";
        return new Annotation(List.of(new Entity("e1", name, type, List.of(), List.of(new Mention(0, name.length(), name)), rule)), List.of());
    }

    @Test
    void aKeptLinkingKeepsTheTypesTheCorpusLendsNames() throws Exception {
        List<Annotation> annotations = List.of(article(EntityType.PERSON, "person-title"), article(EntityType.PERSON, "person-title"),
                article(EntityType.OTHER, "unknown-name"));
        CorpusIndexes.Linked linked = CorpusIndexes.Linked.of(annotations, Duplicates.none(3), null);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StoredLinking.encode(linked, Duplicates.none(3), bytes);
        StoredLinking.Restored restored = StoredLinking.decode(new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(restored.linked().entities().types().decided()).isEqualTo(linked.entities().types().decided()).isNotEmpty();
        assertThat(restored.linked().entities().types().retyped(annotations.get(2)).entities().get(0).type()).isEqualTo(EntityType.PERSON);
        // The row of the third counts the person the corpus made of its OTHER entity, kept and restored alike.
        assertThat(linked.rowCounts(2)).isEqualTo(new RowCounts(1, 0));
        for (int d = 0; d < 3; d++) assertThat(restored.linked().rowCounts(d)).isEqualTo(linked.rowCounts(d)).isNotNull();
        // The entity ids come back in an array of exactly their number (a million articles' is hundreds of MB).
        assertThat(restored.linked().entities().documentEntities().ids()).isEqualTo(linked.entities().documentEntities().ids());
    }

    @Test
    void aKeptLinkingCutShortIsNotRestored() throws Exception {
        List<Annotation> annotations = List.of(article(EntityType.PERSON, "person-title"), article(EntityType.PERSON, "person-title"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StoredLinking.encode(CorpusIndexes.Linked.of(annotations, Duplicates.none(2), null), Duplicates.none(2), bytes);
        byte[] cut = java.util.Arrays.copyOf(bytes.toByteArray(), bytes.size() / 2);

        assertThatThrownBy(() -> StoredLinking.decode(new ByteArrayInputStream(cut))).isInstanceOf(java.io.IOException.class);
    }
}
