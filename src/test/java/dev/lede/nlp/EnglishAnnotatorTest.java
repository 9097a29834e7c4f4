package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishAnnotatorTest {

    private static final EnglishAnnotator ANNOTATOR = new EnglishAnnotator();

    private static Optional<Entity> entity(Annotation a, String name) {
        return a.entities().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    @Test
    void titlesAreLeftOutAndSurnamesJoinTheFullName() {
        Annotation a = ANNOTATOR.annotate("Brig. Gen. Masoud Jazayeri spoke on Sunday. Later Jazayeri told reporters more.");
        Entity jazayeri = entity(a, "Masoud Jazayeri").orElseThrow();
        assertThat(jazayeri.type()).isEqualTo(EntityType.PERSON);
        assertThat(jazayeri.aliases()).contains("Jazayeri", "Brig. Gen. Masoud Jazayeri");
        assertThat(jazayeri.mentions()).extracting(Mention::text).containsExactly("Masoud Jazayeri", "Jazayeri");
    }

    @Test
    void honorificFormsJoinThePerson() {
        Annotation a = ANNOTATOR.annotate("Tony Blair arrived in London. Mr Blair said little.");
        assertThat(entity(a, "Tony Blair").orElseThrow().aliases()).contains("Blair", "Mr Blair");
        assertThat(a.entities()).extracting(Entity::name).doesNotContain("Blair", "Mr Blair");
    }

    @Test
    void aTitleWordAfterMrIsTheSurnameOfSomeoneNamedInFullElseAFormOfAddress() {
        Annotation king = ANNOTATOR.annotate("Charlie King spoke in Washington. Later Mr. King added more.");
        assertThat(entity(king, "Charlie King").orElseThrow().mentions()).extracting(Mention::text).containsExactly("Charlie King", "King");
        Annotation address = ANNOTATOR.annotate("Gordon Brown rose in the Commons. \"Mr Chancellor, the figures are wrong,\" said Oliver Letwin.");
        assertThat(address.entities()).extracting(Entity::name).doesNotContain("Chancellor", "Mr Chancellor");
    }

    @Test
    void aPlaceNameThatSpeaksIsThePersonOfThatSurname() {
        Annotation person = ANNOTATOR.annotate("Rep. Jim Jordan spoke on Tuesday. Later Jordan said the vote was close.");
        assertThat(entity(person, "Jim Jordan").orElseThrow().mentions()).extracting(Mention::text).containsExactly("Jim Jordan", "Jordan");
        Annotation country = ANNOTATOR.annotate("Talks opened in Amman on Tuesday. Jordan said it would close the border.");
        assertThat(entity(country, "Jordan").orElseThrow().type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void countryAbbreviationsAreOnePlace() {
        Annotation a = ANNOTATOR.annotate("The United States and Iran met. Later the U.S. left, and US troops stayed.");
        Entity us = entity(a, "United States").orElseThrow();
        assertThat(us.type()).isEqualTo(EntityType.LOCATION);
        assertThat(us.aliases()).contains("U.S.", "US");
    }

    @Test
    void acronymsJoinTheNameTheyAbbreviate() {
        Annotation a = ANNOTATOR.annotate("The Internet Engineering Task Force (IETF) met. The IETF agreed.");
        Entity ietf = entity(a, "Internet Engineering Task Force").orElseThrow();
        assertThat(ietf.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(ietf.aliases()).contains("IETF");
    }

    @Test
    void sharedSurnamesGoToTheLatestFullName() {
        Annotation a = ANNOTATOR.annotate("Jason Robinson scored twice. Robinson was tired. "
                + "Coach Andy Robinson was pleased. Robinson said the team had improved.");
        assertThat(entity(a, "Jason Robinson").orElseThrow().mentions()).hasSize(2);
        assertThat(entity(a, "Andy Robinson").orElseThrow().mentions()).hasSize(2);
    }

    @Test
    void nationalityWordsAndSentenceStartsAreNotNames() {
        Annotation a = ANNOTATOR.annotate("Critics said the Iranian plan failed. However, Russian officials disagreed.");
        assertThat(a.entities()).extracting(Entity::name).doesNotContain("Critics", "Iranian", "However", "Russian");
    }

    @Test
    void speakerAfterTheQuote() {
        Annotation a = ANNOTATOR.annotate("Ulrich Bez runs the firm. \"This car matters most,\" Mr Bez said.");
        assertThat(a.quotes()).singleElement().extracting(Quote::speaker).isEqualTo("Ulrich Bez");
    }

    @Test
    void speakerBeforeTheQuoteWithThat() {
        Annotation a = ANNOTATOR.annotate("Jazayeri told the Tasnim news agency that \"Iran and Syria enjoy deep ties.\"");
        assertThat(a.quotes()).singleElement().extracting(Quote::speaker).isEqualTo("Jazayeri");
    }

    @Test
    void pronounsFindThePersonOfTheRightGender() {
        Annotation a = ANNOTATOR.annotate("Steven Gaydos is an editor. While he tipped Hilary Swank to win, "
                + "\"Everything can flip by one vote,\" he told the BBC.");
        assertThat(a.quotes()).singleElement().extracting(Quote::speaker).isEqualTo("Steven Gaydos");
    }

    @Test
    void descriptionsResolveToThePersonNamed() {
        Annotation a = ANNOTATOR.annotate("Masoud Jazayeri is deputy chief of staff.\n\n"
                + "A top Iranian general on Sunday denied the reports, saying that \"it is not going to happen.\"");
        assertThat(a.quotes()).singleElement().extracting(Quote::speaker).isEqualTo("Masoud Jazayeri");
    }

    @Test
    void aContinuedQuoteKeepsItsSpeaker() {
        Annotation a = ANNOTATOR.annotate("Tim Dams said: \"It is his year.\n\n\"Nobody else comes close.\"\n\nOther news followed.");
        assertThat(a.quotes()).extracting(Quote::speaker).containsExactly("Tim Dams", "Tim Dams");
    }

    @Test
    void anUnattributedQuoteHasNoSpeaker() {
        Annotation a = ANNOTATOR.annotate("The sign on the door read \"closed for the winter season until further notice\".");
        assertThat(a.quotes()).singleElement().extracting(Quote::speaker).isNull();
    }

    @Test
    void scareQuotesAndNamedTermsAreNotSpeech() {
        Annotation a = ANNOTATOR.annotate("Lead stopped a phenomenon called 'knocking'. Those lucrative \"power users\" pay more.");
        assertThat(a.quotes()).isEmpty();
    }

    @Test
    void shortQuotesCountWhenSomebodyCharacterisesInThemOrInAHeadline() {
        Annotation a = ANNOTATOR.annotate("Mayor calls plan 'reckless'\n\nThe governor condemned the plan as \"reckless\" on Monday. "
                + "It uses a method called \"batching\".");
        assertThat(a.quotes()).extracting(Quote::text).containsExactly("reckless", "reckless");
    }

    @Test
    void offsetsSliceTheTextExactly() {
        String text = "\u201CWe\u2019re ready,\u201D said Angela Merkel in Berlin.\r\nMrs Merkel left.";
        Annotation a = ANNOTATOR.annotate(text);
        for (Entity e : a.entities()) {
            for (Mention m : e.mentions()) assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        }
        for (Quote q : a.quotes()) assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
        assertThat(a.quotes()).extracting(Quote::speaker).containsExactly("Angela Merkel");
    }

    @Test
    void emptyAndOddTextsAnnotateWithoutError() {
        for (String text : List.of("", "   ", "\"", "'", "\u201C\u201C\u201C", "A", "x".repeat(20_000), "\u0000\u0001 \uD83D\uDE00 \u4E2D\u6587")) {
            assertThat(ANNOTATOR.annotate(text)).isNotNull();
        }
    }

    @Test
    void middleNamesAndInitialsDoNotSplitAPerson() {
        Annotation a = ANNOTATOR.annotate("Robert Gabriel Mugabe died. Robert Mugabe ruled for decades. Donald J. Trump and Donald Trump met.");
        assertThat(entity(a, "Robert Gabriel Mugabe").orElseThrow().aliases()).contains("Robert Mugabe");
        assertThat(a.entities()).filteredOn(e -> e.name().contains("Trump")).hasSize(1);
    }

    @Test
    void aTitleAfterAnOrganizationOrPlaceIsStripped() {
        Annotation a = ANNOTATOR.annotate("He met FBI Director James Comey and U.S. Secretary of State Mike Pompeo in Washington.");
        assertThat(a.entities()).extracting(Entity::name).contains("FBI", "James Comey", "U.S.", "Mike Pompeo");
        assertThat(entity(a, "James Comey").orElseThrow().type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void eventsAreNotPeople() {
        Annotation a = ANNOTATOR.annotate("Britain won the Davis Cup before the General Election was called.");
        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.PERSON).isEmpty();
    }

    @Test
    void aNameInAppositionNamesTheSpeaker() {
        Annotation a = ANNOTATOR.annotate("The boy was honoured. \"This day is very hard for me,\" said his father, Abdullah Kurdi, afterwards.");
        assertThat(a.quotes()).singleElement().extracting(Quote::speaker).isEqualTo("Abdullah Kurdi");
    }

    @Test
    void aQuoteReopenedWithoutClosingKeepsItsSpeakerDespiteALaterName() {
        Annotation a = ANNOTATOR.annotate("Richard Dunne is staying. The defender said: \"It will be sorted out. "
                + "\"I definitely want to stay.\" Newcastle boss Graeme Souness is said to be keen.");
        assertThat(a.quotes()).extracting(Quote::speaker).containsExactly("Richard Dunne", "Richard Dunne");
    }

    @Test
    void partiesAndBodiesNamedLikeTitleWordsStayOrganizations() {
        Annotation a = ANNOTATOR.annotate("Some 32 Labour MPs rebelled. The Treasury said Labour lacks a majority. Home Secretary Charles Clarke agreed.");
        assertThat(entity(a, "Labour").orElseThrow().type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(a, "Treasury").orElseThrow().type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(entity(a, "Charles Clarke").orElseThrow().aliases()).contains("Home Secretary Charles Clarke");
    }

    @Test
    void roleNounsAndInitialsMarkPeopleWithUnfamiliarNames() {
        Annotation a = ANNOTATOR.annotate("Hollywood actress Cate Blanchett won. Ireland picked G Murphy, and striker Rooney scored.");
        assertThat(entity(a, "Cate Blanchett").orElseThrow().type()).isEqualTo(EntityType.PERSON);
        assertThat(entity(a, "G Murphy").orElseThrow().type()).isEqualTo(EntityType.PERSON);
        assertThat(entity(a, "Rooney").orElseThrow().type()).isEqualTo(EntityType.PERSON);
        assertThat(a.entities()).extracting(Entity::name).doesNotContain("A");
    }

    @Test
    void titlesInsideARunAndMonthSurnames() {
        Annotation a = ANNOTATOR.annotate("The plan came from the Trade and Industry Secretary Patricia Hewitt. "
                + "The Shadow Secretary of State for the Family, Theresa May, said: \"These plans were announced.\" In May it passed.");
        assertThat(entity(a, "Patricia Hewitt").orElseThrow().type()).isEqualTo(EntityType.PERSON);
        assertThat(entity(a, "Theresa May").orElseThrow().type()).isEqualTo(EntityType.PERSON);
        assertThat(a.entities()).extracting(Entity::name).doesNotContain("Shadow Secretary of State", "May");
        assertThat(a.quotes()).singleElement().extracting(Quote::speaker).isEqualTo("Theresa May");
    }

    @Test
    void knownNamesOpeningASentenceAndTheirHeads() {
        Annotation a = ANNOTATOR.annotate("New Hampshire voted. The Times reported it, and later the Times said more. "
                + "The United States Department of State agreed.");
        assertThat(entity(a, "New Hampshire").orElseThrow().type()).isEqualTo(EntityType.LOCATION);
        assertThat(a.entities()).filteredOn(e -> e.name().endsWith("Times")).singleElement()
                .extracting(Entity::type).isEqualTo(EntityType.ORGANIZATION);
        assertThat(a.entities()).filteredOn(e -> e.name().contains("Department of State")).singleElement()
                .extracting(Entity::type).isEqualTo(EntityType.ORGANIZATION);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Sen. Lindsey Graham said the deal was done. | Lindsey Graham",
        "Massachusetts Gov. Charlie Baker spoke on Monday. | Charlie Baker",
        "Det Supt Mick Deats of the police unit spoke. | Mick Deats",
        "The Rt Rev Michael Scott-Joynt wrote to them. | Michael Scott-Joynt",
    })
    void abbreviatedTitlesAreLeftOutOfTheName(String text, String person) {
        Annotation a = ANNOTATOR.annotate(text);
        assertThat(entity(a, person)).map(Entity::type).contains(EntityType.PERSON);
    }

    @Test
    void anAcronymWrittenLikeATitleIsNotOne() {
        Annotation a = ANNOTATOR.annotate("The channel RT Arabic reported the attack. Later RT showed pictures.");
        assertThat(a.entities()).extracting(Entity::name).anyMatch(n -> n.startsWith("RT"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Secretary General Ban Ki-moon condemned the test. | Ban Ki-moon",
        "President Park Geun-hye met the envoy in Seoul. | Park Geun-hye",
    })
    void romanisedGivenNamesKeepTheirHyphen(String text, String person) {
        assertThat(entity(ANNOTATOR.annotate(text), person)).map(Entity::type).contains(EntityType.PERSON);
    }

    @Test
    void aPlaceBeforeAHyphenatedWordStaysAPlace() {
        Annotation a = ANNOTATOR.annotate("The New York-born singer Anna Berg won. A London-based firm paid.");
        assertThat(a.entities()).extracting(Entity::name).contains("New York", "London").doesNotContain("New York-born");
    }

    @Test
    void aQuotedSentenceAfterAFullStopIsSaidAndASentenceOfItsOwn() {
        Annotation a = ANNOTATOR.annotate("Tom Price met Anna Berg. \"We have no money,\" she said. The mayor waved. \"We're broke.\" Then she left.");
        assertThat(a.quotes()).extracting(Quote::text).contains("We're broke.");
        assertThat(a.quotes()).extracting(Quote::speaker).first().isEqualTo("Anna Berg");
    }

    @Test
    void thePluralOfANationalityWordNamesAPeopleNotAPerson() {
        Annotation a = ANNOTATOR.annotate("The race was won by Kenyans Evans Rutto and Paul Tergat. They said the Ancient Egyptians built it.");
        assertThat(a.entities()).extracting(Entity::name).contains("Evans Rutto").doesNotContain("Kenyans Evans Rutto");
        assertThat(a.entities()).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name).doesNotContain("Ancient Egyptians");
    }
}
