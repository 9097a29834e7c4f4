package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "informed" frames a quote as "told" does: its subject speaks, the name after it is whom the words are told to. */
class InformedFrameTest {

    private static final EnglishAnnotator ANNOTATOR = new EnglishAnnotator();

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Police spoke with Anna Berg. She informed police she had immunity, but "that she had no plans to leave the country." | Anna Berg
            Tom Price informed Anna Berg the plan was "a gift to the banks."                                                    | Tom Price
            """)
    void theInformerSpeaks(String text, String speaker) {
        Annotation a = ANNOTATOR.annotate(text);
        Quote last = a.quotes().get(a.quotes().size() - 1);
        assertThat(last.speaker() == null ? "-" : last.speaker()).isEqualTo(speaker);
    }
}
