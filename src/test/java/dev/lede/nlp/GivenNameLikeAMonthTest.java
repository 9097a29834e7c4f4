package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Jan Egeland": a month's abbreviation that is also a given name, without a dot and right before a capitalised word, is
 * a person's given name; a date stays a date ("Jan 5", "Jan. Quorbin") and a month in full is no given name ("Last June
 * Grewcock was banned") ({@code NameFinder.givenNameLikeAMonth}).
 */
class GivenNameLikeAMonthTest {

    private static final EnglishAnnotator ANNOTATOR = new EnglishAnnotator();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The aid was late, said UN aid chief Jan Quorland on Monday.  | Jan Quorland  | PERSON
            Jan Quorbych beat the top seed in three sets on Friday.      | Jan Quorbych  | PERSON
            The rules change on Jan 5 for every Quorbin firm.            | Quorbin       |
            The report came out in Jan. Quorbin Media said sales rose.   | Quorbin Media | ORGANIZATION
            """)
    void theGivenNameOpensTheName(String text, String name, EntityType type) {
        Annotation a = ANNOTATOR.annotate("A headline\n\n" + text);
        assertThat(a.entities()).extracting(Entity::name).contains(name);
        if (type != null) assertThat(a.entities()).filteredOn(e -> e.name().equals(name)).extracting(Entity::type).containsExactly(type);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Last June Tom Quorbell was banned from rugby for two weeks.
            In June I will decide whether to play on, said Tom Quorbell.
            """)
    void aMonthInFullIsNoGivenName(String text) {
        Annotation a = ANNOTATOR.annotate("A headline\n\n" + text);
        assertThat(a.entities()).extracting(Entity::name).noneMatch(n -> n.startsWith("June"));
    }
}
