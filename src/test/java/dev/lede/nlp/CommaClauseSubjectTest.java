package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ", economists said", ", which critics claimed": a plain noun that opens its own clause after a comma is the speech
 * verb's subject, whom the text does not name, whatever names the reported words before the comma hold
 * ({@code UnnamedSubjects.commonNounRightBefore}).
 */
class CommaClauseSubjectTest {

    private static final EnglishAnnotator ANNOTATOR = new EnglishAnnotator();

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Tom Price spoke. The Quorbin Trust will raise its rates next month, economists said. "The growth is not robust at all." |  |
            Anna Berg spoke. Tom Price backed posters featuring Jim Hale, which critics claimed were "a disgrace to the town." |  | unnamed
            The Quorbin Party would deal "sympathetically" with any plea by Jim Hale to rejoin, its co-chairman has said. |  | unnamed
            Tom Price spoke. Anna Berg, who left the board on Monday, afterwards said: "I am so glad I am out of it."     | Anna Berg | frame-before
            Tom Price spoke. Anna Berg, the mayor, said the plan was "a gift to the banks."                             | Anna Berg | frame-before
            """)
    void theNounAfterTheCommaSpeaks(String text, String speaker, String pass) {
        Annotation a = ANNOTATOR.annotate(text);
        Quote last = a.quotes().get(a.quotes().size() - 1);
        assertThat(last.speakerPass()).as("pass").isEqualTo(pass == null || pass.isEmpty() ? null : pass);
        assertThat(last.speaker()).as("speaker").isEqualTo(speaker == null || speaker.isEmpty() ? null : speaker);
    }
}
