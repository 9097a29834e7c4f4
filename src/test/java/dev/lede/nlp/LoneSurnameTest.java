package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Hillary Clinton Goes After …. ¶ Clinton leaned in …. She started off …. ¶ "…," she said.": a person named by a lone
 * word that the text also writes after a given name is called by a surname, so the word tells no gender even when it is
 * a given name too ({@code LoneSurname}); without the full name the given-name list still decides.
 */
class LoneSurnameTest {

    private static final EnglishAnnotator ANNOTATOR = new EnglishAnnotator();

    @ParameterizedTest(name = "{2}: {0} / {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Hillary Clinton Goes After Donald Trump | Clinton | Clinton
            Rachel Scott Goes After Donald Trump    | Scott   | Scott
            Clinton Goes After Donald Trump         | Clinton |
            """)
    void aLoneSurnameTellsNoGender(String headline, String name, String speaker) {
        Annotation a = ANNOTATOR.annotate(headline + ".\n\nOn Monday night, " + name + " leaned in heavy and often at the debate. "
                + "She started off by emphasizing economic fairness. She then peppered him with attacks on his record.\n\n"
                + "\"I think there may be a couple of reasons,\" she said.");
        Quote last = a.quotes().get(a.quotes().size() - 1);
        assertThat(last.speaker()).as("speaker").isEqualTo(speaker == null || speaker.isEmpty() ? null : speaker);
    }
}
