package dev.lede.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentPostingsTest {

    @Test
    void documentsArriveInAnyOrderAndAreCountedOnceAcrossKeys() {
        DocumentPostings postings = new DocumentPostings();
        for (int doc : new int[] {5, 2, 9, 2, 7}) postings.add("tony blair", doc);
        for (int doc : new int[] {9, 1, 5}) postings.add("blair", doc);
        postings.add("tony blair", 3);

        assertThat(postings.documents(List.of("tony blair", "blair"))).containsExactly(1, 2, 3, 5, 7, 9);
        assertThat(postings.count(List.of("tony blair", "blair"))).isEqualTo(6);
        assertThat(postings.count(List.of("tony blair"))).isEqualTo(5);
        assertThat(postings.count(List.of("blair", "nobody"))).isEqualTo(3);
        assertThat(postings.count(List.of("nobody"))).isZero();
    }
}
