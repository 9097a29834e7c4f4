package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How one article's names for a person become one entity, whatever way the article writes them again. */
class EntityMergerTest {

    private static final EnglishAnnotator ANNOTATOR = new EnglishAnnotator();

    @ParameterizedTest(name = "{0} … {1}")
    @CsvSource(delimiter = '|', value = {
            // a generational suffix is not the surname
            "Vice President Joseph R. Biden Jr. spoke on Monday. | Mr. Biden said the plan would work. | Joseph R. Biden Jr. | Biden",
            "Cal Ripken Jr. visited Baltimore on Friday. | Ripken told the crowd to vote. | Cal Ripken Jr. | Ripken",
            // the text's apostrophe and a typed one
            "Police Commissioner James O’Neill arrived. | O'Neill said the cause was not known. | James O’Neill | O'Neill",
            // a judge's title ends the court's name before the person's
            "Manhattan Supreme Court Justice Frank Nervo ruled on Thursday. | Nervo said the court's role was limited. | Frank Nervo | Nervo",
            "Chief Justice John Roberts swore him in. | Roberts said nothing more. | John Roberts | Roberts",
    })
    void aPersonNamedAgainIsOneEntity(String first, String second, String name, String again) {
        Annotation a = ANNOTATOR.annotate(first + " " + second);
        Entity person = a.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
        assertThat(person.type()).isEqualTo(EntityType.PERSON);
        assertThat(person.mentions()).extracting(Mention::text).contains(again);
        assertThat(a.entities()).extracting(Entity::name).doesNotContain(again);
    }
}
