package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The gender a person's name gets from the pronoun that follows it when it opens a sentence. */
class PronounGenderTest {

    private static final EnglishAnnotator ANNOTATOR = new EnglishAnnotator();

    @ParameterizedTest(name = "{2}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Zorwen Quabbe said on Monday. Quabbe was never able to shake the image, which stuck to his name. | Zorwen Quabbe | MALE
            Zorwen Quabbe said her team was ready.                                                            | Zorwen Quabbe | FEMALE
            Zorwen Quabbe said the plan of Tom Price was late and his team was ready.                        | Zorwen Quabbe | UNKNOWN
            Zorwen Quabbe said on Monday. Quabbe's son said his team was ready.                              | Zorwen Quabbe | UNKNOWN
            Zorwen Quabbe said the lawyer had told her the team was ready.                                    | Zorwen Quabbe | UNKNOWN
            Zorwen Quabbe said his team was ready. Zorwen Quabbe said her plan was late.                      | Zorwen Quabbe | UNKNOWN
            Zorwen Quabbe said on Monday. Ilsa Quabbe said on Tuesday. Quabbe said his team was ready.        | Zorwen Quabbe | UNKNOWN
            Zorwen Quabbe said on Monday. Ilsa Quabbe said on Tuesday. Quabbe said his team was ready.        | Ilsa Quabbe   | UNKNOWN
            """)
    void thePronounAfterANameThatOpensASentenceTellsTheGender(String text, String person, Gender expected) {
        List<Token> tokens = new Tokenizer(Lexicon.get()).tokenize(text);
        List<Entity> entities = ANNOTATOR.annotate(text).entities();
        int[] entityAt = new int[tokens.size()];
        Arrays.fill(entityAt, -1);
        for (int e = 0; e < entities.size(); e++) {
            for (Mention m : entities.get(e).mentions()) {
                for (int k = 0; k < tokens.size(); k++) if (tokens.get(k).start() >= m.start() && tokens.get(k).end() <= m.end()) entityAt[k] = e;
            }
        }
        int index = entities.indexOf(entities.stream().filter(e -> e.name().equals(person)).findFirst().orElseThrow());
        assertThat(entities.get(index).type()).isEqualTo(EntityType.PERSON);
        assertThat(PronounGender.of(tokens, entities, entityAt, new boolean[tokens.size()])[index]).isEqualTo(expected);
    }
}
