package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "While Obama had a wide array of black artists writing songs about him, that has not been happening for Clinton, which
 * is something that concerns Henry Crespo, …. ¶ "…," he said": a clause put before the main one ("While …,", "As …,")
 * is not the sentence's subject for a pronoun after it, even when a speech verb stands in it ("writing"); the main
 * clause's subject, else the latest person of the pronoun's gender, is ({@code NarrationSubject}).
 */
class FrontedClauseTest {

    private static final EnglishAnnotator ANNOTATOR = new EnglishAnnotator();

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `While Tom Price had a wide array of artists writing songs about him, that has not been happening for the party, which is something that concerns Jack Hale, president of the Quorbin Trust.` | Jack Hale
            `While Tom Price had a wide array of artists writing songs about him, Jack Hale had none.`                                                                                                 | Jack Hale
            `Tom Price had a wide array of artists writing songs about him, while the party had none.`                                                                                                | Tom Price
            """)
    void aFrontedClauseIsNotTheSubjectAPronounGoesBackTo(String sentence, String speaker) {
        Annotation a = ANNOTATOR.annotate("Songs.\n\n" + sentence + "\n\n\"No one is writing songs for us,\" he said.");
        Quote last = a.quotes().get(a.quotes().size() - 1);
        assertThat(last.speakerPass()).as("pass").isEqualTo("frame-after");
        assertThat(last.speaker()).as("speaker").isEqualTo(speaker);
    }
}
