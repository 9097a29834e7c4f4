package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * '"…," Mr. McHugh said': a name right after the quote and then its speech verb is the quote's own frame, as "he said"
 * is, so an earlier frame of the same sentence ("the officials said") does not take the quote
 * ({@code SpeakerResolver.nameThenSpeechVerb}).
 */
class NamedFrameRightAfterTest {

    private static final EnglishAnnotator ANNOTATOR = new EnglishAnnotator();

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Tom Price works for the city. To ease the threat, the officials said, the utility changed its covers, "so the gases cannot form a combustible amount," Mr. Price said. | Tom Price | frame-after
            Tom Price works for the city. The officials said the utility changed its covers, "so the gases cannot form a combustible amount," Anna Berg said.               | Anna Berg | frame-after
            Tom Price works for the city. To ease the threat, the officials said, the utility changed its covers "so the gases cannot form a combustible amount."            |           | unnamed
            Tom Price works for the city. Anna Berg said the covers were "a gift to the banks" Tom Price reported on Monday.                                                 | Anna Berg | frame-before
            Tom Price works for the city. Anna Berg spoke next. She continued: "How can they clean up our hospitals?" Tom Price said he would not respond.           | Anna Berg | frame-before
            """)
    void theNameAfterTheQuoteSpeaks(String text, String speaker, String pass) {
        Annotation a = ANNOTATOR.annotate(text);
        Quote last = a.quotes().get(a.quotes().size() - 1);
        assertThat(last.speakerPass()).as("pass").isEqualTo(pass == null || pass.isEmpty() ? null : pass);
        assertThat(last.speaker()).as("speaker").isEqualTo(speaker == null || speaker.isEmpty() ? null : speaker);
    }
}
