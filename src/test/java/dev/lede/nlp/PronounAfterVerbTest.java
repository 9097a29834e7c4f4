package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "the former secretary of state … said she wanted to speak "…"": the pronoun right after a description's speech verb
 * tells its gender, so the description is not a person of the other gender named more often nearby
 * ({@code PronounAfterVerb}).
 */
class PronounAfterVerbTest {

    private static final EnglishAnnotator ANNOTATOR = new EnglishAnnotator();

    private static final String BEFORE = "Anna Berg spoke on Tuesday about the death of Tom Price, after Tom Price was shot in Tulsa and "
            + "the family of Tom Price called for calm. ";

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            On the radio, the former minister said she wanted to speak "directly to the people of this city."      | Anna Berg
            On the radio, the former minister said that she wanted to speak "directly to the people of this city." | Anna Berg
            On the radio, the former minister said he wanted to speak "directly to the people of this city."       | Tom Price
            On the radio, the former minister said the city wanted to speak "directly to the people of this city." | Tom Price
            """)
    void thePronounAfterTheVerbTellsTheDescriptionsGender(String sentence, String speaker) {
        Annotation a = ANNOTATOR.annotate(BEFORE + sentence);
        Quote last = a.quotes().get(a.quotes().size() - 1);
        assertThat(last.speakerPass()).as("pass").isEqualTo("frame-before");
        assertThat(last.speaker()).as("speaker").isEqualTo(speaker);
    }
}
