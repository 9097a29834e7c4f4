package dev.lede.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.corpus.Document;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectionsTest {

    @ParameterizedTest(name = "{0} from {1} is in {2} | {3}")
    @CsvSource({
            "sport/095.txt, /n/bbc/sport/095.txt, /n/bbc/, sport",
            "095.txt, /n/wikinews/095.txt, /n/wikinews/, ''",
            "2016/10/05/a.html, /n/archive/2016/10/05/a.html, /n/archive/, 2016",
            "feed.jsonl#2, /n/feeds/feed.jsonl, /n/feeds/, ''",
            "feed.jsonl, /n/feeds/feed.jsonl, /n/feeds/, ''",
    })
    void aDocumentsSectionIsTheFirstFolderUnderTheFolderItWasOpenedFrom(String id, String source, String root, String first) {
        assertThat(Sections.key(id, source)).isEqualTo(root + '\u0000' + first);
    }

    @Test
    void sectionsAreNumberedInOrderOfFirstAppearanceAndOpenedFoldersAreToldApart() {
        List<Document> documents = List.of(
                document("sport/1.txt", "/n/bbc/sport/1.txt"),
                document("politics/2.txt", "/n/bbc/politics/2.txt"),
                document("sport/3.txt", "/n/bbc/sport/3.txt"),
                document("sport/4.txt", "/n/other/sport/4.txt"),
                document("5.txt", "/n/wikinews/5.txt"));

        assertThat(Sections.of(documents)).containsExactly(0, 1, 0, 2, 3);
    }

    private static Document document(String id, String source) {
        return new Document(id, Path.of(source), "t", "text", null, null);
    }
}
