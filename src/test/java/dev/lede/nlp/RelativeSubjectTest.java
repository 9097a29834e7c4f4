package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "a lawsuit with ZeniMax Media, which accuses …": a speech verb right after ", which" or ", who" and a person's or
 * body's name has that name as its subject, not the person the main clause opens with ({@code RelativeSubject}).
 */
class RelativeSubjectTest {

    private static final EnglishAnnotator ANNOTATOR = new EnglishAnnotator();

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Tom Price testified on Tuesday in a lawsuit with Quorbin Media, which accuses Facebook of "misappropriating trade secrets and more." | Quorbin Media | frame-before
            Tom Price spoke to the Quorbin Trust, which said the plan was "a gift to the banks and nothing more."                                | Quorbin Trust | frame-before
            Tom Price spoke to Anna Berg, who also said the plan was "a gift to the banks and nothing more."                                     | Anna Berg     | frame-before
            Tom Price spoke about the plan, which he said was "a gift to the banks and nothing more."                                            | Tom Price     | frame-before
            Tom Price, who met the Quorbin Trust on Monday, said the plan was "a gift to the banks and nothing more."                            | Tom Price     | frame-before
            """)
    void theRelativeClauseSpeaksForItsName(String text, String speaker, String pass) {
        Annotation a = ANNOTATOR.annotate(text);
        Quote last = a.quotes().get(a.quotes().size() - 1);
        assertThat(last.speakerPass()).as("pass").isEqualTo(pass == null || pass.isEmpty() ? null : pass);
        assertThat(last.speaker()).as("speaker").isEqualTo(speaker == null || speaker.isEmpty() ? null : speaker);
    }
}
