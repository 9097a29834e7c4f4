package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Leslie Wimes, a … president of the … Women Caucus …. Wimes believes …. "…," she said": a given name borne by both
 * women and men tells no gender, so "she" may stand for its bearer; a man's name still may not
 * ({@code Gender.ofGivenName}, the generated unisex list).
 */
class UnisexGivenNameTest {

    private static final EnglishAnnotator ANNOTATOR = new EnglishAnnotator();

    @ParameterizedTest(name = "{2}: {0} … {1} said")
    @CsvSource(delimiter = '|', textBlock = """
            Leslie | she | Leslie Hale
            Jordan | she | Jordan Hale
            Peter  | she | Anna Berg
            Leslie | he  | Leslie Hale
            """)
    void aGivenNameOfBothSexesTellsNoGender(String given, String pronoun, String speaker) {
        Annotation a = ANNOTATOR.annotate("Campaign worries.\n\nAnna Berg leads the campaign in the state. " + given
                + " Hale, a Florida-based president of the caucus, spoke on Monday.\n\nHale believes that the campaign took voters "
                + "for granted.\n\n\"They have a big problem,\" " + pronoun + " said.");
        Quote last = a.quotes().get(a.quotes().size() - 1);
        assertThat(last.speakerPass()).as("pass").isEqualTo("frame-after");
        assertThat(last.speaker()).as("speaker").isEqualTo(speaker);
    }
}
