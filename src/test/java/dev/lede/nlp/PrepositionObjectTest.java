package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Having worked closely with Mr Cantalupo, Mr Bell focused …. He had promised …", "relations with Mr Campbell, who he
 * described as …": a person named after a preposition and role words ("with Mr", "by former secretary general") is its
 * object, not the subject a pronoun goes back to ({@code PrepositionObject}).
 */
class PrepositionObjectTest {

    private static final EnglishAnnotator ANNOTATOR = new EnglishAnnotator();

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `Having worked closely with Mr Hale, Mr Price focused on demand at existing shops. He had promised not to let the company get "fat, dumb and happy."` | Price
            `Foreign Secretary Tom Price said he had always had "very good and polite relations" with Mr Hale, who he described as "very talented".`              | Tom Price
            `Tom Price refused to discuss reports that the party had repaid money to Jack Hale after the vote. "We repay loans when they are due," he said.`      | Tom Price
            `Anna Berg met Jack Hale, the party treasurer, after the vote. "We repay loans when they are due," he said.`                                         | Jack Hale
            """)
    void aPersonAfterAPrepositionAndARoleIsNoSubject(String text, String speaker) {
        Annotation a = ANNOTATOR.annotate("Loans.\n\n" + text);
        Quote last = a.quotes().get(a.quotes().size() - 1);
        assertThat(last.speaker()).as("speaker").isEqualTo(speaker);
    }
}
