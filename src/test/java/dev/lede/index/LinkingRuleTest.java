package dev.lede.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.nlp.Annotation;
import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityType;
import dev.lede.nlp.Mention;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The linking rule of the README, case by case: what links, and what never does. */
class LinkingRuleTest {

    /** A person (or other) entity whose mentions are the given forms, each once. */
    private static Entity entity(EntityType type, String name, String... otherForms) {
        List<Mention> mentions = new ArrayList<>();
        mentions.add(new Mention(0, name.length(), name));
        for (String f : otherForms) mentions.add(new Mention(0, f.length(), f));
        return new Entity("e", name, type, List.of(otherForms), mentions);
    }

    private static Entity person(String name, String... otherForms) {
        return entity(EntityType.PERSON, name, otherForms);
    }

    private static Annotation doc(Entity... entities) {
        return new Annotation(List.of(entities), List.of());
    }

    private static int[] docsOf(CorpusEntities index, String key) {
        return index.documentsOf(key);
    }

    /** Ten articles name Tony Blair in full; one names Cherie Blair: he holds 91 % of the full-name mentions. */
    private static List<Annotation> blairs() {
        List<Annotation> docs = new ArrayList<>();
        for (int i = 0; i < 10; i++) docs.add(doc(person("Tony Blair", "Mr Blair")));
        docs.add(doc(person("Cherie Blair")));
        return docs;
    }

    @Test
    void aSurnameAloneGoesToWhoeverHoldsNinetyPercentOfItsFullNameMentions() {
        List<Annotation> docs = blairs();
        docs.add(doc(person("Blair", "Mr Blair")));
        CorpusEntities index = CorpusEntities.build(docs);

        assertThat(docsOf(index, "p:tony blair")).contains(11).hasSize(11);
        assertThat(docsOf(index, "p:cherie blair")).containsExactly(10);
    }

    @Test
    void belowNinetyPercentASurnameAloneLinksToNoOne() {
        List<Annotation> docs = new ArrayList<>(blairs().subList(0, 5));
        docs.add(doc(person("Cherie Blair")));
        docs.add(doc(person("Blair")));
        CorpusEntities index = CorpusEntities.build(docs);

        assertThat(docsOf(index, "p:tony blair")).hasSize(5);
        assertThat(docsOf(index, "p?blair")).containsExactly(6);
    }

    @Test
    void aContradictingTitleOrInitialKeepsASurnameApart() {
        List<Annotation> docs = blairs();
        docs.add(doc(person("Blair", "Mrs Blair")));
        docs.add(doc(person("C Blair")));
        CorpusEntities index = CorpusEntities.build(docs);

        assertThat(docsOf(index, "p:tony blair")).hasSize(10);
        assertThat(docsOf(index, "p?blair")).containsExactly(11);
        assertThat(docsOf(index, "p?c blair")).containsExactly(12);
    }

    /** A word the corpus mostly writes as given names is nobody in particular alone, unless a title makes it a surname. */
    @Test
    void aWordMostlyWrittenAsAGivenNameLinksToNoOneAloneUnlessATitleMakesItASurname() {
        List<Annotation> docs = new ArrayList<>();
        for (int i = 0; i < 3; i++) docs.add(doc(person("Charles Kennedy")));
        docs.add(doc(person("Charles Clarke")));
        docs.add(doc(person("Ray Charles")));
        docs.add(doc(person("Charles")));
        docs.add(doc(person("Charles", "Mr Charles")));
        CorpusEntities index = CorpusEntities.build(docs);

        assertThat(index.of(5, 0).orElseThrow().key()).isEqualTo("p?charles");
        assertThat(index.of(6, 0).orElseThrow().key()).isEqualTo("p:ray charles");
    }

