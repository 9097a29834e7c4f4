package dev.lede.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentListTest {

    @Test
    void aRangeKeepsTheDocumentsItIsToldToInCorpusOrder() {
        DocumentList list = DocumentList.range(8, d -> d % 3 != 0);

        assertThat(list).containsExactly(1, 2, 4, 5, 7);
        assertThat(list.indexOf(5)).isEqualTo(3);
        assertThat(list.indexOf(6)).isEqualTo(-1);
        assertThat(list.contains(7)).isTrue();
    }

    @Test
    void sortingByAValueKeepsTiesInTheirOrderAndTakesNegativeValues() {
        int[] value = {0, -2, 5, -2, 5, 0};
        DocumentList ranked = DocumentList.of(List.of(4, 3, 2, 1, 0, 5), 6, d -> true);

        assertThat(ranked.sortedBy(value)).containsExactly(3, 1, 0, 5, 4, 2);
    }
}
