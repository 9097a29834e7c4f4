package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a name the finder finds starts and ends, and its type: one table per rule that decides an extent. */
class NameExtentTest {

    private static final Lexicon LEX = Lexicon.get();
    private static final NameFinder FINDER = new NameFinder(LEX, new ProperNounTagger());

    private static List<NameFinder.Name> names(String sentence) {
        return FINDER.find(sentence, new Tokenizer(LEX).tokenize(sentence));
    }

    private static void assertFound(String sentence, String name, EntityType type) {
        List<NameFinder.Name> found = names(sentence);
        assertThat(found).as("names in \"%s\"", sentence)
                .anySatisfy(n -> {
                    assertThat(n.text()).isEqualTo(name);
                    assertThat(n.type()).isEqualTo(type);
                });
    }

    @ParameterizedTest(name = "{1} in \"{0}\" → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            He spoke at the American Association for the Advancement of Science on Monday.  | American Association for the Advancement of Science | ORGANIZATION
            Staff at the Quorbian Institute for the Study of Labour were told.               | Quorbian Institute for the Study of Labour          | ORGANIZATION
            Jan Egeland, head of the UN Office for the Coordination of Humanitarian Affairs, spoke. | UN Office for the Coordination of Humanitarian Affairs | ORGANIZATION
            She took the case to the Court of Arbitration for Sport in May.                  | Court of Arbitration for Sport                      | ORGANIZATION
            It went to the United States District Court for the Western District of Virginia. | United States District Court for the Western District of Virginia | ORGANIZATION
            It was led by the Confederation of British Industry (CBI) last year.             | Confederation of British Industry                   | ORGANIZATION
            Fares are set by Transport for London (TfL) each year.                            | Transport for London                                | OTHER
            He was a member of the Council on Foreign Relations for years.                    | Council on Foreign Relations                        | ORGANIZATION
            A survey from the Quorbton Bankers' Association said approvals fell.               | Quorbton Bankers' Association                       | ORGANIZATION
            He was a tutor for the Workers' Educational Association in Wales.                  | Workers' Educational Association                    | ORGANIZATION
            She sat on the United States House Select Committee on Benghazi.                   | United States House Select Committee on Benghazi    | ORGANIZATION
            He wrote to the Commission on Monday about the debates.                           | Commission                                          | OTHER
            He crossed the Channel on the Flyboard Air last year.                              | Channel                                             | OTHER
            Mike Ryan of the World Health Organization (WHO) told the press.                  | Mike Ryan                                           | PERSON
            They worked with the Federation for Global Quorbian Education for Children.       | Federation for Global Quorbian Education            | ORGANIZATION
            He met the Secretary of the Treasury on Monday.                                    | Treasury                                            | ORGANIZATION
            """)
    void aNameRunsOnPastAJoinerWhenABodyHeadsItOrItsInitialsFollow(String sentence, String name, EntityType type) {
        assertFound(sentence, name, type);
    }

    @ParameterizedTest(name = "{1} in \"{0}\" → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Documents were created by the US Food and Drug Administration (FDA) in 1991.      | US Food and Drug Administration                     | ORGANIZATION
            A helicopter working for Quorbin Gas and Electric (QG&E) crashed.                 | Quorbin Gas and Electric                            | OTHER
            He fought the House Committee on Ways and Means for years.                        | House Committee on Ways and Means                   | ORGANIZATION
            Shares in Microsoft and Google rose on Monday.                                    | Microsoft                                           | ORGANIZATION
            Shares in Quorbin Motors and Google Ventures (GV) rose.                           | Quorbin Motors                                      | ORGANIZATION
            """)
    void aNameRunsOnPastAndWhenItsBracketedInitialsSpanItOrAnOrganizationWordAndItsPrepositionOpenedIt(String sentence, String name,
            EntityType type) {
        assertFound(sentence, name, type);
    }

    @ParameterizedTest(name = "no {1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Rallies were held across Quorbia on International Women's Day.    | International Women
            Crowds gathered on New Year’s Eve in the square.                   | New Year
            """)
    void aNameBeforeAPossessiveAndDayOrEveIsAnOccasionsNameNotAName(String sentence, String name) {
        assertThat(names(sentence)).as("names in \"%s\"", sentence).noneSatisfy(n -> assertThat(n.text()).isEqualTo(name));
    }

    @ParameterizedTest(name = "{1} in \"{0}\" → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Shares in Quorbin Retail's parent rose on Monday.                  | Quorbin Retail | ORGANIZATION
            """)
    void aNameBeforeAPossessiveAndAnotherWordStaysAName(String sentence, String name, EntityType type) {
        assertFound(sentence, name, type);
    }

    @ParameterizedTest(name = "{1} in \"{0}\" → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Officers named him as Matiu "Matt" Ratana on Friday.        | Matiu Ratana       | PERSON
            The party chose Jeremy "Spike" Cohen for the post.          | Jeremy Cohen       | PERSON
            He left after Brian 'Head' Welch quit the band.             | Brian Welch        | PERSON
            Yesterday Marcia “Cia” Price shouted to the crowd.          | Marcia Price       | PERSON
            The band signed with Quorbia "Live" Records last year.      | Records            | OTHER
            """)
    void aNicknameInQuotesBetweenAGivenNameAndASurnameIsPartOfOnePersonsName(String sentence, String name, EntityType type) {
        assertFound(sentence, name, type);
    }

    @ParameterizedTest(name = "{1} in \"{0}\" → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The bill was signed by Gov. Earl Ray Tomblin on Monday.      | Earl Ray Tomblin   | PERSON
            Later Actor Christian Slater took the part.                  | Christian Slater   | PERSON
            Wikinews spoke to Dr Christian Keysers on Monday.            | Christian Keysers  | PERSON
            It was a hit for comedian Sacha Baron Cohen last year.       | Sacha Baron Cohen  | PERSON
            Charlotte Mayor Jennifer Roberts said she agreed.            | Jennifer Roberts   | PERSON
            Later Lt. Gov. Ralph Northam agreed.                         | Ralph Northam      | PERSON
            Then Gen. Sir Mike Jackson spoke.                            | Mike Jackson       | PERSON
            Then Prime Minister Tony Blair spoke.                        | Tony Blair         | PERSON
            """)
    void aTitleOrNationalityWordThatIsAPersonsOwnNameStaysInTheName(String sentence, String name, EntityType type) {
        assertFound(sentence, name, type);
    }

