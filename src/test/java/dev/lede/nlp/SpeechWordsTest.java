package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whether a speech word frames a quote where it stands. */
class SpeechWordsTest {

    private static final Lexicon LEX = Lexicon.get();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Ann Quell comments on the plan.          | comments | true",
            "Quorbin's said it would close.           | said     | true",
            "She repeated his remarks on Monday.       | remarks  | false",
            "The claims were denied.                   | claims   | false",
            "Quell claims the plan will fail.          | claims   | true",
            "He was told to leave.                     | told     | false",
            "Says Quell, it is over.                   | Says     | true",
            "He was formally told to leave.            | told     | false",
            "The plan is widely described as a gift.   | described | false",
            "She informed police she was leaving.      | informed | true",
            "He was informed of the plan.              | informed | false",
            "An informed source said so.               | informed | false",
    })
    void aSpeechWordAfterADeterminerIsANoun(String sentence, String word, boolean verb) {
        List<Token> tokens = new Tokenizer(LEX).tokenize(sentence.strip());
        int k = 0;
        while (!tokens.get(k).text().equals(word)) k++;
        assertThat(SpeechWords.isActiveSpeechVerb(tokens, k)).isEqualTo(verb);
    }
}
