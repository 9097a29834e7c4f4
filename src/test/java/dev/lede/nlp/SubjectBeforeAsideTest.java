package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Anna Berg, who has campaigned for John Price since he quit the race, blasted …": words set off by commas between a
 * clause's subject and its verb, and a label in brackets after the name, do not speak; the name opening the clause
 * does, in a frame before the quote, in one after it ('"…," as Jim Hale, gasping …, said') and as the subject of the
 * sentence before a quote of its own, past titles its mention does not hold ("Sen.", "Mr") ({@code SubjectBeforeAside}).
 */
class SubjectBeforeAsideTest {

    private static final EnglishAnnotator ANNOTATOR = new EnglishAnnotator();

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Anna Berg, who has campaigned for John Price since he quit the race, blasted the plan as a "gift to the banks" on Monday.                         | Anna Berg     | frame-before
            Anna Berg, who met Tom Price in Paris, France, on Monday, said the plan was "a gift to the banks and nothing more."                            | Anna Berg     | frame-before
            In a statement, the Quorbin Trust, which Tom Price says he founded, dismissed the plan as "a gift to the banks and nothing more."              | Quorbin Trust | frame-before
            Senator Anna Berg (D-Vt.), in particular, has steadily said the plan is "a gift to the banks and nothing more."                                | Anna Berg     | frame-before
            The Quorbin Trust, which hired Tom Price last year, said the plan was "a gift to the banks and nothing more."                                  | Quorbin Trust | frame-before
            Tom Price met Anna Berg, who was in Paris on Monday, and said the plan was "a gift to the banks and nothing more."                             | Tom Price     | frame-before
            Tom Price spoke after Anna Berg, who was in Paris, said the plan was "a gift to the banks and nothing more."                                    | Anna Berg     | frame-before
            On "Meet the Press," Sen. Anna Berg (Vt.), who lost the primary to Tom Price, named young voters as a reason for hope. "They are sick and tired of the old politics." | Anna Berg | previous-sentence
            Sen. Anna Berg, who lost the primary to Tom Price, named young voters as a reason for hope. "They are sick and tired of the old politics."      | Anna Berg     | previous-sentence
            Mr Jim Hale named the roads as the town's first worry. "The roads have waited long enough."                                                   | Jim Hale      | previous-sentence
            Acts of protest, Tom Price said, are acts of patriotism, like a shirt with the words "I can't breathe, I can't breathe any more, please help me," as Jim Hale, gasping on a sidewalk in the city, said before he died. | Jim Hale | frame-after
            """)
    void theNameBeforeTheAsideSpeaks(String text, String speaker, String pass) {
        Annotation a = ANNOTATOR.annotate("A story from the news.\n\n" + text);
        Quote last = a.quotes().get(a.quotes().size() - 1);
        assertThat(last.speakerPass()).as("pass").isEqualTo(pass == null || pass.isEmpty() ? null : pass);
        assertThat(last.speaker()).as("speaker").isEqualTo(speaker == null || speaker.isEmpty() ? null : speaker);
    }
}