    /**
     * "Mr Howard" in an article that names Howard Flight is a surname the merger kept apart from him
     * (GivenNameAfterTitle), so it links by surname like any other, not as his given name.
     */
    @Test
    void aTitledWordThatIsAnotherPersonsGivenNameLinksAsASurname() {
        CorpusEntities index = CorpusEntities.build(List.of(
                doc(person("Michael Howard")), doc(person("Michael Howard")),
                doc(person("Howard Flight", "Mr Flight"), person("Howard", "Mr Howard")),
                doc(person("Howard Flight"), person("Howard"))));

        assertThat(index.of(2, 1).orElseThrow().key()).isEqualTo("p:michael howard");
        assertThat(index.of(3, 1).orElseThrow().key()).startsWith("g:");
    }

    /** Lord or Mr before a surname is not the woman the corpus names in full with it. */
    @Test
    void aMansTitleIsNotAWomanOfThatSurname() {
        CorpusEntities index = CorpusEntities.build(List.of(
                doc(person("Rebecca Falconer")), doc(person("Rebecca Falconer")), doc(person("Falconer", "Lord Falconer"))));

        assertThat(index.of(2, 0).orElseThrow().key()).isEqualTo("p?falconer");
    }

    /** The annotator keeps a title as an alias, not a mention ("Lord Falconer said" is a mention "Falconer"). */
    @Test
    void aTitleKeptAsAnAliasCountsAsTheMentionsTitle() {
        List<Mention> bare = List.of(new Mention(0, 8, "Falconer"), new Mention(20, 28, "Falconer"));
        CorpusEntities index = CorpusEntities.build(List.of(
                doc(person("Rebecca Falconer")), doc(person("Rebecca Falconer")),
                doc(new Entity("e", "Falconer", EntityType.PERSON, List.of("Lord Falconer"), bare))));

        assertThat(index.of(2, 0).orElseThrow().key()).isEqualTo("p?falconer");
    }

    /** Team sheets name players by initial and surname: two initials are two people, and an initial picks its name. */
    @Test
    void aSurnameWrittenWithDifferentInitialsIsDifferentPeople() {
        CorpusEntities index = CorpusEntities.build(List.of(
                doc(person("G Easterby"), person("S Easterby")),
                doc(person("S Easterby"), person("G Easterby")),
                doc(person("Guy Easterby"), person("Simon Easterby"), person("G Easterby"))));

        assertThat(docsOf(index, "p?g easterby")).containsExactly(0, 1);
        assertThat(docsOf(index, "p?s easterby")).containsExactly(0, 1);
        assertThat(index.of(2, 2).orElseThrow().key()).isEqualTo("p:guy easterby");
        assertThat(index.lookup("Easterby")).extracting(CorpusEntity::key)
                .contains("p?g easterby", "p?s easterby", "p:guy easterby", "p:simon easterby");
    }

    @Test
    void anArticleThatNamesAnotherOfTheSurnameTiesItToThatOneOrLeavesItAlone() {
        List<Annotation> docs = blairs();
        docs.add(doc(person("Cherie Blair"), person("Blair")));
        docs.add(doc(person("Cherie Blair"), person("Tony Blair"), person("Blair")));
        CorpusEntities index = CorpusEntities.build(docs);

        CorpusEntity cherie = index.withKey("p:cherie blair").orElseThrow();
        assertThat(index.of(11, 1)).contains(cherie);
        assertThat(index.of(12, 2).orElseThrow().key()).isEqualTo("p?blair");
    }

    @Test
    void anArticleTiesTheSurnameToTheFullNameItGives() {
        CorpusEntities index = CorpusEntities.build(List.of(
                doc(person("Cherie Blair"), person("Cherie Blair")),
                doc(person("Tony Blair"), person("Blair", "Mr Blair"))));

        assertThat(index.of(1, 1).orElseThrow().key()).isEqualTo("p:tony blair");
    }

