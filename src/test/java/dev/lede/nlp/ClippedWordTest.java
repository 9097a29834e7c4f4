package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link ClippedWord}: an apostrophe before a word with its first letters dropped ("'cause", "'em") opens no quote, so it
 * does not pair with a later apostrophe and swallow the real quotes after it; a quote that opens on such a word written
 * in capitals, or on another word, still opens.
 */
class ClippedWordTest {

    private final QuoteFinder finder = new QuoteFinder();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            I liked the sisters, 'specially Judit.  She didn't just want to be the best.            | ``
            I went to college 'cause I didn't want to play chess and not go to a university.          | ``
            Driving games and shoot 'em ups are coming. "It's important we use 10%," he explained.    | It's important we use 10%,
            Games will stay free 'til the end of May, the firm's boss said on Monday.                  | ``
            The head called it 'Cause for concern' on Monday.                                          | Cause for concern
            The head called it 'causal and clear' on Monday.                                           | causal and clear
            """)
    void aClippedWordOpensNoQuote(String text, String quotes) {
        List<String> found = finder.find(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
        assertThat(found).isEqualTo(quotes.isEmpty() ? List.of() : List.of(quotes));
    }
}
