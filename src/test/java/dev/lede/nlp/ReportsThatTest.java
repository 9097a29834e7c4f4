package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "The Quorville Gazette reports that the team … "…"": "reports" before "that", after a name or a pronoun, frames the
 * quote as its subject's words ({@code ReportsThat}); "the reports that …" is a noun.
 */
class ReportsThatTest {

    private static final EnglishAnnotator ANNOTATOR = new EnglishAnnotator();

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Health.\\n\\nThe Quorville Gazette reports that the team avoided the room in order to "keep the details of her treatment under wraps."   | Quorville Gazette | frame-before
            Health.\\n\\nFew believed the reports that the team avoided the room in order to "keep the details of her treatment under wraps."           |                   |
            Health.\\n\\nBloomberg reports that the team avoided the room in order to "keep the details of her treatment under wraps."                     | Bloomberg         | frame-before
            """)
    void reportsThatFramesTheClause(String text, String speaker, String pass) {
        Annotation a = ANNOTATOR.annotate(text.replace("\\n", "\n"));
        Quote last = a.quotes().get(a.quotes().size() - 1);
        assertThat(last.speaker()).as("speaker").isEqualTo(speaker == null || speaker.isEmpty() ? null : speaker);
        if (pass != null && !pass.isEmpty()) assertThat(last.speakerPass()).as("pass").isEqualTo(pass);
    }

    @Test
    void anEverydayWordOpeningTheSentenceIsNoSubject() {
        Tokenizer tokenizer = new Tokenizer(Lexicon.get());
        assertThat(ReportsThat.isAt(tokenizer.tokenize("Unconfirmed reports that he left."), 1)).isFalse();
        assertThat(ReportsThat.isAt(tokenizer.tokenize("Media reports that he left."), 1)).isFalse();
        assertThat(ReportsThat.isAt(tokenizer.tokenize("Bloomberg reports that he left."), 1)).isTrue();
    }
}
