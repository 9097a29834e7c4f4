package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link UnnamedSubjects#ownedPersonRightBefore}: "his daughter reported", "its source said" speak unnamed, not the
 * owner; a relative the text introduced by name keeps that name.
 */
class OwnedPersonTest {

    private static final EnglishAnnotator ANNOTATOR = new EnglishAnnotator();

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Mayor Tom Price went missing on Monday. At noon his daughter reported to the police he "left home after leaving words like a will." | -
            The Daily Ledger covered the blast. The Daily Ledger reported its source said "three gunmen" were killed.                      | -
            Of the money due to Tom Price, his lawyer said: "It could be tens of millions of dollars."                                          | -
            Tom Price's son Jim Price, 57, spoke on Monday. "He called them his spare tapes," his son said.                                      | Jim Price
            Tom Price spoke on Monday. His aides were there. "We will appeal the ruling," Tom Price said.                                       | Tom Price
            """)
    void theOwnedPersonSpeaksUnnamed(String text, String speaker) {
        Annotation a = ANNOTATOR.annotate(text);
        Quote last = a.quotes().get(a.quotes().size() - 1);
        assertThat(last.speaker() == null ? "-" : last.speaker()).isEqualTo(speaker);
    }
}
