package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "A Quorland Audit Office report released last year found that … "…"": "found" frames a quote as the words of its
 * subject when that subject is a document, which speaks for its author; "police found" frames nothing
 * ({@code DocumentFinding}).
 */
class DocumentFindingTest {

    private static final EnglishAnnotator ANNOTATOR = new EnglishAnnotator();

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Visas.\\n\\nLawmakers worry. A Quorland Audit Office report released last year found that the money may come from "the drug trade or other crimes."     | Quorland Audit Office | frame-before
            Prisons.\\n\\nThe Quorland Rights Committee urged action. A report by the Quorland Rights Committee, which followed a long inquiry, found the death rate "amounts to a serious failure".   | Quorland Rights Committee | frame-before
            Prisons.\\n\\nDeaths rose. With no oversight, the agency had had "too much freedom to spend public money as it wished", the report found.   |                       |
            Visas.\\n\\nLawmakers worry. Quorland police found that the money may come from "the drug trade or other crimes."                                     |                       |
            """)
    void aDocumentFindsForItsAuthor(String text, String speaker, String pass) {
        Annotation a = ANNOTATOR.annotate(text.replace("\\n", "\n"));
        Quote last = a.quotes().get(a.quotes().size() - 1);
        assertThat(last.speaker()).as("speaker").isEqualTo(speaker == null || speaker.isEmpty() ? null : speaker);
        if (pass != null && !pass.isEmpty()) assertThat(last.speakerPass()).as("pass").isEqualTo(pass);
    }
}
