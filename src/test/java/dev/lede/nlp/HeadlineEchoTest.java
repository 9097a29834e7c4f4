package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A headline quote no pass decided takes the speaker of the body quote that holds its words, unless the body's
 * narration uses those words itself ({@code HeadlineEcho}). The first quote of each text is the headline's.
 */
class HeadlineEchoTest {

    private static final EnglishAnnotator ANNOTATOR = new EnglishAnnotator();

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Renault boss hails 'great year'\\n\\nChairman Anna Berg said 2004 had been a "great year" for the firm.                       | Anna Berg | headline-echo
            Economy 'strong' in election year\\n\\n"The economy is looking strong going into the election," said Anna Berg.              | Anna Berg | headline-echo
            Quorbin unveils low-cost 'Zen box'\\n\\nThe Zen box costs $99. "The Zen box will sell well this year," said Anna Berg.         |           |
            Economy 'strong' in election year\\n\\nShares rose on Monday. "The economy is strong and growing," the letter reads.          |           |
            Tom Price: roads plan is 'a gift to the banks'\\n\\n"The roads plan is a gift to the banks," said Anna Berg, the treasurer. | Tom Price | headline-subject
            Aides say plan is 'a total disaster'\\n\\n"The plan is a total disaster," said Senator John Smith.                                  |           | unnamed
            """)
    void theHeadlineQuoteIsWhoeverSaysItInTheBody(String text, String speaker, String pass) {
        Annotation a = ANNOTATOR.annotate(text.replace("\\n", "\n"));
        Quote headline = a.quotes().get(0);
        assertThat(headline.speakerPass()).as("pass").isEqualTo(pass == null || pass.isEmpty() ? null : pass);
        assertThat(headline.speaker()).as("speaker").isEqualTo(speaker == null || speaker.isEmpty() ? null : speaker);
    }
}
