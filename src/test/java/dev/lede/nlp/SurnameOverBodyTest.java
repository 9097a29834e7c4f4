package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Edward Norton Lorenz … MIT's Lorenz Center … Lorenz said": a lone surname of a person named in the text names the
 * person, not a body whose name opens with it, unless the word is itself a listed body's name ({@code SurnameOverBody}).
 */
class SurnameOverBodyTest {

    private static final EnglishAnnotator ANNOTATOR = new EnglishAnnotator();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Edward Quorlenz ran the lab. Daniel Rothman is co-director of the Quorlenz Center at the university. Quorlenz said the results were odd. | Quorlenz | Edward Quorlenz
            Anna Quorbell founded it. The Quorbell Foundation gave money on Monday. Later Quorbell told reporters she was glad.                     | Quorbell | Anna Quorbell
            Daniel Rothman is co-director of the Quorlenz Center at the university. Quorlenz said the results were odd.                            | Quorlenz | Quorlenz Center
            """)
    void theSurnameNamesThePerson(String text, String word, String entity) {
        Annotation a = ANNOTATOR.annotate(text);
        int last = text.lastIndexOf(word);
        Entity named = a.entities().stream().filter(e -> e.mentions().stream().anyMatch(m -> m.start() == last)).findFirst().orElseThrow();
        assertThat(named.name()).isEqualTo(entity);
    }
}
