package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link PassiveAgent}: the name after "by" of a passive speech or judging verb speaks the quote after it. */
class PassiveAgentTest {

    private static final EnglishAnnotator ANNOTATOR = new EnglishAnnotator();

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Tom Price spoke. The plan has been described by the Daily Ledger as "reckless."                       | Daily Ledger
            Tom Price spoke. The plan was described by Anna Berg as "a gift to the banks."                        | Anna Berg
            The Quorbin Trust tracks ships. Its data showed a pattern described by the Daily Ledger as "rather hectic." | Daily Ledger
            Tom Price spoke. He bought a ring described by Anna Berg as "one of a kind in the town."             | Anna Berg
            Tom Price spoke. The Quorbin Trust noted a pattern described by Anna Berg, who said it was "rather hectic." | Anna Berg
            Anna Berg spoke. Tom Price denied a claim described by Jim Hale on Monday and called it "a gift to the banks." | Tom Price
            """)
    void theAgentAfterBySpeaks(String text, String speaker) {
        Annotation a = ANNOTATOR.annotate(text);
        Quote last = a.quotes().get(a.quotes().size() - 1);
        assertThat(last.speaker()).isEqualTo(speaker);
    }
}
