package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link IntroducedRole}: "the commissioner said" is the person the text introduced as "commissioner Albert Muchanga",
 * though "commissioner" is no listed person noun; a noun the text never put before a name names nobody.
 */
class IntroducedRoleTest {

    private static final EnglishAnnotator ANNOTATOR = new EnglishAnnotator();

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            AU trade and industry commissioner Albert Muchanga announced Benin would join. The commissioner said, "We have not yet agreed on the rules at all." | Albert Muchanga | frame-before
            Archbishop Desmond Tutu spoke to Quorbin Radio on Monday. The South African archbishop said the detentions were "utterly unacceptable to us all."   | Desmond Tutu    | frame-before
            Albert Muchanga announced Benin would join. The commissioner said, "We have not yet agreed on the rules of origin at all."                         |                 | unnamed
            AU trade and industry commissioner Albert Muchanga announced Benin would join. A commissioner said, "We have not yet agreed on the rules at all."   |                 | unnamed
            """)
    void aNounTheTextPutBeforeANameStandsForThatPerson(String text, String speaker, String pass) {
        Annotation a = ANNOTATOR.annotate(text);
        Quote last = a.quotes().get(a.quotes().size() - 1);
        assertThat(last.speakerPass()).as("pass").isEqualTo(pass == null || pass.isEmpty() ? null : pass);
        assertThat(last.speaker()).as("speaker").isEqualTo(speaker == null || speaker.isEmpty() ? null : speaker);
    }
}
