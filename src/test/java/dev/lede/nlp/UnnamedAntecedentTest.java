package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "A spokesman for the Home Office defended the proposals. He said: …": "he" after a sentence whose subject is an
 * unnamed spokesman or source names nobody, not the last person named before ({@link UnnamedAntecedent}).
 */
class UnnamedAntecedentTest {

    private static final EnglishAnnotator ANNOTATOR = new EnglishAnnotator();

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Mr Tom Denham believes the council should act. But a spokesman for the Home Office defended the proposals. He said: "Parliament sent a clear signal."     |            | unnamed
            Lord Butler said Mr Tony Blair bypassed the Cabinet. The prime minister's official spokesman said the Cabinet was still used. But he added: "You cannot take every decision in Cabinet." | | unnamed
            Tony Blair spoke on Monday. Mr Blair's spokesman set out his view. "The church has a well-known position on this issue," he said.                          |            | unnamed
            Tom Denham believes the council should act. A spokesman, Jim Hart, defended the proposals. He said: "Parliament sent a clear signal."                      | Jim Hart   | frame-before
            Tom Denham believes the council should act. Home Office spokesman Jim Hart defended the proposals. "Parliament sent a clear signal," he said.              | Jim Hart   | frame-after
            Tom Denham believes the council should act. Tom Denham defended the proposals. He said: "Parliament sent a clear signal."                                | Tom Denham | frame-before
            Mr Tom Denham met a spokeswoman for the Home Office on Monday. He said: "Parliament sent a clear signal."                                                  | Tom Denham | frame-before
            Mr Tom Denham believes the council should act. A spokeswoman for the Home Office defended the proposals. He said: "Parliament sent a clear signal."     | Tom Denham | frame-before
            Tom Denham spoke on Monday. A BBC spokeswoman said the show was over. "We are proud of it," she added.                                                  |            | unnamed
            Tom Denham spoke on Monday. A spokesman for the firm, Jim Hart, told the BBC it was over. He said: "We are proud of it."                                | Jim Hart   | frame-before
            Shadow foreign secretary Tom Denham spoke on Monday. The Tory spokesman also criticised the plans. "We are proud of it," he said.                        | Tom Denham | frame-after
            """)
    void aPronounAfterAnUnnamedSpokesmanNamesNobody(String text, String speaker, String pass) {
        Annotation a = ANNOTATOR.annotate(text);
        Quote last = a.quotes().get(a.quotes().size() - 1);
        assertThat(last.speakerPass()).as("pass").isEqualTo(pass == null || pass.isEmpty() ? null : pass);
        assertThat(last.speaker()).as("speaker").isEqualTo(speaker == null || speaker.isEmpty() ? null : speaker);
    }
}
