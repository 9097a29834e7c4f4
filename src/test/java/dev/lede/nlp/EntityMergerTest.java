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
            // a word opening the sentence, or following a title, before a name the text also writes without it
            "Rival Hillary Clinton was not having a good night. | Hillary Clinton said so, and Clinton left. | Hillary Clinton | Clinton",
            "He called her “Crooked Hillary Clinton” again. | Hillary Clinton said so, and Clinton left. | Hillary Clinton | Clinton",
            "She met Miss Universe Alicia Machado in 1996. | Alicia Machado said Machado was hurt. | Alicia Machado | Machado",
            // "the" before a surname that modifies a noun
            "Mark Quorbat was removed in 2006. | The party was founded by the Quorbat family. | Mark Quorbat | Quorbat",
            // a surname misspelt by one letter, speaking or after a title
            "Lindsay Davenport won the final on Sunday. | “I played well,” said Daveport after it. | Lindsay Davenport | Daveport",
            "The book by Robert Preston came out in May. | Mr Peston's book claimed it was true. | Robert Preston | Peston",
    })
    void aPersonNamedAgainIsOneEntity(String first, String second, String name, String again) {
        Annotation a = ANNOTATOR.annotate(first + " " + second);
        Entity person = a.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
        assertThat(person.type()).isEqualTo(EntityType.PERSON);
        assertThat(person.mentions()).extracting(Mention::text).contains(again);
        assertThat(a.entities()).extracting(Entity::name).doesNotContain(again);
        assertThat(a.entities()).extracting(Entity::name).noneMatch(n -> n.endsWith(" " + name));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Ho Chi Minh City grew fast. | Ho Chi Minh City",
            "Lake Victoria Smith was not written elsewhere. | Lake Victoria Smith",
            "Flights of Air India Express resumed. India Express is what staff call it. | Air India Express",
            "Jean Claude Juncker spoke. Claude Juncker is not how he is named. | Jean Claude Juncker",
    })
    void aWordIsKeptWhenTheTextNeverWritesTheNameWithoutIt(String text, String name) {
        assertThat(ANNOTATOR.annotate(text).entities()).extracting(Entity::name).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a family named in the plural, a given name, a lone word that neither speaks nor wears a title
            "Victoria Beckham spoke. The Beckhams said they were happy. | Beckhams",
            "Rowan Williams spoke. Mr William said the plan was wrong. | William",
            "Shane Horgan scored after a pass from Horan in the second half. | Horan",
    })
    void aNameALetterAwayIsNotAMisspellingOfIt(String text, String name) {
        assertThat(ANNOTATOR.annotate(text).entities()).extracting(Entity::name).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Hank Williams Jr sang on Friday. Hank Williams was his father. | Hank Williams Jr | Hank Williams",
    })
    void aNameWithASuffixIsNotTheNameWithout(String text, String withSuffix, String without) {
        assertThat(ANNOTATOR.annotate(text).entities()).extracting(Entity::name).contains(withSuffix, without);
    }

    @org.junit.jupiter.api.Test
    void whatFollowsATitleAndAJoiningWordIsNoPerson() {
        Annotation a = ANNOTATOR.annotate("She is the Secretary of Justice for Puerto Rico. According to the law, she stays.");
        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.PERSON).isEmpty();
        assertThat(a.entities()).extracting(Entity::name).contains("Puerto Rico");
    }

    @org.junit.jupiter.api.Test
    void mentionsNoRuleTypedDoNotOutvoteOneATellingWordTyped() {
        Annotation a = ANNOTATOR.annotate("Police charged suppliers of the Dutch retailer Quorbax. Quorbax hit the headlines. "
                + "Quorbax was fined. Later Quorbax grew. Quorbax Holland ran it.");
        Entity body = a.entities().stream().filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals("Quorbax")))
                .findFirst().orElseThrow();
        assertThat(body.type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @org.junit.jupiter.api.Test
    void aGivenNameThatIsAlsoACityGivesWayToADateline() {
        Annotation a = ANNOTATOR.annotate("Video of Charlotte death.\n\nCHARLOTTE - The wife recorded the encounter.\n\n"
                + "Officials in Charlotte praised the calm. Charlotte stayed quiet.");
        Entity city = a.entities().stream().filter(e -> e.name().equalsIgnoreCase("Charlotte")).findFirst().orElseThrow();
        assertThat(city.type()).isEqualTo(EntityType.LOCATION);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The museum stands on the Quorbin Mall in the capital. Crowds filled the Mall on Saturday. | Quorbin Mall",
            "The Grateful Dead played on. Fans of the Dead came in their thousands. | Grateful Dead",
    })
    void aNameWrittenAgainAsTheLastWordIsNoSurname(String text, String name) {
        Entity named = ANNOTATOR.annotate(text).entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
        assertThat(named.type()).isNotEqualTo(EntityType.PERSON);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // an epithet written once before the name the article uses again and again
            "He said it was harder than working Crooked Hillary Clinton. Hillary Clinton laughed. Hillary Clinton left. | Hillary Clinton",
            // a given name first is the person's own: kept, however seldom written
            "The biologist Armand Marie Leroi spoke. Marie Leroi is his sister. Marie Leroi wrote. | Armand Marie Leroi",
    })
    void anEpithetWrittenOnceIsNotThePersonsName(String text, String name) {
        assertThat(ANNOTATOR.annotate(text).entities()).extracting(Entity::name).contains(name);
    }
}