    @Test
    void aGivenNameAloneNeverLinksAndNoLinkChainsThroughAThirdEntity() {
        CorpusEntities index = CorpusEntities.build(List.of(
                doc(person("Mike Mills", "Mike")),
                doc(person("Mike Leigh", "Mike")),
                doc(person("Mike Leigh"), person("Mike")),
                doc(entity(EntityType.ORGANIZATION, "General Mills"), person("Mills")),
                doc(person("Charles Kennedy"), person("Charles")),
                doc(person("Ray Charles"))));

        assertThat(docsOf(index, "p:mike leigh")).containsExactly(1, 2);
        assertThat(docsOf(index, "p:mike mills")).containsExactly(0, 3);
        assertThat(docsOf(index, "n:general mills")).containsExactly(3);
        assertThat(docsOf(index, "p:charles kennedy")).containsExactly(4);
        assertThat(docsOf(index, "p:ray charles")).containsExactly(5);
        assertThat(index.of(2, 1).orElseThrow().documents()).containsExactly(2);
    }

    @Test
    void aMiddleNameOrInitialDoesNotSplitAPerson() {
        CorpusEntities index = CorpusEntities.build(List.of(doc(person("George W Bush")), doc(person("George Bush"))));

        assertThat(index.lookup("george w. bush")).singleElement().satisfies(e -> assertThat(e.documents()).containsExactly(0, 1));
    }

    @Test
    void countryShortFormsAreOneEntityFromTheAliasTable() {
        CorpusEntities index = CorpusEntities.build(List.of(
                doc(entity(EntityType.LOCATION, "Great Britain")),
                doc(entity(EntityType.LOCATION, "Britain")),
                doc(entity(EntityType.LOCATION, "UK")),
                doc(entity(EntityType.LOCATION, "United Kingdom")),
                doc(entity(EntityType.LOCATION, "U.S.")),
                doc(entity(EntityType.LOCATION, "America")),
                doc(entity(EntityType.LOCATION, "United States"))));

        assertThat(docsOf(index, "n:united kingdom")).containsExactly(0, 1, 2, 3);
        assertThat(docsOf(index, "n:united states")).containsExactly(4, 5, 6);
        assertThat(index.named("the UK's")).map(CorpusEntity::key).contains("n:united kingdom");
        assertThat(index.named("US")).map(CorpusEntity::key).contains("n:united states");
    }

    @Test
    void aNameAnArticleGivesAsAnotherOnesAliasJoinsIt() {
        CorpusEntities index = CorpusEntities.build(List.of(
                doc(entity(EntityType.ORGANIZATION, "British Broadcasting Corporation", "BBC")),
                doc(entity(EntityType.ORGANIZATION, "BBC"))));

        assertThat(docsOf(index, "n:british broadcasting corporation")).containsExactly(0, 1);
    }

    /** A longer name that ends with the name, or starts with it in too few of its articles, is another body. */
    @Test
    void aNameJoinsNoLongerNameThatEndsWithItNorOneThatFewOfItsArticlesTieItTo() {
        List<Annotation> docs = new ArrayList<>();
        docs.add(doc(entity(EntityType.ORGANIZATION, "Four-Kings Intel", "Intel")));
        docs.add(doc(entity(EntityType.ORGANIZATION, "Bank of America Stadium", "Bank of America")));
        docs.add(doc(entity(EntityType.ORGANIZATION, "Menatep Group", "Menatep")));
        for (int i = 0; i < 3; i++) {
            docs.add(doc(entity(EntityType.ORGANIZATION, "Intel")));
            docs.add(doc(entity(EntityType.ORGANIZATION, "Bank of America")));
        }
        docs.add(doc(entity(EntityType.ORGANIZATION, "Bank of America")));
        for (int i = 0; i < 2; i++) docs.add(doc(entity(EntityType.ORGANIZATION, "Menatep")));
        CorpusEntities index = CorpusEntities.build(docs);

        assertThat(docsOf(index, "n:intel")).hasSize(3);
        assertThat(docsOf(index, "n:four-kings intel")).containsExactly(0);
        // Bank of America is tied in one article and named alone in four; Menatep tied in one, alone in two: enough.
        assertThat(docsOf(index, "n:bank of america")).hasSize(4);
        assertThat(docsOf(index, "n:menatep group")).hasSize(3);
    }

