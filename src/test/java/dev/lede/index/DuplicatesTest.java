package dev.lede.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.corpus.Document;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicatesTest {

    private final List<Document> docs = new ArrayList<>();

    private void add(String title, String body) {
        String id = "d" + docs.size() + ".txt";
        docs.add(new Document(id, Path.of(id), title, title + "\n\n" + body, null, null));
    }

    private static String sentences(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) b.append("Sentence number ").append(i).append(" says something. ");
        return b.toString();
    }

    @Test
    void theSameTextWithOtherWhiteSpaceIsACopyOfTheFirst() {
        add("Shares fall", "Shares fell.\nMarkets   were calm.");
        add("Shares fall", "  Shares fell. Markets were\tcalm.\n");
        add("Shares fall", "Shares rose. Markets were calm.");

        Duplicates found = Duplicates.of(docs);

        assertThat(found.isCopy(1)).isTrue();
        assertThat(found.isCopy(0)).isFalse();
        assertThat(found.isCopy(2)).isFalse();
        assertThat(found.copiesOf(0)).containsExactly(1);
        assertThat(found.copyCount()).isEqualTo(1);
    }

    @Test
    void theSameTitleWithNinetyPercentOfTheSameSentencesIsANearCopy() {
        add("Ministers meet", sentences(0, 20));
        add("Ministers meet", sentences(0, 19) + "One new closing line.");
        add("Ministers meet", sentences(0, 15) + sentences(100, 105));
        add("Other title", sentences(0, 20));

        Duplicates found = Duplicates.of(docs);

        assertThat(found.isCopy(1)).as("19 of 20 sentences shared").isTrue();
        assertThat(found.isCopy(2)).as("15 of 20").isFalse();
        assertThat(found.isCopy(3)).as("another title").isFalse();
        assertThat(found.copyFlags()).containsExactly(false, true, false, false);
    }
}
