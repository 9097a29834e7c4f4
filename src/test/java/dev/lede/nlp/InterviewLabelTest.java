package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link InterviewLabel}: a name alone in double brackets that open a line labels an interview turn, spoken by a person
 * ("((Akram Pasha))  I didn't choose."); the interviewer's initials and a name in brackets inside a line are not typed so.
 */
class InterviewLabelTest {

    private static final EnglishAnnotator ANNOTATOR = new EnglishAnnotator();

    @ParameterizedTest(name = "{1} {2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Sex workers in Mysore talk to Wikinews\\n\\n((WN))  Why did you choose this work?\\n\\n((Akram Pasha))  I didn't choose.  I worked as a massager. | Akram Pasha | PERSON
            Sex workers in Mysore talk to Wikinews\\n\\n((WN))  Why did you choose this work?\\n\\n((Akram Pasha))  I didn't choose.  I worked as a massager. | WN          | ORGANIZATION
            Sex workers in Mysore talk to Wikinews\\n\\nThe group met at noon ((Akram Pasha)) and then left for the market in the city.              | Akram Pasha | OTHER
            """)
    void theLabelOfATurnIsAPerson(String text, String name, String type) {
        Annotation a = ANNOTATOR.annotate(text.replace("\\n", "\n"));
        Entity e = a.entities().stream().filter(x -> x.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + a.entities()));
        assertThat(e.type()).as(name).isEqualTo(EntityType.valueOf(type));
    }
}
