package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each pass of the speaker sieve on sentences written for it: the last quote of each text must get the
 * speaker (blank for nobody) and the pass named. Quote marks are straight so the rows stay readable.
 */
class SpeakerSieveTest {

    private static final EnglishAnnotator ANNOTATOR = new EnglishAnnotator();

    @ParameterizedTest(name = "{2}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Maria Lopez runs the clinic. "We are full every night," Ms Lopez said.                      | Maria Lopez   | frame-after
            "The budget is gone," said Tom Price, the treasurer.                                        | Tom Price     | frame-after
            "Nobody told us anything about it?" Tom Price asked.                                        | Tom Price     | frame-after
            Anna Berg told reporters that "the vote will happen in March."                              | Anna Berg     | frame-before
            According to Anna Berg, "the vote will happen in March."                                    | Anna Berg     | frame-before
            In a statement, the Red Cross said "the camps need water before the winter comes."         | Red Cross     | frame-before
            Tom Price spoke at noon. "The budget is gone and the roads will wait," a spokesman said.    |               | unnamed
            Tom Price spoke at noon. "The budget is gone and the roads will wait," said one voter.      |               | unnamed
            Tom Price spoke at noon. "Our members want the roads fixed this year," the letter reads.    |               | unnamed
            Tom Price spoke at noon. "The budget is gone for good," a spokesman, Jim Hale, said.        | Jim Hale      | frame-after
            Anna Berg wrote on her blog:\\n\\n"The vote will happen in March, whatever they say."       | Anna Berg     | colon-intro
            Tom Price spoke. The crowd's enthusiasm for Anna Berg is recorded in detail:\\n\\n"Here comes the winner of the vote." |  |
            Tom Price spoke. For Anna Berg, this is progress: "The vote will happen in March, whatever they say." | Anna Berg | colon-intro
            Anna Berg spoke first.\\n\\n"PRICE: We have no money left for roads this year."              |               | transcript
            Anna Berg met Tom Price.\\n\\n"PRICE: We have no money left for roads this year."           | Tom Price     | transcript
            Tom Price said: "The budget is gone.\\n\\n"The roads will have to wait another year."       | Tom Price     | continuation
            "The budget is gone," Tom Price said on Monday.\\n\\n"The roads will have to wait a year." | Tom Price     | previous-quote
            A top general on Sunday denied the reports, saying "we are not leaving the south."\\n\\nGen. Ali Vaziri spoke. | Ali Vaziri | frame-before
            Tom Price spoke. The award went to Anna Berg. "We did not expect this at all," they said.   |               | unnamed
            Tom Price spoke. Anna Berg's family has said "we want the truth about that night."          |               | unnamed
            Tom Price spoke. "Who will pay for the roads now?" Anna Berg asked.                         | Anna Berg     | frame-after
            Tom Price spoke. "The roads will wait," Anna Berg, the head of the regional transport board and a former engineer who built the bridge over the river, told the council. | Anna Berg | frame-after
            Tom Price spoke. "Who will pay?"\\n\\nAnna Berg said the vote would wait.               |               |
            Tom Price met Anna Berg. He noted Ms Berg's record. "The record is good," he said.         | Tom Price     | frame-after
            Zbigniew Wrobel, a fire service spokesman, told reporters the fire was "out of control."   | Zbigniew Wrobel | frame-before
            Tom Price spoke.\\n\\n"The roads come first, always." \u2015 Anna Berg\\n\\nMore news.       | Anna Berg     | dash-byline
            Dan Hale at the Review agreed with Tom Price about the vote.\\n\\n"The roads come first this year," he wrote. | Dan Hale | frame-after
            While he served under Tom Price, Jim Hale saw the budget shrink.\\n\\n"The roads never came first," he said. | Jim Hale | frame-after
            Tom Price said the budget was gone, while Jim Hale wrote that roads would wait. He said: "We have no money left at all." | Jim Hale | frame-before
            Jim Hale, who worked for Tom Price, said the roads would wait.\\n\\n"We have no money left at all," he said. | Jim Hale | frame-after
            Tom Price met Anna Berg. "We have no money left for the roads," admitted Jim Hale. He added: "The roads will have to wait." | Jim Hale | frame-before
            Jim Hale said Tom Price was right when he said that "the roads will have to wait a year."  | Tom Price     | frame-before
            "The roads come first." \u2014 Anna Berg\\n\\n"Schools must come first, always." \u2014 Kowalczyk\\n\\nEnd. | Kowalczyk     | dash-byline
            Tom Price spoke.\\n\\n"The roads come first, always."\u00a0\u2015\u00a0Anna Berg\\n\\nMore news.  | Anna Berg     | dash-byline
            Tom Price spoke. The plan has been described by the Daily Ledger as "reckless."             | Daily Ledger  | frame-before
            Tom Price spoke. Anna Berg described the plan as "reckless."                               | Anna Berg     | frame-before
            Tom Price spoke. At the town hall, one farmer claimed the plan was "a gift to the banks."   |               | unnamed
            Tom Price spoke. In the hall, a local critic said the plan was "a gift to the banks."      |               | unnamed
            Tom Price spoke. Anna Berg in a statement said the plan was "a gift to the banks."        | Anna Berg     | frame-before
            Anna Berg, the mayor of Leeds, one of the towns that sued, states that the plan is "a gift to the banks." | Anna Berg | frame-before
            The Red Cross issued a statement calling the plan "a gift to the banks."                    | Red Cross     | frame-before
            Tom Price wrote to Zbigniew Wrobel on Monday. "We will wait a year," he said.               | Tom Price     | frame-after
            Tom Price spoke. Zbigniew Wrobel wrote on Monday. "We will wait a year," he said.         | Zbigniew Wrobel | frame-after
            Tom Price released a letter from his clinic that says he has "more than enough money."       |               | unnamed
            Tom Price cited a rule which states that roads come "before anything else in the town."      |               | unnamed
            Tom Price met the mayor that said the roads come "before anything else in the town."      | Tom Price     | frame-before
            Tom Price spoke. Anna Berg two weeks ago said the plan was "a gift to the banks."         | Anna Berg     | frame-before
            "The budget is gone," Tom Price said.\\n\\nAnna Berg runs the roads office.\\n\\n"We will wait a year." |        |
            "The budget is gone," Tom Price said.\\n\\nThe roads office is closed. "We will wait a year."   | Tom Price     | previous-quote
            Anna Berg met Tom Price on Monday. "I will not sign this budget in its present form," she said. | Anna Berg | frame-after
            Tom Price spoke. Dr Quorbia Scott met the board at noon. "We will wait another year," she said. | Quorbia Scott | frame-after
            In an interview on CBS's "Face the Nation," House Speaker Tom Price said the roads come first. |            | work-title
            In his book "Make Your Kid a Millionaire," Tom Price said saving was easy.                 |               | work-title
            Anna Berg spoke. Tom Price called it "Peace Through Strength." He left.                    | Tom Price     | frame-before
            Tom Price spoke on Monday. "We're America," Anna Berg said.                                | Anna Berg     | frame-after
            Sanders: Clinton needs to "get away from all of this stuff"\\n\\nOn Monday, Bernie Sanders spoke in Ohio. | Bernie Sanders | headline-subject
            Chris Christie Calls Hillary Clinton "A Disgrace" Over Comments.\\n\\nOn Monday, Chris Christie spoke. | Chris Christie | headline-subject
            Obama on Climate Change: The Trends Are "Terrifying."\\n\\nOn Monday, Barack Obama spoke.   | Barack Obama  | headline-subject
            Mike Pence, the Indiana governor, spoke first. Donald Trump spoke and Donald Trump left. The Indiana governor said it was "a gift to the banks." | Mike Pence | frame-before
            Retired General Reveals "Demoralizing" Experience Of Serving Under Obama\\n\\nRetired Gen. Jim Hale spoke on Monday about his years under President Barack Obama. | Jim Hale | frame-before
            Adding "insult to injury", the firm raised its prices again on Monday.                    |               |
            In a letter to Senator John Smith, the agency's director, Mark Lee, wrote that the plan was "deeply flawed and far too costly." | Mark Lee | frame-before
            John Kerry spoke first. In Iowa Hillary Clinton thanked Mary Jones. "We will win this state, believe me," she said. | Hillary Clinton | frame-after
            Shadow chancellor Oliver Letwin spoke. Gordon Brown spoke and Gordon Brown left. The chancellor insisted the plans were "affordable and fully costed." | Gordon Brown | frame-before
            Rival club Leeds United spoke. Manchester United met and Manchester United left. "Any board has a duty to consider an offer," the club said. | Manchester United | frame-after
            Anna Berg, a 43-year-old nurse, spoke first. Tom Price spoke and Tom Price left. "We were never told," said the 43-year-old. | Anna Berg | frame-after
            Tom Price spoke. "It is a disgrace," said 9/11 widow Terry Hale.\\n\\nShe continued, "Nobody came to help us at all." | Terry Hale | frame-before
            Anna Berg said she had met Mary Jones. "We have no money," she said.\\n\\nShe continued, "We will wait another year." | Anna Berg | frame-before
            Anna Berg paid tribute to Tom Price, saying: "He has come back like a champion this year."     | Anna Berg     | frame-before
            Anna Berg spoke. The claim was denied by Jim Hale, who accused Tom Price of "cheating the club."  | Jim Hale      | frame-before
            Anna Berg spoke to Jim Hale, who said the plan was "a gift to the banks."                  | Jim Hale      | frame-before
            Tom Price, the England coach, spoke. Jim Hale had praise from Price, even if the coach admitted it was "an unforgiving place." | Tom Price | frame-before
            Tom Price spoke. Anna Berg spoke on Monday with Jim Hale claiming the plan was "a gift to the banks." | Jim Hale | frame-before
            Tom Price spoke. The ad shows Anna Berg asking, "Where do we go from here now?"            | Anna Berg     | frame-before
            Anna Berg spoke. Tom Price attacked Anna Berg for her plan, saying, "It will ruin the town for good."   | Tom Price | frame-before
            When Anna Berg left, Tom Price led the tributes, saying she "changed the town for good."   | Tom Price     | frame-before
            Anna Berg spoke. Red Cross chief Tom Price put a brave face on it, saying: "The town will recover this year." | Tom Price | frame-before
            Tom Price spoke. Anna Berg met him. He urged Anna Berg to stay, adding: "The town needs you more than ever." | Tom Price | frame-before
            Jim Hale said in the letter that the advert "shows the town at its worst" suggests that Tom Price backs it. | Jim Hale | frame-before
            Anna Berg spoke. Tom Price described the fire as a "disaster" but stopped short of calling Anna Berg careless. | Tom Price | frame-before
            Tom Price spoke. ''The plan is dead and the roads will wait,'' Anna Berg, a senior fellow at the Quorbin Institute and a former United States envoy to Russia, said of it. | Anna Berg | frame-after
            Tom Price spoke. Russia insisted that the talks "must wait another year."                   | Russia        | frame-before
            Tom Price spoke. China, the town's only ally, said it was "deeply concerned" by the vote.   | China         | frame-before
            Tom Price spoke. "The talks must wait another year," Russia said.                           | Russia        | frame-after
            Tom Price spoke. Ballots reached all 50 U.S. states before "packing" the court came up.     |               |
            Tom Price spoke. Secretary General Jim Hale condemned what he called a "brazen breach" of the rules. | Jim Hale | frame-before
            Jim Hale met Tom Price. He hoped Tom Price would "move the company into its next era", he added. | Jim Hale | frame-after
            Jim Hale met Tom Price on Monday. Afterwards, he said the roads "will have to wait a year."  | Jim Hale      | frame-before
            Anna Berg has faced questions, while the board was looking into Mary Jones. She said it was "a gift to the banks." | Anna Berg | frame-before
            Prime Minister Tom Price met Jim Hale. The prime minister wants to end his row with Jim Hale. He said the plan was "a gift to the banks." | Tom Price | frame-before
            Tom Price spoke. A few days ago in an interview he blasted the plan as "a gift to the banks."  | Tom Price     | frame-before
            Tom Price spoke. Anna Berg's legal brief said the plan was "a gift to the banks."          | Anna Berg     | frame-before
            Tom Price spoke.\\n\\nAnna Berg thanked the crew and "a town that gave me a second chance at all." | Anna Berg | sentence-subject
            Tom Price spoke.\\n\\nAnna Berg is described as a "friend of the town for many years."      |               |
            Tom Price spoke.\\n\\nAnna Berg named the roads as the town's first worry. "The roads have waited long enough." | Anna Berg | previous-sentence
            Roads news\\n\\n"The roads come first," Tom Price said after meeting Anna Berg. He did not mention the budget. "We will build them this year." | Tom Price | previous-sentence
            Roads news\\n\\n"The roads come first," Anna Berg said after meeting Tom Price. He toured the town. "He was at the height of his powers then." |  |
            Tom Price spoke. Other leaders denounced what Mayor Jim Hale called a "brazen breach" of the rules. | Jim Hale | frame-before
            Tom Price spoke. Anna Berg said Jim Hale's comments were "highly irresponsible".            | Anna Berg     | frame-before
            Anna Berg spoke. The Quorbin Trust gave money.\\n\\nThe New York businessman says of Quorbin, "It will be broke by the end of the year." |  |
            Tom Price spoke. Lib Dem spokesman Jim Hale branded the plan "a pile of pants" on Monday.   | Jim Hale      | frame-before
            Tom Price spoke. Anna Berg characterised the plan as "a gift to the banks."                 | Anna Berg     | frame-before
            Tom Price spoke. Anna Berg attacked the "reckless" plan on Monday.                          | Anna Berg     | frame-before
            Tom Price spoke. Mexicans often say, "Poor us, so far from God and so close to the border." |      | unnamed
            Tom Price said the rules were clear. The complaint is based on rules that bar lawyers if they "took part in the case." |  |
            Tom Price spoke on Monday. He said the plan was a "huge mistake" for the town and a "waste of money." | Tom Price | frame-before
            EU rules "won't stop UK spending"\\n\\nThe EU met on Monday.                                 |               |
            Anna Berg spoke. "He is right," Tom Price, a top Berg adviser, said on Monday.               | Tom Price     | frame-after
            Anna Berg spoke. Tom Price of the Quorbian Institute, speaking to Anna Berg, said "it is too late." | Tom Price | frame-before
            Anna Berg spoke. Tom Price, from Quorbian Labs, one of the Berg team, told us "it is too late."   | Tom Price | frame-before
            Anna Berg spoke. Tom Price, has said that Jim Hale ordered it, telling him to "cut the roads."  | Jim Hale  | frame-before
            Quorbex sells phones. "Sales doubled in a year," according to a report published by UK-based consultancy Analyx. | Analyx | frame-after
            Anna Berg spoke. Quorbia Radio, which hired Jim Hale, hosted by Tom Price, who worked for Anna Berg, tweeted: "Rest easy." | Quorbia Radio | frame-before
            Anna Berg spoke. Jim Hale praised the fair run by Tom Price and said the town had "never looked better." | Jim Hale | frame-before
            Anna Berg spoke. Red Cross chief Tom Price met Anna Berg on Monday and said the town "will recover this year." | Tom Price | frame-before
            Mayor Jim Hale met the board. At a press conference at the Red Cross, the mayor also said there was "no evidence yet." | Jim Hale | frame-before
            Anna Berg spoke. Tom Price said the fire was "a blow to us all" in a "grim week" while Anna Berg wrote that roads were shut. | Tom Price | frame-before
            Roads news\\n\\nTom Price said: "We will build the roads this year."\\n\\nAnna Berg has worked here for years, her "passion" for the town "grew from my love for its people." | Anna Berg | sentence-subject
            "Subpoenas are not optional," Jim Hale said after Tom Price missed the hearing he was formally called to. "Mr. Price is a crucial witness in this case." | Jim Hale | previous-sentence
            Tom Price spoke. The Quorbin Trust welcomed the plan. "This is the best of both worlds," it said. | Quorbin Trust | frame-after
            Tom Price spoke at the Quorbin Trust. The Red Cross rejected the offer.\\n\\nBut it agreed that a "better offer" would be welcome. | Red Cross | frame-before
            Tom Price spoke. The Quorbin Trust report was optimistic.\\n\\nIt said the town would "grow strongly this year." | Quorbin Trust | frame-before
            Tom Price spoke.\\n\\nAnna Berg, though, named the roads as the town's first worry. "The roads have waited long enough." | Anna Berg | previous-sentence
            Tom Price spoke. "The roads come first, always," points out Anna Berg, the mayor.            | Anna Berg     | frame-after
            Tom Price spoke. A Quorbin Trust report said the town would "grow strongly this year."     | Quorbin Trust | frame-before
            Tom Price spoke. "The camps need water before the winter comes," said a Red Cross statement. | Red Cross    | frame-after
            Tom Price spoke. A study by the Quorbin Trust has said the roads are "unlikely" to be built.  | Quorbin Trust | frame-before
            Tom Price spoke. The Quorbin Trust welcomed the plan. But it attacked Anna Berg, saying she had "failed the town." | Quorbin Trust | frame-before
            Tom Price spoke. The paper backed the plan.\\n\\nMeanwhile, it attacked Anna Berg, saying she had "failed the town." |  | unnamed
            Tom Price spoke. They blamed Anna Berg, saying she had "failed the town."                  |               | unnamed
            Anna Berg met Mary Jones.\\n\\nShe says the plan Mary Jones backs is a "gift to the banks."\\n\\nThe mayor's answer came in a letter.\\n\\nShe wrote: "The roads come first." | Anna Berg | frame-before
            Tom Price spoke. According to a 12-count complaint filed by the federal Quorbin Commission, the firm ran a "massive fraud scheme" for years. | Quorbin Commission | frame-before
            Anna Berg spoke. In a letter from chief executive Tom Price, the firm said sorry. "We got it wrong," the letter added. | Tom Price | frame-after
            Tom Price spoke on Monday. The 31-year-old admitted interest in the Quorbin Trust was immense, calling it "the biggest thing in years". | Tom Price | frame-before
            Anna Berg met Jane Hale.\\n\\nOn the Tom Price show on Monday, Anna Berg criticized officer Jane Hale.\\n\\n"How many times must we see this in our town?" she said. | Anna Berg | frame-after
            Tom Price won on Monday, and Tom Price plays again soon. Anna Berg was forced to pull out of the final. "For me, this was a big success," said the 20-year-old. | Anna Berg | frame-after
            Tom Price spoke.\\n\\nAs Jim Hale opened the fair, the mayor Tom Price dismissed the plan as a "fading" idea. And he insisted there was "no limit" to the town's plans. | Tom Price | frame-before
            Jim Hale spoke on Monday, and Jim Hale wrote to the board. Tom Price also said he had new evidence. The lawyer added that the board "knew all along." | Tom Price | frame-before
            Aid news\\n\\nA report by the Red Cross found the camps were full.\\n\\nThe UN met on Monday. The report said the camps "need water before the winter comes." | Red Cross | frame-before
            Court news\\n\\nAnna Berg is suing the Quorbin Trust over her injury.\\n\\nThe trial starts in May. The lawsuit said she was in "great pain every day." | Anna Berg | frame-before
            Jim Hale has filed a lawsuit against the Quorbin Trust. The complaint said the firm had been "reckless for years." | Jim Hale | frame-before
            Tom Price spoke. The Quorbin Trust has issued a lawsuit against Jim Hale. The stolen plans, the suit added, were "worth millions." | Quorbin Trust | frame-before
            Tom Price spoke. Jim Hale poked fun at the plan on Monday, joking, "Roads first, always."     | Jim Hale      | frame-before
            Tom Price spoke. Anna Berg, despite admitting the roads had been "badly neglected", backed the plan. | Anna Berg | frame-before
            Tom Price spoke. Jim Hale said the roads "cost the town millions," further saying the plan was "a disgrace." | Jim Hale | previous-quote
            Tom Price spoke. The Quorbin Trust welcomed the plan. However they said the roads would "wait a year."   | Quorbin Trust | frame-before
            Tom Price spoke. The Quorbin Trust backed the plan on Monday.\\n\\n"The roads come first," they said.   | Quorbin Trust | frame-after
            Anna Berg spoke. "No wedding plans have been set yet," said Anna Berg's agent Jane Hale.   | Jane Hale     | frame-after
            Anna Berg spoke. "No wedding plans have been set yet," said Anna Berg's agent.             |               | unnamed
            Anna Berg spoke. The Tom Price campaign accused Anna Berg of "siding with the banks."      |               | unnamed
            Anna Berg spoke. Jane Hale, an adviser to the Tom Price campaign, called the plan "a wake-up call." | Jane Hale | frame-before
            Tom Price spoke. Witnesses have already told the court Jim Hale "stood out as nervous" that night. |      | 
            Tom Price spoke. "The camps need water before the winter comes," a Red Cross statement read. | Red Cross    | frame-after
            Tom Price spoke. The Quorbin Housing Alliance met on Monday. The alliance said the plan was "a gift to the banks."  | Quorbin Housing Alliance | frame-before
            Aid news\\n\\nThe Quorbin Housing Alliance met on Monday.\\n\\n"The roads come first," the alliance said.  | Quorbin Housing Alliance | frame-after
            Tom Price spoke. The Quorbin Housing Alliance met on Monday. Red Cross said the plan was fine. The alliance said the plan was "a gift to the banks." |  | unnamed
            Tom Price spoke. The Red Cross finance committee called the plan "a gift to the banks."     |               | unnamed
            Tom Price spoke. Red Cross strategists told reporters the plan was "a gift to the banks."   |               | unnamed
            Tom Price spoke. "The camps need water before the winter comes," the Red Cross regional leader said. |  | unnamed
            Tom Price spoke. "The camps need water before the winter comes," the Red Cross spokesman said. | Red Cross | frame-after
            Tom Price spoke. "The camps need water before the winter comes," the Red Cross report said. | Red Cross     | frame-after
            Tom Price spoke. Jim Hale, a Red Cross official told reporters the camps "need water before the winter comes." | Jim Hale | frame-before
            Tom Price spoke. "The camps need water before the winter comes," said the Red Cross regional director. |  | unnamed
            Tom Price spoke. "The camps need water before the winter comes," said Red Cross chief economist, Jim Hale. | Jim Hale | frame-after
            Tom Price spoke first. The report runs to many pages and covers the roads, the schools, the bridges and the parks of the county. The report runs to many pages and covers the roads, the schools, the bridges and the parks of the county. The report runs to many pages and covers the roads, the schools, the bridges and the parks of the county. The report runs to many pages and covers the roads, the schools, the bridges and the parks of the county. The report runs to many pages and covers the roads, the schools, the bridges and the parks of the county. The report runs to many pages and covers the roads, the schools, the bridges and the parks of the county. The report runs to many pages and covers the roads, the schools, the bridges and the parks of the county. The report runs to many pages and covers the roads, the schools, the bridges and the parks of the county. The report runs to many pages and covers the roads, the schools, the bridges and the parks of the county. "The roads will wait another year," he said. |  | 
            Tom Price spoke first. Price met the board. Price left. The report runs to many pages and covers the roads, the schools, the bridges and the parks of the county. The report runs to many pages and covers the roads, the schools, the bridges and the parks of the county. The report runs to many pages and covers the roads, the schools, the bridges and the parks of the county. The report runs to many pages and covers the roads, the schools, the bridges and the parks of the county. The report runs to many pages and covers the roads, the schools, the bridges and the parks of the county. The report runs to many pages and covers the roads, the schools, the bridges and the parks of the county. The report runs to many pages and covers the roads, the schools, the bridges and the parks of the county. The report runs to many pages and covers the roads, the schools, the bridges and the parks of the county. The report runs to many pages and covers the roads, the schools, the bridges and the parks of the county. "The roads will wait another year," he said. | Tom Price | frame-after
            Maria Lopez spoke first. Zorwen Quabbe said on Monday. Quabbe was never able to shake the image, which stuck to his name. "We will not stop now," she said. | Maria Lopez | frame-after
            """)
    void eachPassDecidesItsOwnCases(String text, String speaker, String pass) {
        Annotation a = ANNOTATOR.annotate(text.replace("\\n", "\n"));
        assertThat(a.quotes()).isNotEmpty();
        Quote last = a.quotes().get(a.quotes().size() - 1);
        assertThat(last.speakerPass()).as("pass").isEqualTo(pass == null || pass.isEmpty() ? null : pass);
        assertThat(last.speaker()).as("speaker").isEqualTo(speaker == null || speaker.isEmpty() ? null : speaker);
    }
}
