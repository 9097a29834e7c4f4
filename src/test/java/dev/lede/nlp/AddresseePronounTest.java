package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "you wrote", "you said" (an interviewer's question): the person spoken to is the frame's subject, whom the clause
 * does not name, so the quote gets no name from the clause ({@code UnnamedSubjects.unnamedPronounRightBefore}).
 */
class AddresseePronounTest {

    private static final EnglishAnnotator ANNOTATOR = new EnglishAnnotator();

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Tom Price spoke.\\n\\n((Quorbin News)) On your website, you wrote "the roads come first in the town." Why? |           | unnamed
            Tom Price spoke. On the Quorbin Trust website, you wrote "the roads come first in the town."              |           | unnamed
            Tom Price spoke. "The roads come first in the town," you said in March.                                  |           | unnamed
            Tom Price spoke. On the Quorbin Trust website, we wrote "the roads come first in the town."               |           | unnamed
            Tom Price spoke. Anna Berg read your letter and said "the roads come first in the town."                 | Anna Berg | frame-before
            """)
    void theAddresseeIsNoNamedSpeaker(String text, String speaker, String pass) {
        Annotation a = ANNOTATOR.annotate(text.replace("\\n", "\n"));
        Quote last = a.quotes().get(a.quotes().size() - 1);
        assertThat(last.speakerPass()).as("pass").isEqualTo(pass);
        assertThat(last.speaker()).as("speaker").isEqualTo(speaker == null || speaker.isEmpty() ? null : speaker);
    }
}
