package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeEvidenceTest {

    @ParameterizedTest(name = "{0} typed {1}: sure {2}, weak {3}")
    @CsvSource({
            "person-title, PERSON, true, false",
            "listed-organization, ORGANIZATION, true, false",
            "org-word, ORGANIZATION, true, false",
            "org-noun-beside, ORGANIZATION, true, false",
            "named-again-by-surname, PERSON, true, false",
            "quoted-nickname, PERSON, true, false",
            "abbreviation, ORGANIZATION, false, true",
            "place-preposition, LOCATION, false, true",
            "coordinated-name, PERSON, false, true",
            "speaking-word, ORGANIZATION, false, true",
            "no-evidence, OTHER, false, true",
            "unknown-name, OTHER, false, true",
            // OTHER because the name was found to be no entity's: not weak, the corpus may not type it.
            "event-word, OTHER, false, false",
            "lone-organization-word, OTHER, false, false",
            "corpus-type, PERSON, false, false",
    })
    void theRuleSaysHowSureTheTypeIs(String rule, EntityType type, boolean sure, boolean weak) {
        Entity e = new Entity("e1", "Name", type, List.of(), List.of(), rule);

        assertThat(TypeEvidence.isSure(e)).isEqualTo(sure);
        assertThat(TypeEvidence.isWeak(e)).isEqualTo(weak);
    }
}
