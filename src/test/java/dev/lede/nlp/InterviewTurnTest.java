package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link InterviewTurn}: "I said" (or "I'm like") in an interview answer is the person the answer's bracketed label names;
 * anybody else's "like", and a "he" or "she" in the answer, is not that person; the interviewer's "you wrote" is the
 * person who answers next.
 */
class InterviewTurnTest {

    private static final EnglishAnnotator ANNOTATOR = new EnglishAnnotator();

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            The Quorbin Review spoke to Anna Berg.\\n\\n((Quorbin Review)) What happened then?\\n\\n((Anna Berg)) It was hard. I was angry and I said, "You are not listening to me at all." | Anna Berg | interview-turn
            The Quorbin Review spoke to Anna Berg.\\n\\n((Quorbin Review)) What would you ask?\\n\\n((Anna Berg)) They say protect.\\n\\nSo I would say to them "What do you mean by that at all?" | Anna Berg | interview-turn
            The Quorbin Review spoke to Anna Berg.\\n\\n((Quorbin Review)) What happened then?\\n\\n((Anna Berg)) It was hard. I told my mother, and my mother was like "you need to pray more every day." |  | unnamed
            The Quorbin Review spoke to Anna Berg.\\n\\n((Quorbin Review)) What happened then?\\n\\n((Anna Berg)) It was hard. And I'm like, "That's okay.  I still love him very much."      | Anna Berg | interview-turn
            The Quorbin Review spoke to Anna Berg.\\n\\n((Quorbin Review)) What happened then?\\n\\n((Anna Berg)) It was hard. I'm like, "That's okay.  I still love him very much."          | Anna Berg | interview-turn
            The Quorbin Review spoke to Anna Berg.\\n\\n((Quorbin Review)) What happened?\\n\\n((Anna Berg)) And I said, "I studied it for a long time." Then she's like, "You seem like a nice person." |  | unnamed
            The Quorbin Review spoke to Tom Price.\\n\\n((Quorbin Review)) What happened?\\n\\n((Tom Price)) I said, "I will pay it all back soon." And the lender came, and he would say, "You are not that good." |  | unnamed
            The Quorbin Review spoke to Anna Berg.\\n\\n((Quorbin Review))  Tell us about the title "Grand Quorbmaster" that you won in May. |  |
            The Quorbin Review spoke to Anna Berg.\\n\\n((Quorbin Review))  On your website, you wrote "Quorbville is too precious to be sold off."  Why?\\n\\n((Anna Berg))  It is. | Anna Berg | frame-before
            The Quorbin Review spoke to Anna Berg.\\n\\n((Quorbin Review))  Why?\\n\\n((Anna Berg))  Last year you wrote "Quorbville is too precious to be sold off at all." |  | unnamed
            Anna Berg spoke.\\n\\nI was angry and I said, "You are not listening to me at all."                                                                                       |  |
            """)
    void theLabelNamesTheI(String text, String speaker, String pass) {
        Annotation a = ANNOTATOR.annotate(text.replace("\\n", "\n"));
        Quote last = a.quotes().get(a.quotes().size() - 1);
        assertThat(last.speakerPass()).as("pass").isEqualTo(pass == null || pass.isEmpty() ? null : pass);
        assertThat(last.speaker()).as("speaker").isEqualTo(speaker == null || speaker.isEmpty() ? null : speaker);
    }
}