    @Test
    void namesAsUsersTypeThemWithTitlesCaseTheAndPossessives() {
        List<Annotation> docs = new ArrayList<>(blairs());
        docs.add(doc(person("David Blunkett", "Mr Blunkett")));
        CorpusEntities index = CorpusEntities.build(docs);

        assertThat(index.named("Mr Blunkett")).map(CorpusEntity::name).contains("David Blunkett");
        assertThat(index.named("DAVID BLUNKETT's")).map(CorpusEntity::name).contains("David Blunkett");
        assertThat(index.named("tony blair")).map(CorpusEntity::documentCount).contains(10);
        assertThat(index.named("blair")).isEmpty();
        assertThat(index.lookup("Mr Blair")).extracting(CorpusEntity::name).containsExactly("Tony Blair", "Cherie Blair");
    }

    /** The arts pages name the band Franz Ferdinand in full; the sport pages name no Ferdinand in full. */
    @Test
    void aSurnameAloneLinksOnlyToAFullNameItsOwnSectionWrites() {
        List<Annotation> docs = new ArrayList<>();
        for (int i = 0; i < 10; i++) docs.add(doc(person("Franz Ferdinand")));
        docs.add(doc(person("Ferdinand")));
        docs.add(doc(person("Ferdinand")));
        docs.add(doc(person("Tony Blair")));
        int[] sections = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1};
        CorpusEntities index = CorpusEntities.build(docs, null, sections);

        assertThat(docsOf(index, "p:franz ferdinand")).contains(10).hasSize(11);
        assertThat(docsOf(index, "p?ferdinand")).containsExactly(11);
        // Without sections told apart the corpus's holder takes both.
        assertThat(docsOf(CorpusEntities.build(docs), "p:franz ferdinand")).contains(10, 11).hasSize(12);
    }

    @Test
    void aSurnameAloneStillTakesTheFullNameItsOwnArticleWritesWhateverTheSection() {
        List<Annotation> docs = new ArrayList<>();
        for (int i = 0; i < 10; i++) docs.add(doc(person("Franz Ferdinand")));
        docs.add(doc(person("Rio Ferdinand", "Ferdinand")));
        CorpusEntities index = CorpusEntities.build(docs, null, new int[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1});

        assertThat(docsOf(index, "p:rio ferdinand")).containsExactly(10);
    }

    @Test
    void copiesAreLeftOutSoCountsCountDistinctArticles() {
        boolean[] copies = {false, true, false};
        CorpusEntities index = CorpusEntities.build(List.of(doc(person("Tony Blair")), doc(person("Tony Blair")), doc(person("Tony Blair"))), copies, null);

        assertThat(Arrays.stream(index.named("Tony Blair").orElseThrow().documents()).boxed()).containsExactly(0, 2);
        assertThat(index.of(1, 0)).isEmpty();
    }

    @Test
    void typeAheadOffersNamesThatStartWithTheTextThenWordsOfNames() {
        List<Annotation> docs = new ArrayList<>(blairs());
        docs.add(doc(person("Blake Morrison")));
        CorpusEntities index = CorpusEntities.build(docs);

        assertThat(index.suggest("bl", 5)).extracting(CorpusEntity::name).containsExactly("Tony Blair", "Blake Morrison", "Cherie Blair");
        assertThat(index.suggest("blai", 5)).extracting(CorpusEntity::name).containsExactly("Tony Blair", "Cherie Blair");
        assertThat(index.suggest("cher", 5)).extracting(CorpusEntity::name).containsExactly("Cherie Blair");
        assertThat(index.suggest("", 1)).extracting(CorpusEntity::name).containsExactly("Tony Blair");
    }
}
