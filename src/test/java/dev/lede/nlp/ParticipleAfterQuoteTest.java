package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 'Mayor Tom Price declared himself "delighted …", saying Anna Berg would …': a participle right after a quote and its
 * comma has the subject of the clause before the quote (past a relative clause set off in it), not the name after it;
 * "according to" after a quote names its source ({@code ParticipleAfterQuote}).
 */
class ParticipleAfterQuoteTest {

    private static final EnglishAnnotator ANNOTATOR = new EnglishAnnotator();

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Mayor Tom Price declared himself "delighted with the result", saying Anna Berg would be a fine deputy.                                  | Tom Price     | frame-after
            Anna Berg, who leads the council, said the plan was "a gift to the banks and nothing more," adding Tom Price had not read it.           | Anna Berg     | frame-after
            The Quorbin Trust - whose chairman is Tom Price - thanked "all the fans who came to the shows this year", adding that the tour would go on. | Quorbin Trust | frame-after
            Anna Berg will star in "a character-driven comedy with a dark heart", according to Tom Price, who wrote it.                             | Tom Price     | frame-after
            "We are delighted with the result and the turnout", saying Anna Berg would be a fine deputy.                                             | Anna Berg     | frame-after
            """)
    void theClauseBeforeTheQuoteSpeaks(String text, String speaker, String pass) {
        Annotation a = ANNOTATOR.annotate("A story from the news.\n\n" + text);
        Quote last = a.quotes().get(a.quotes().size() - 1);
        assertThat(last.speakerPass()).as("pass").isEqualTo(pass == null || pass.isEmpty() ? null : pass);
        assertThat(last.speaker()).as("speaker").isEqualTo(speaker == null || speaker.isEmpty() ? null : speaker);
    }
}
