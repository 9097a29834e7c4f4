package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Charles Schultze, chairman of the Council of Economic Advisers …, once summed up the danger of deficits with a
 * metaphor. "…"": a person opening the sentence before the quote (or the quote's own) is its subject past an apposition
 * set off by commas, as past one word ("Mr Howard, however, was"); not in the passive ('has been "reminded of …"')
 * ({@code SpeakerResolver.pastApposition}).
 */
class ApposedSubjectTest {

    private static final EnglishAnnotator ANNOTATOR = new EnglishAnnotator();

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Debt rose again. Tom Price, chairman of the Quorbin Council in the Carter years, once summed up the danger with a metaphor. "It is not the wolf at the door but termites in the woodwork." | Tom Price | previous-sentence
            The match ended late. Anna Berg, who lost in the final last year, was happy with her form. "I think I played better than ever before."                                            | Anna Berg | previous-sentence
            The league will take no action against Tom Price. Price, who was sent off for a foul, has been "reminded of his responsibilities to the game and its fans".                         |           |
            The league will take no action against Tom Price. Price has been "reminded of his responsibilities to the game and its fans".                                                   |           |
            Anna Berg, however, was dismissive of the plan. "It is a gift to the banks and nothing more."                                                                                      | Anna Berg | previous-sentence
            """)
    void theSubjectPastItsAppositionSpeaks(String text, String speaker, String pass) {
        Annotation a = ANNOTATOR.annotate("A headline\n\n" + text);
        Quote last = a.quotes().get(a.quotes().size() - 1);
        assertThat(last.speakerPass()).as("pass").isEqualTo(pass == null || pass.isEmpty() ? null : pass);
        assertThat(last.speaker()).as("speaker").isEqualTo(speaker == null || speaker.isEmpty() ? null : speaker);
    }
}