    @ParameterizedTest(name = "{1} in \"{0}\" → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Guitarist Brian Quorley echoed those words.                  | Brian Quorley      | PERSON
            Drummer Larry Quorben Jr said they were close.               | Larry Quorben Jr   | PERSON
            Star Wars opened on Friday.                                   | Star Wars          | OTHER
            """)
    void aRoleNounThatOpensTheSentenceIsNoPartOfTheNameAfterIt(String sentence, String name, EntityType type) {
        assertFound(sentence, name, type);
    }

    @ParameterizedTest(name = "{1} in \"{0}\" → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The race was won by Dutchman Patrick Quorbeek on Sunday.     | Patrick Quorbeek   | PERSON
            She lost to Swede Jonas Quorbman in Doha.                    | Jonas Quorbman     | PERSON
            """)
    void aNounForAPersonOfANationIsNoPartOfTheNameAfterIt(String sentence, String name, EntityType type) {
        assertFound(sentence, name, type);
        assertThat(names("\"We were lucky,\" the Frenchman said.")).isEmpty();
    }

    @ParameterizedTest(name = "{1} in \"{0}\" → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            But the Conservatives say the plan is unrealistic.          | Conservatives | ORGANIZATION
            The Democrats won the seat in May.                          | Democrats     | ORGANIZATION
            It was the Republicans' idea, she said.                     | Republicans   | ORGANIZATION
            """)
    void aGroupsPluralAfterTheIsTheListedBodyOfThatName(String sentence, String name, EntityType type) {
        assertFound(sentence, name, type);
    }

    @ParameterizedTest(name = "no {1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            The vote split five Republicans to five Democrats.          | Democrats
            Conservatives in the party were angry.                      | Conservatives
            Many Mexicans work there.                                   | Mexicans
            The Mexicans won the match.                                 | Mexicans
            """)
    void aGroupsPluralWithoutTheOrUnlistedIsNoName(String sentence, String name) {
        assertThat(names(sentence)).as("names in \"%s\"", sentence).noneSatisfy(n -> assertThat(n.text()).isEqualTo(name));
    }

    @Test
    void aPluralPossessiveStaysInABodysNameOnlyBeforeItsOrganizationWord() {
        assertThat(names("It won the Critics' Circle prize.")).extracting(NameFinder.Name::text).doesNotContain("Critics' Circle");
        assertThat(names("Fees rose in the United States' National Quorb Institute.")).extracting(NameFinder.Name::text)
                .noneMatch(n -> n.contains("States'"));
    }

    @ParameterizedTest(name = "{1} in \"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Scientists from the University of Bristol and QC Quorbis say so.             | University of Bristol
            The banks United Bank of Africa and Quorbian Trust Bank agreed to merge.     | United Bank of Africa
            Staff of the University of Washington and Center for Quorbian Studies spoke. | University of Washington
            It was run by the Port Authority of New York and New Jersey until May.       | Port Authority of New York and New Jersey
            She joined the National Institute of Economic and Social Research in May.    | National Institute of Economic and Social Research
            """)
    void aBodyOfAPlaceEndsAtThePlaceWhenABodysNameFollowsAnd(String sentence, String name) {
        assertFound(sentence, name, EntityType.ORGANIZATION);
    }

    @Test
    void aPlaceBeforeAListedContestIsTheTeamButASponsorsNameStaysInTheContests() {
        assertFound("The referee of the France v Scotland Six Nations match spoke.", "Scotland", EntityType.LOCATION);
        assertFound("The referee of the France v Scotland Six Nations match spoke.", "Six Nations", EntityType.OTHER);
        assertFound("He is out of the 2005 RBS Six Nations after the injury.", "RBS Six Nations", EntityType.OTHER);
        assertFound("Shares fell and the London FTSE lost 0.8%.", "London", EntityType.LOCATION);
    }

    @ParameterizedTest(name = "{1} in \"{0}\" → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Sales rose, according to the British Quorbic Industry on Monday.        | British Quorbic Industry     | ORGANIZATION
            The letters are kept in the Quorbian Library as a record.               | Quorbian Library             | ORGANIZATION
            Visitors to the Quorbton Public Library carried laptops.                | Quorbton Public Library      | ORGANIZATION
            The Scottish Quorb Music was played at the wedding.                     | Quorb Music                  | OTHER
            """)
    void aNationalityWordStaysInANameHeadedByALibraryOrATradesBody(String sentence, String name, EntityType type) {
        assertFound(sentence, name, type);
    }

    @Test
    void aNicknameInsideANameIsNoQuote() {
        Annotation a = new EnglishAnnotator().annotate("Officers said Matiu \"Matt\" Ratana died. \"He was kind,\" said Ratana's son.");

        assertThat(a.quotes()).extracting(Quote::text).containsExactly("He was kind,");
    }
}
