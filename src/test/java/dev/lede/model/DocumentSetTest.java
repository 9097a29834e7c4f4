package dev.lede.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentSetTest {

    @Test
    void documentsAreIteratedInCorpusOrderAndFoundBySearch() {
        DocumentSet set = new DocumentSet(new int[] {2, 5, 9, 40});

        assertThat(set).containsExactly(2, 5, 9, 40);
        assertThat(set.contains(9)).isTrue();
        assertThat(set.contains(10)).isFalse();
        assertThat(set.contains("9")).isFalse();
        assertThat(set).isEqualTo(Set.of(40, 9, 5, 2));
    }

    @Test
    void anIntersectionKeepsTheDocumentsOfBoth() {
        DocumentSet a = new DocumentSet(new int[] {1, 3, 5, 7, 9});
        DocumentSet b = new DocumentSet(new int[] {0, 3, 4, 9, 12});

        assertThat(a.intersection(b)).containsExactly(3, 9);
        assertThat(a.intersection(new DocumentSet(new int[0]))).isEmpty();
    }
}
