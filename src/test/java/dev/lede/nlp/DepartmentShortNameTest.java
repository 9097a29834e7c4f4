package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "the Department of Quorland Security … a Quorland Security memo": the words after "Department of", two or more, name
 * the department ({@code DepartmentShortName}).
 */
class DepartmentShortNameTest {

    private static final EnglishAnnotator ANNOTATOR = new EnglishAnnotator();

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The program is run by the Department of Quorland Security. The source of the money matters, as a Quorland Security memo put it.   | Quorland Security | Department of Quorland Security
            The program is run by the Ministry of Quorland Affairs. Quorland Affairs officials said on Monday that it was working.          | Quorland Affairs  | Ministry of Quorland Affairs
            The program is run by the Quorland Security Agency. Quorland Security officials said on Monday that it was working.             | Quorland Security | Quorland Security Agency
            """)
    void theDepartmentIsNamedByWhatItDealsWith(String text, String shortForm, String entity) {
        Annotation a = ANNOTATOR.annotate(text);
        int last = text.lastIndexOf(shortForm);
        Entity named = a.entities().stream().filter(e -> e.mentions().stream().anyMatch(m -> m.start() <= last && m.end() > last)).findFirst().orElseThrow();
        assertThat(named.name()).isEqualTo(entity);
    }
}
