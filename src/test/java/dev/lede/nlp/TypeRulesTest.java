package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Each named type rule on sentences written for it: the name found, the rule that typed it, the type. */
class TypeRulesTest {

    private static final Lexicon LEX = Lexicon.get();
    private static final NameFinder FINDER = new NameFinder(LEX, new ProperNounTagger());

    private static NameFinder.Name find(String sentence, String name) {
        List<NameFinder.Name> names = FINDER.find(sentence, new Tokenizer(LEX).tokenize(sentence));
        return names.stream().filter(n -> n.text().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no name \"" + name + "\" in " + names));
    }

    @ParameterizedTest(name = "{1} in \"{0}\" → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The talks were held in Kazakhstan last week.                    | Kazakhstan                | listed-place          | LOCATION
            Officials in Ohio counted the votes again.                      | Ohio                      | listed-place          | LOCATION
            Shares in Greenpeace rose, a trader joked.                      | Greenpeace                | listed-organization   | ORGANIZATION
            Wales beat England in the Six Nations last year.                | Six Nations               | listed-event          | OTHER
            The Oscar-winning director spoke on Monday.                     | Oscar                     | listed-event          | OTHER
            Milan reached the Champions League final.                       | Champions League          | listed-event          | OTHER
            She won two Grammys for the album.                              | Grammys                   | listed-event          | OTHER
            Customers use Linux on every server.                            | Linux                     | listed-product        | OTHER
            It fell out of the FTSE 100 index last year.                    | FTSE 100                  | listed-product        | OTHER
            It was shown on Sky News 2 at night.                            | Sky News 2                | listed-organization   | ORGANIZATION
            Heat is rising in the Caribbean this week.                      | Caribbean                 | listed-place          | LOCATION
            He was born in the Soviet Union in 1950.                        | Soviet Union              | listed-place          | LOCATION
            Talks began after the break-up of Yugoslavia.                   | Yugoslavia                | listed-place          | LOCATION
            Tourists returned to St Kitts and Nevis this year.              | St Kitts and Nevis        | listed-place          | LOCATION
            He spoke for Reporters Without Borders on Monday.               | Reporters Without Borders | unknown-name          | OTHER
            She won the Davis Cup twice.                                    | Davis Cup                 | event-word            | OTHER
            Crews braced as Hurricane Wilma moved north.                    | Hurricane Wilma           | event-word            | OTHER
            She won the Quorbton Marathon last April.                       | Quorbton Marathon         | event-word            | OTHER
            Firms showed phones at the Quorbtronics Show in Las Vegas.      | Quorbtronics Show         | event-word            | OTHER
            The game was unveiled at the Quorbian Entertainment Expo.       | Quorbian Entertainment Expo | event-word          | OTHER
            Delegates met at the Quorbian Party National Convention.        | Quorbian Party National Convention | event-word   | OTHER
            MPs passed the Quorndon Licensing Act on Monday.                | Quorndon Licensing Act    | law-name              | OTHER
            They rejected the Criminal Justice Bill last night.             | Criminal Justice Bill     | law-name              | OTHER
            Leaders signed the Paris Agreement in 2015.                     | Paris Agreement           | law-name              | OTHER
            The Senate Majority Leader refused to hold a vote.              | Senate Majority Leader    | title-without-name    | OTHER
            The Divisional Railway Manager was told on Monday.              | Divisional Railway Manager | title-without-name   | OTHER
            Fans posted under #DemDebate all night.                         | DemDebate                 | tag-or-handle         | OTHER
            She won the Nobel Prize in Physics in 2019.                     | Physics                   | field-of-study        | OTHER
            It beat the abortion drama Vera Drake to the prize.              | Vera Drake                | work-noun-before      | OTHER
            He sang in Bizet's opera Carmen last year.                      | Carmen                    | work-noun-before      | OTHER
            She was the star of the medical sitcom Scrubs for years.        | Scrubs                    | work-noun-before      | OTHER
            It was nominated with the film The Quorbian in May.             | Quorbian                  | work-noun-before      | OTHER
            He took a degree in Mathematics at night.                       | Mathematics               | field-of-study        | OTHER
            They published a study in Scientific Reports on Monday.         | Scientific Reports        | published-in          | ORGANIZATION
            The model was published on May 8 in Quorbal Letters.            | Quorbal Letters           | published-in          | ORGANIZATION
            CHARLOTTE, N.C. - Police released the video on Saturday.        | CHARLOTTE                 | dateline              | LOCATION
            TILBURG - The convoy left at dawn.                              | TILBURG                   | dateline              | LOCATION
            CHARLOTTE - The wife of the man recorded the encounter.         | CHARLOTTE                 | dateline              | LOCATION
            The bill was backed by Rep. Ann Quill (D-Newport News) today.   | D-Newport News            | party-district        | OTHER
            Later Brig. Gen. Omar Haddad spoke to reporters.                | Omar Haddad               | person-title          | PERSON
            Later Quorndon manager Ivo Marrak was sacked.                   | Quorndon                  | body-before-role      | ORGANIZATION
            We met Quorndon assistant coach Ivo Marrak.                     | Quorndon                  | body-before-role      | ORGANIZATION
            Later Liverpool manager Ivo Marrak was sacked.                  | Liverpool                 | club-before-role      | ORGANIZATION
            Fans cheered Leicester scrum-half Ivo Marrak.                   | Leicester                 | club-before-role      | ORGANIZATION
            Later England coach Ivo Marrak was sacked.                      | England                   | listed-place          | LOCATION
            Later Ulster coach Ivo Marrak was sacked.                       | Ulster                    | listed-place          | LOCATION
            Fans in Liverpool cheered on Monday.                            | Liverpool                 | listed-place          | LOCATION
            Later Quorbeats singer Ann Lee left the stage.                  | Quorbeats                 | band-before-member    | ORGANIZATION
            Fans cheered Quorbin Vale lead guitarist Ivo Marrak.            | Quorbin Vale              | band-before-member    | ORGANIZATION
            Last year Quorbeats frontman Ivo Marrak sang first.             | Quorbeats                 | band-before-member    | ORGANIZATION
            They booked Reggae singer Ann Lee for May.                      | Reggae                    | no-evidence           | OTHER
            We met Quorbel and coach Ivo Marrak today.                      | Quorbel                   | no-evidence           | OTHER
            A letter to the Office went unanswered.                         | Office                    | lone-organization-word | OTHER
            He wrote for The Spectator every week.                          | Spectator                 | the-publication       | ORGANIZATION
            He told The Quorbian on Monday that he would go.                | Quorbian                  | the-publication       | ORGANIZATION
            Tickets for The Quorblers sold out.                             | Quorblers                 | the-publication       | ORGANIZATION
            She starred in The Quorbian last year.                          | Quorbian                  | the-title             | OTHER
            The Department of Fisheries said so.                            | Department of Fisheries   | org-word-before-of    | ORGANIZATION
            Ships crossed the Gulf of Aqaba at night.                       | Gulf of Aqaba             | place-word-before-of  | LOCATION
            Shares in Giant Food fell on Monday.                            | Giant Food                | org-word              | ORGANIZATION
            Rescuers reached Harbin Airlines staff late.                    | Harbin Airlines           | org-word              | ORGANIZATION
            A Quorbia Government official refused to comment.               | Quorbia Government        | org-word              | ORGANIZATION
            Crowds gathered outside the Quorbian Embassy in May.            | Quorbian Embassy          | org-word              | ORGANIZATION
            He was treated at the Quellbrook Clinic for a month.            | Quellbrook Clinic         | org-word              | ORGANIZATION
            According to Quorbin Bulletin, the ship sank.                   | Quorbin Bulletin          | org-word              | ORGANIZATION
            Shares in Quorbax Incorporated fell on Monday.                  | Quorbax Incorporated      | org-word              | ORGANIZATION
            The 60m went to D Chin of Quorbin Harriers.                     | Quorbin Harriers          | org-word              | ORGANIZATION
            The loan came from Banco Quorbal in Madrid.                     | Banco Quorbal             | org-word              | ORGANIZATION
            She works at the Institut Quorbin in Lyon.                      | Institut Quorbin          | org-word              | ORGANIZATION
            The move was reported by Gazeta Quorbska first.                 | Gazeta Quorbska           | org-word              | ORGANIZATION
            Shares in Quorbin Cruises fell on Monday.                       | Quorbin Cruises           | org-word              | ORGANIZATION
            Losses hit Quorbax Re after the storm.                          | Quorbax Re                | org-word              | ORGANIZATION
            The deal was signed by Quorbin Construction in May.             | Quorbin Construction      | org-word              | ORGANIZATION
            He was arrested by the Quorbin Crime Unit in May.               | Quorbin Crime Unit        | org-word              | ORGANIZATION
            A report by the Quorbin Youth Forum came out on Monday.         | Quorbin Youth Forum       | org-word              | ORGANIZATION
            The probe into Quorbax Asset Advisors ended.                    | Quorbax Asset Advisors    | org-word              | ORGANIZATION
            The Confederation of Quorbian Traders said so.                  | Confederation of Quorbian Traders | org-word-before-of | ORGANIZATION
            The comedian Harry Quillhill met Nathan Lane on Monday.         | Nathan Lane               | surname-like-place-word | PERSON
            Staff of Nintendo Europe were told on Monday.                   | Nintendo Europe           | listed-body-and-place | ORGANIZATION
            Fans gathered in Pemberton Square for the count.                | Pemberton Square          | place-word            | LOCATION
            Flooding hit Upper Kenya again.                                 | Upper Kenya               | place-word            | LOCATION
            Rain fell across County Quorvan overnight.                      | County Quorvan            | place-word-first      | LOCATION
            Fighting spread to the city of Kunduz overnight.                | Kunduz                    | place-noun-of         | LOCATION
            The report was marked ABSTRACT in red.                          | ABSTRACT                  | shouting              | OTHER
            The vote was held on day XV of the talks.                       | XV                        | roman-numeral         | OTHER
            The sign said NOT for sale.                                     | NOT                       | function-word-in-capitals | OTHER
            He was treated as a VIP, staff said.                            | VIP                       | counted-abbreviation  | OTHER
            Analysts at the IMF and the OECD agreed that WTTC was right.    | WTTC                      | abbreviation          | ORGANIZATION
            MMO2, the UK-based operator, cut prices.                        | MMO2                      | abbreviation          | ORGANIZATION
            It was shown on ITV1 at night.                                  | ITV1                      | abbreviation          | ORGANIZATION
            Later TVN24 reported that he was in hospital.                   | TVN24                     | abbreviation          | ORGANIZATION
            Rivals such as MMO2 cut prices.                                 | MMO2                      | code-with-digits      | OTHER
            He bought a PS3 and a few games.                                | PS3                       | code-with-digits      | OTHER
            The player reads MP3 files as well.                             | MP3                       | code-with-digits      | OTHER
            Levels of CO2 rose again.                                       | CO2                       | code-with-digits      | OTHER
            Researchers at Quorbin Vale found the bones.                    | Quorbin Vale              | member-at             | ORGANIZATION
            That was the view of an analyst at Quorbax on Monday.           | Quorbax                   | member-at             | ORGANIZATION
            Said Ann Lee, a security expert at Quorbell, on Monday.         | Quorbell                  | member-at             | ORGANIZATION
            A spokesman for Quorbin Vale said it was closed.                | Quorbin Vale              | member-at             | ORGANIZATION
            He is now chief executive of the Quorbax Trustees, it said.     | Quorbax Trustees          | member-at             | ORGANIZATION
            A spokesman for Michael Quorbin refused to comment.             | Michael Quorbin           | given-name            | PERSON
            The bank bought a 20% stake in Quorbax last year.               | Quorbax                   | stake-in              | ORGANIZATION
            Shares in Quorbin Vale fell on Monday.                          | Quorbin Vale              | stake-in              | ORGANIZATION
            Yesterday Quorbax, the Russian space agency, said so.           | Quorbax                   | body-apposition       | ORGANIZATION
            Profits at Quorbin Vale, a US-based firm, fell on Monday.       | Quorbin Vale              | body-apposition       | ORGANIZATION
            We met Quorbax, the country's largest private bank, today.      | Quorbax                   | body-apposition       | ORGANIZATION
            He worked for Quorbax, a company that runs ferries.             | Quorbax                   | body-apposition       | ORGANIZATION
            They met Quorbax, the firm's two main shareholders agreed.      | Quorbax                   | no-evidence           | OTHER
            They ate Quorbax, the company now says.                         | Quorbax                   | no-evidence           | OTHER
            She thanked Rebecca Hallworth, the club's captain, on Monday.   | Rebecca Hallworth         | given-name            | PERSON
            Yesterday Rebecca Hallworth opened the shop.                    | Rebecca Hallworth         | given-name            | PERSON
            He spoke at the Kent County Republican offices.                 | Kent County Republican    | unknown-name          | OTHER
            She went on the Jimmy Young Programme to talk.                  | Jimmy Young Programme     | unknown-name          | OTHER
            Yesterday Damon Hill opened the shop.                           | Damon Hill                | surname-like-place-word | PERSON
            The Tasnim news agency reported it first.                       | Tasnim                    | org-noun-beside       | ORGANIZATION
            Tickets for the rock band Quorblers sold out.                   | Quorblers                 | org-noun-beside       | ORGANIZATION
            The pressure group Liberty objected.                            | Liberty                   | org-noun-beside       | ORGANIZATION
            He referred it to trade body Quorbell on Monday.                | Quorbell                  | org-noun-beside       | ORGANIZATION
            Customers of the net provider Quorbnet complained.              | Quorbnet                  | org-noun-beside       | ORGANIZATION
            He runs for Quorbton AC in the summer.                          | Quorbton AC               | org-word              | ORGANIZATION
            She left for Quorbton RFC last year.                            | Quorbton RFC              | org-word              | ORGANIZATION
            The film's distributor Quorbix expects a record.                | Quorbix                   | org-noun-beside       | ORGANIZATION
            The goal came from G Murphy in the second half.                 | G Murphy                  | initial-before-name   | PERSON
            The film stars actress Cate Blanchett.                          | Cate Blanchett            | role-noun-before      | PERSON
            Coach hopes were raised by striker Rooney today.                | Rooney                    | role-noun-before      | PERSON
            Growth will slow, said economy minister Quorvo Baldane.         | Quorvo Baldane            | role-noun-before      | PERSON
            It was said by Bank of Quorbia chief Tosho Quelani.             | Tosho Quelani             | role-noun-before      | PERSON
            Later senior advisor Quella Hixby had tested positive.          | Quella Hixby              | role-noun-before      | PERSON
            ((Quorvan Pashek))  I did not choose this work at all.          | Quorvan Pashek            | interview-label       | PERSON
            Sales fell at market leader Quorbax Omni last year.             | Quorbax Omni              | unknown-name          | OTHER
            The fall was small, BNP Paribas said on Monday.                 | BNP Paribas               | abbreviation-first    | ORGANIZATION
            Profits fell, QXR Digital said on Monday.                       | QXR Digital               | abbreviation-first    | ORGANIZATION
            The convoy stopped in Caracoles overnight.                      | Caracoles                 | place-preposition     | LOCATION
            The convoy stopped at Pease Pottage overnight.                  | Pease Pottage             | place-preposition     | LOCATION
            She won a prize for her role in Closer last year.               | Closer                    | no-evidence           | OTHER
            The airline emerged from Chapter 11 in May.                     | Chapter                   | no-evidence           | OTHER
            The memo was drafted at Number 10 last week.                    | Number                    | no-evidence           | OTHER
            The striker joined from Quorbino last summer.                   | Quorbino                  | no-evidence           | OTHER
            Buses run from Quorbridge to Edinburgh every hour.              | Quorbridge                | place-preposition     | LOCATION
            He flew from Quorsk in Siberia on Monday.                       | Quorsk                    | place-preposition     | LOCATION
            One man, 46, from Quorbury, Gloucestershire, died.              | Quorbury                  | place-preposition     | LOCATION
            Mr Ali, 23, from Quorbdon, was freed on Monday.                 | Quorbdon                  | place-preposition     | LOCATION
            Flaws were found in Windows programs.                           | Windows                   | no-evidence           | OTHER
            Other firms that cut jobs include Kimberly-Clark.               | Kimberly-Clark            | listed-firm           | ORGANIZATION
            Shares rose after Quorbax's chief executive quit.               | Quorbax                   | body-possessive       | ORGANIZATION
            Later Quorbax's shares fell by a third.                         | Quorbax                   | body-possessive       | ORGANIZATION
            The fire is out, the Baltimore Quill said on Monday.            | Baltimore Quill           | place-led-speaker     | ORGANIZATION
            We will fight on, Xyrrex Quillfeather said.                     | Xyrrex Quillfeather       | speaking-name         | PERSON
            Tickets for Toronto Comicon sold out on Friday.                 | Toronto Comicon           | unknown-name          | OTHER
            A goal from Jeremy settled it.                                  | Jeremy                    | lone-given-name       | PERSON
            The London-based firm grew.                                     | London                    | listed-place          | LOCATION
            The Zorbatown-based firm grew quickly.                          | Zorbatown                 | based-suffix          | LOCATION
            The convoy stopped near Tilburg.                                | Tilburg                   | world-place           | LOCATION
            She grew up near Quellbrook, Ohio, in the 1950s.                | Quellbrook                | place-comma-region    | LOCATION
            He died in Quellbrook Hospital, Ohio, in May.                   | Quellbrook Hospital       | org-word              | ORGANIZATION
            He studied in College Heights, Ohio, as a boy.                  | College Heights           | place-comma-region    | LOCATION
            The find was made by Ivo Marrak, a museum spokesman, in May.    | Ivo Marrak                | person-apposition     | PERSON
            The prize went to Ivo Marrak, 45, on Friday.                    | Ivo Marrak                | person-apposition     | PERSON
            A security official, Avinoam Quidan, said it was over.          | Avinoam Quidan            | name-after-person-noun | PERSON
            His mother, Quorwa, told reporters he was safe.                 | Quorwa                    | name-after-person-noun | PERSON
            It was said by his father, Quorbal Kurlan.                      | Quorbal Kurlan            | name-after-person-noun | PERSON
            The leader of Quorbia, Rashid Quellan, condemned it.            | Rashid Quellan            | name-after-role-of-body | PERSON
            The president of the Quorbin League for the Defence of Human Rights, Jamel Quessam, said so. | Jamel Quessam | name-after-role-of-body | PERSON
            The developer of Quorstar, Quellan Quorbex, said sales rose.    | Quellan Quorbex           | unknown-name          | OTHER
            The capital of Quorbia, Quellan Vale, was quiet.                | Quellan Vale              | unknown-name          | OTHER
            A star of Quorbin Tiger, Hidden Quellan, Hero and others came.  | Hidden Quellan            | unknown-name          | OTHER
            The leader of Quorbia, Quellan and Quorbin met on Monday.       | Quellan                   | no-evidence           | OTHER
            The game's developer, Quorstar, said sales rose.                | Quorstar                  | no-evidence           | OTHER
            The minister, Quorbia and Quellan agreed on Monday.             | Quorbia                   | no-evidence           | OTHER
            Ivo Marrak, political science professor at Quorbin, agreed.     | Ivo Marrak                | person-apposition     | PERSON
            It worried Ivo Marrak, president of the Quorbin caucus.         | Ivo Marrak                | person-apposition     | PERSON
            Quorbin Vale, Tilburg and three more towns voted.               | Quorbin Vale              | unknown-name          | OTHER
            Shares of YouGov rose after the poll.                           | YouGov                    | camel-case            | ORGANIZATION
            The ball went to McQuorbie, who shot wide.                      | McQuorbie                 | no-evidence           | OTHER
            The pass by MacQuorran was poor.                                | MacQuorran                | no-evidence           | OTHER
            Prices will rise, Analysys said in a note.                      | Analysys                  | speaking-word         | ORGANIZATION
            We saw Quorblin again on Friday.                                | Quorblin                  | no-evidence           | OTHER
            Two executives from Quorbell & McQuillan were charged.          | Quorbell & McQuillan      | ampersand-name        | ORGANIZATION
            Prices rose, the consumer price index (CPI) showed.             | CPI                       | term-initials         | OTHER
            The film came out on the QMD format last year.                  | QMD                       | format-noun-after     | OTHER
            Shops fitted QFID tags to every box.                            | QFID                      | format-noun-after     | OTHER
            Older people are using QMS much more than before.               | QMS                       | used-initials         | OTHER
            Apple uses QAC, which it says helps thwart piracy.              | QAC                       | used-initials         | OTHER
            If you have your QVR in the living room, you can watch.         | QVR                       | used-initials         | OTHER
            In 2016 I got my QIDE trainer title.                            | QIDE                      | abbreviation          | ORGANIZATION
            The dam will produce 12,600 QW of electricity.                  | QW                        | unit-or-zone          | OTHER
            The plane landed at 9:54 a.m. QT (1354 UTC) on Friday.          | QT                        | unit-or-zone          | OTHER
            The train left at 11:30 am QST (0600 UTC).                      | QST                       | unit-or-zone          | OTHER
            A 2004 QCM survey showed the party was gaining.                 | QCM                       | abbreviation          | ORGANIZATION
            The club came 16th QREM (six times).                            | QREM                      | abbreviation          | ORGANIZATION
            Nintendo launched its QS handheld in Japan last year.           | QS                        | device-noun-after     | OTHER
            He will have an QRI scan to see the damage.                     | QRI                       | device-noun-after     | OTHER
            Plug it into a QSB slot and copy the files.                     | QSB                       | device-noun-after     | OTHER
            It will carry high-definition (HD) channels next year.          | HD                        | term-initials         | OTHER
            He found the anterior cingulate cortex (ACC) of rats mattered.  | ACC                       | term-initials         | OTHER
            He is critical of QRM (quorbic rights management) schemes.      | QRM                       | term-initials         | OTHER
            It makes use of QSS (quite simple syndication, a feed).         | QSS                       | term-initials         | OTHER
            Talks with QU (the Quorbian Union) broke down.                  | QU                        | abbreviation          | ORGANIZATION
            The deal with Scottish & Newcastle closed in May.               | Scottish & Newcastle      | ampersand-name        | ORGANIZATION
            Then Svetlana Feofanova won the race again.                     | Svetlana Feofanova        | rare-given-name       | PERSON
            The deal was signed by Celestine Babayaro on Monday.            | Celestine Babayaro        | rare-given-name       | PERSON
            Then Mervyn Quorbley O'Sullivan sang the song.                  | Mervyn Quorbley O'Sullivan | rare-given-name      | PERSON
            Then Sylvain Quorbelli scored twice.                            | Sylvain Quorbelli         | rare-given-name       | PERSON
            Then Indiana Jones ran from the boulder.                        | Indiana Jones             | unknown-name          | OTHER
            Then Costa Quorba flooded again.                                | Costa Quorba              | unknown-name          | OTHER
            Then Hong Kongers marched again.                                | Hong Kongers              | unknown-name          | OTHER
            Then Sony Walkman sales fell.                                   | Sony Walkman              | unknown-name          | OTHER
            Then Duran Duran played the hits.                               | Duran Duran               | unknown-name          | OTHER
            Then Gemini Planet Imager took the picture.                     | Gemini Planet Imager      | unknown-name          | OTHER
            Then Alfa Romeo sales fell.                                     | Alfa Romeo                | listed-firm           | ORGANIZATION
            The race is between Dutchman Quorbud Okkenby and me.            | Quorbud Okkenby           | nationality-before-name | PERSON
            Stosur beat Tunisian Selquora Sfarbe 7-5 6-2.                   | Selquora Sfarbe           | nationality-before-name | PERSON
            Then Mexican Quorbed sales fell.                                | Quorbed                   | no-evidence           | OTHER
            Shares in British Quorbic Fuels fell.                           | Quorbic Fuels             | unknown-name          | OTHER
            Elk came to the Northern Quorbaho Zelvani on Monday.             | Quorbaho Zelvani          | unknown-name          | OTHER
            Then Quorbud Okkenby scored twice.                              | Quorbud Okkenby           | unknown-name          | OTHER
            A blog is made every second, Pew Internet & American Life says. | Pew Internet & American Life | ampersand-name     | ORGANIZATION
            """)
    void eachRuleTypesItsExamples(String sentence, String name, String rule, EntityType type) {
        NameFinder.Name found = find(sentence, name);
        assertThat(found.rule()).isEqualTo(rule);
        assertThat(found.type()).isEqualTo(type);
    }

    @Test
    void capitalsBeforeADashAreADatelineOnlyWhenTheyNameAPlace() {
        for (String sentence : List.of("MEDICAL CLAIMS - The doctor said more.", "WARNING - The doctor said more.",
                "Later we met TILBURG - she was late.")) {
            assertThat(FINDER.find(sentence, new Tokenizer(LEX).tokenize(sentence))).extracting(NameFinder.Name::rule)
                    .as(sentence).doesNotContain("dateline");
        }
    }

    @Test
    void headingsInCapitalsAndModelsWithNumbersDoNotOpenWithABodysAbbreviation() {
        for (String sentence : List.of("WHO WAS OSCAR said the heading.", "He drove in a BMW X5 home.", "The BMW 1 Series sold well.",
                "He played GTA San Andreas all night.")) {
            assertThat(FINDER.find(sentence, new Tokenizer(LEX).tokenize(sentence))).extracting(NameFinder.Name::rule)
                    .as(sentence).doesNotContain("abbreviation-first");
        }
    }

    @Test
    void lawsAndAbbreviationsStayWhatTheyWereWhereThoseRulesDoNotApply() {
        assertThat(find("An FBI agent was there.", "FBI").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(find("She called in to an MTV and BET town hall.", "MTV").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(find("It is a DTI-funded centre.", "DTI").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(find("Officers of the Department of Justice met.", "Department of Justice").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(find("The book was published in Tilburg in May.", "Tilburg").type()).isEqualTo(EntityType.LOCATION);
        assertThat(find("Prime Minister Jim Bill arrived.", "Jim Bill").type()).isEqualTo(EntityType.PERSON);
        assertThat(find("She won a prize in Tilburg last week.", "Tilburg").type()).isEqualTo(EntityType.LOCATION);
        assertThat(find("The bank's governor Mervyn Quill Leader spoke.", "Mervyn Quill Leader").type()).isNotEqualTo(EntityType.OTHER);
        assertThat(find("A speech by Martin Luther King was played.", "Martin Luther King").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void aLoneOrganizationWordBeforeAndJoinsTheBodyAfterItButANameOfItsOwnDoesNot() {
        assertThat(find("Rules of the Food and Drug Administration apply.", "Food and Drug Administration").type())
                .isEqualTo(EntityType.ORGANIZATION);
        assertThat(find("Fans of Travis and Snow Patrol queued.", "Snow Patrol").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(find("Deals with ESPN and EA Sports followed.", "EA Sports").type()).isEqualTo(EntityType.ORGANIZATION);
        // A listed name across "and" stays whole after a place: not "US Securities" and "Exchange Commission".
        assertThat(find("The US Securities and Exchange Commission sued.", "Securities and Exchange Commission").type())
                .isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void initialsSpelledOutByATermOrCountedAreThatThingAloneTooButABodysAreNot() {
        String sentence = "The producer price index (PPI) rose. Analysts said the PPI would fall.";
        assertThat(FINDER.find(sentence, new Tokenizer(LEX).tokenize(sentence))).filteredOn(n -> n.text().equals("PPI"))
                .hasSize(2).allSatisfy(n -> assertThat(n.type()).isEqualTo(EntityType.OTHER));
        String used = "Older people are using QMS more. QMS is cheap.";
        assertThat(FINDER.find(used, new Tokenizer(LEX).tokenize(used))).filteredOn(n -> n.text().equals("QMS"))
                .hasSize(2).allSatisfy(n -> assertThat(n.type()).isEqualTo(EntityType.OTHER));
        String counted = "He was made an MBE. The MBE pleased him.";
        assertThat(FINDER.find(counted, new Tokenizer(LEX).tokenize(counted))).filteredOn(n -> n.text().equals("MBE"))
                .hasSize(2).allSatisfy(n -> assertThat(n.type()).isEqualTo(EntityType.OTHER));
        assertThat(find("The British Quorbers' Association (BQA) said lending fell.", "BQA").rule()).isNotEqualTo("term-initials");
        assertThat(find("Talks with the Quorbian Union (QU) broke down.", "QU").rule()).isNotEqualTo("term-initials");
    }

    @Test
    void anAmpersandJoinsNoBodyBetweenTwoPeopleTwoPlacesOrEverydayWords() {
        for (String[] sentenceAndName : List.of(new String[] {"It starred Matt Lucas & David Walliams again.", "Matt Lucas & David Walliams"},
                new String[] {"Fans of Richard & Judy wrote in.", "Richard & Judy"},
                new String[] {"He played for Serbia & Montenegro twice.", "Serbia & Montenegro"},
                new String[] {"Her album Mind, Body & Soul sold well.", "Body & Soul"},
                new String[] {"We played Dungeons & Dragons all night.", "Dungeons & Dragons"})) {
            assertThat(find(sentenceAndName[0], sentenceAndName[1]).rule()).as(sentenceAndName[0]).isNotEqualTo("ampersand-name");
        }
    }

    @Test
    void nationalityWordsBesideAnOrganizationNounAreNoBody() {
        assertThat(find("The South African firm grew.", "South African").type()).isEqualTo(EntityType.OTHER);
        assertThat(find("The Quorbax firm grew.", "Quorbax").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(find("Chip giant Quorbax grew. Budget airline Quorbair fell.", "Budget").rule()).isNotEqualTo("org-noun-beside");
        assertThat(find("Nothing has changed, Paris Quill said.", "Paris Quill").type()).isEqualTo(EntityType.PERSON);
        assertThat(find("It is over, Carmel Quillby said.", "Carmel Quillby").type()).isEqualTo(EntityType.PERSON);
        assertThat(find("Crowds crossed London Bridge at noon.", "London Bridge").type()).isEqualTo(EntityType.LOCATION);
        assertThat(find("MPs voted for the Bill on Monday.", "Bill").type()).isEqualTo(EntityType.OTHER);
        assertThat(find("It is over, US Attorney Roslynn Quillby said.", "Roslynn Quillby").rule()).isEqualTo("person-title");
    }

    @Test
    void anUntypedNameListedBesideSurelyTypedOnesTakesTheirType() {
        NameFinder.Name found = find("The cast includes Ron Perlman, Jyleel Quorrin and John De Lancie.", "Jyleel Quorrin");
        assertThat(found.rule()).isEqualTo("coordinated-name");
        assertThat(found.type()).isEqualTo(EntityType.PERSON);
        assertThat(find("Fans of Quorrin Vale cheered.", "Quorrin Vale").type()).isEqualTo(EntityType.OTHER);
    }

    @ParameterizedTest(name = "{1} in \"{0}\" → {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Rivals such as Google, Quorbax and Microsoft cut prices.        | Quorbax | coordinated-name | ORGANIZATION
            Firms such as Quorbax, Sony and Philips showed players.         | Quorbax | coordinated-name | ORGANIZATION
            The cast includes Ron Perlman, Quorrin and John De Lancie.      | Quorrin | no-evidence      | OTHER
            Floods hit Leeds, Quorrin and Manchester overnight.             | Quorrin | no-evidence      | OTHER
            """)
    void aLoneWordListedBesideSurelyTypedBodiesIsABodyButNotBesidePeopleOrPlaces(String sentence, String name, String rule,
            EntityType type) {
        NameFinder.Name found = find(sentence, name);
        assertThat(found.rule()).isEqualTo(rule);
        assertThat(found.type()).isEqualTo(type);
    }

    @Test
    void everyRuleHasAnExampleAbove() throws Exception {
        String table = java.nio.file.Files.readString(java.nio.file.Path.of("src/test/java/dev/lede/nlp/TypeRulesTest.java"));
        Set<String> missing = TypeRules.RULES.stream().map(TypeRules.Rule::name)
                .filter(r -> !table.contains("| " + r + " ")).collect(Collectors.toSet());
        assertThat(missing).as("rules without a table example").isEmpty();
    }

    @Test
    void surerRulesWeighMore() {
        assertThat(TypeRules.Weight.TITLE).isGreaterThan(TypeRules.Weight.LISTED);
        assertThat(TypeRules.Weight.LISTED).isGreaterThan(TypeRules.Weight.HEAD_WORD);
        assertThat(TypeRules.Weight.HEAD_WORD).isGreaterThan(TypeRules.Weight.NEIGHBOUR);
        assertThat(TypeRules.Weight.NEIGHBOUR).isGreaterThan(TypeRules.Weight.PATTERN);
        assertThat(TypeRules.Weight.PATTERN).isGreaterThan(TypeRules.Weight.HINT);
    }

    @Test
    void anEntityKeepsTheRuleOfItsSurestMention() {
        Annotation a = new EnglishAnnotator().annotate("Ships crossed the Gulf of Aqaba. Sailors know the Gulf of Aqaba well. "
                + "Martha Quillby arrived on Monday. Later Quillby left.");
        assertThat(a.entities()).extracting(Entity::name, Entity::typeRule)
                .contains(org.assertj.core.groups.Tuple.tuple("Gulf of Aqaba", "place-word-before-of"),
                        org.assertj.core.groups.Tuple.tuple("Martha Quillby", "named-again-by-surname"));
    }

    @Test
    void aListNamingAnEntryTwiceIsRejectedWithTheEntry() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Lexicon.words("/dev/lede/nlp/doubled-list-for-test.txt"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("names \"Harbour\" twice");
    }
}
