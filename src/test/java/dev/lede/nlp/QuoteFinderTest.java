package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteFinderTest {

    private final QuoteFinder finder = new QuoteFinder();

    private List<String> quotes(String text) {
        return finder.find(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void pairsStraightAndCurlyDoubleQuotes() {
        assertThat(quotes("He said \"we are ready\" and she said \u201Cso are we\u201D today."))
                .containsExactly("we are ready", "so are we");
    }

    @Test
    void apostrophesInsideWordsNeverCloseASingleQuote() {
        assertThat(quotes("Iran's general: 'It's Not Going to Happen' he said, and 'we won't leave'."))
                .containsExactly("It's Not Going to Happen", "we won't leave");
    }

    @Test
    void curlySingleQuotesWithApostrophesInside() {
        assertThat(quotes("Headline: \u2018Iran\u2019s ties won\u2019t break\u2019, says general"))
                .containsExactly("Iran\u2019s ties won\u2019t break");
    }

    @Test
    void guillemetsAreQuotes() {
        assertThat(quotes("Il a dit \u00ABnous partons\u00BB hier.")).containsExactly("nous partons");
    }

    @Test
    void aQuoteReopenedInTheNextParagraphContinuesAndKeepsTheFlag() {
        String text = "He said: \"We will fight.\n\n\"We will never surrender.\"\n\nThe end.";
        List<QuoteFinder.Span> spans = finder.find(text);
        assertThat(spans).hasSize(2);
        assertThat(text.substring(spans.get(0).start(), spans.get(0).end())).isEqualTo("We will fight.");
        assertThat(text.substring(spans.get(1).start(), spans.get(1).end())).isEqualTo("We will never surrender.");
        assertThat(spans.get(1).continued()).isTrue();
    }

    @Test
    void aStraightQuoteReopenedWithoutClosingStartsANewQuote() {
        assertThat(quotes("He told the BBC: \"We are advised by the police... \"What they say is clear.\""))
                .containsExactly("We are advised by the police...", "What they say is clear.");
    }

    @Test
    void plainApostrophesAndDecadesAreNotQuotes() {
        assertThat(quotes("The players' union met in the '90s and didn't agree.")).isEmpty();
    }

    @Test
    void aQuoteInsideAQuoteBelongsToTheOuterOne() {
        assertThat(quotes("She said \"they called it 'madness' at the time\".")).containsExactly("they called it 'madness' at the time");
    }

    /** US news styles; each row: text | the quotes found, joined by " / ". */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ''We will win,'' the mayor said. ''Nobody doubts it.''           | We will win, / Nobody doubts it.
            The senator's aides said the plan ''makes sense.''               | makes sense.
            ”Fear. That is what I feel,” she wrote.                          | Fear. That is what I feel,
            They chanted “social engineering,” ”like women in combat” today. | social engineering, / like women in combat
            “ … what I learned is simple,” he said.                          | ` … what I learned is simple,`
            The band's ''greatest hits'' album sold well.                    | greatest hits
            """)
    void usNewsStyles(String text, String expected) {
        assertThat(String.join(" / ", quotes(text))).isEqualTo(expected);
    }

    @Test
    void theHeadlineIsTheFirstLineBeforeABlankLine() {
        assertThat(QuoteFinder.headlineEnd("Mayor calls plan 'crazy'.\n\nThe mayor said...")).isEqualTo(25);
        assertThat(QuoteFinder.headlineEnd("One paragraph\nrunning on.")).isZero();
    }
}
