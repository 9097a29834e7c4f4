package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which of several people with one surname the surname alone names. */
class SharedSurnameTest {

    private static final EnglishAnnotator ANNOTATOR = new EnglishAnnotator();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // his wife named in passing does not take the surname over
            "Sen. Ted Quorbin spoke on Friday. Quorbin said he would vote. Critics mocked Heidi Quorbin in a photo. "
                    + "Quorbin said he was hurt. | Quorbin said he was hurt | Ted Quorbin",
            // the coach named as a sentence's subject does
            "Jason Quell will miss the game. Quell said he was sad. Andy Quell said the squad was thin. "
                    + "It leaves Quell short of players. | Quell short | Andy Quell",
            "The search had help from the brother of Simon Quell. Writer Tony Quell is among the judges. "
                    + "Quell said he was glad. | Quell said he was glad | Tony Quell",
            // a title says which
            "Tony Quorbin and his wife Cherie Quorbin arrived. Quorbin spoke first. Later Mrs Quorbin said she was tired. "
                    + "| Mrs Quorbin said | Cherie Quorbin",
    })
    void theSurnameAloneNamesThePersonItFirstNamed(String text, String where, String person) {
        Annotation a = ANNOTATOR.annotate(text);
        int at = text.indexOf(where.strip()) + (where.strip().startsWith("Mrs ") ? 4 : 0);
        Entity named = a.entities().stream().filter(e -> e.mentions().stream().anyMatch(m -> m.start() == at))
                .findFirst().orElseThrow();
        assertThat(named.name()).isEqualTo(person);
    }
}
