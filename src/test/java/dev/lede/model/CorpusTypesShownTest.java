package dev.lede.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityType;
import dev.lede.nlp.EnglishAnnotator;
import dev.lede.nlp.TypeEvidence;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The explorer shows an article's entities as the corpus types their names: the sidebar reads {@link Library#annotation}. */
class CorpusTypesShownTest {

    @Test
    void aNameTheOtherArticlesTypeSurelyIsShownTypedWhereItsOwnArticleSaysNothing() throws InterruptedException {
        Articles articles = new Articles()
                .add("Prices to rise", "Mr Quorvath Ennisdale said on Monday that prices would rise.", List.of(), List.of())
                .add("Chairman quits", "The chairman, Mr Quorvath Ennisdale, resigned after a row with the board.", List.of(), List.of())
                .add("Shares fall", "Shares fell sharply after Quorvath Ennisdale left the firm in March.", List.of(), List.of());
        try (Library library = Library.annotating(articles.documents(), new EnglishAnnotator(), 1)) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (library.filterNamed("Quorvath Ennisdale").map(f -> library.documentsMentioning(f).size()).orElse(0) < 3) {
                assertThat(System.nanoTime()).as("linked within 20 s").isLessThan(deadline);
                Thread.sleep(20);
            }

            Entity shown = library.annotation(2).entities().stream()
                    .filter(e -> e.name().equals("Quorvath Ennisdale")).findFirst().orElseThrow();

            assertThat(shown.type()).isEqualTo(EntityType.PERSON);
            assertThat(shown.typeRule()).isEqualTo(TypeEvidence.CORPUS_TYPE);
        }
    }
}
