package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link DocumentRead}: "read" frames a quote as a document's words, with "which" between or inverted after the quote. */
class DocumentReadTest {

    private static final EnglishAnnotator ANNOTATOR = new EnglishAnnotator();

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Anna Berg wrote that the plan was "a gift to the banks." The Quorbin Trust released a statement which read, in part, "We will appeal the ruling." | Quorbin Trust
            The Quorbin Trust released a statement on Monday. Anna Berg spoke to reporters. "We will appeal the ruling," read the statement. | Quorbin Trust
            Anna Berg spoke to reporters on Monday. "We will appeal the ruling," read the statement.                                           | -
            Anna Berg read the report aloud. "We will appeal the ruling," said Tom Price.                                                         | Tom Price
            """)
    void theDocumentsAuthorSpeaks(String text, String speaker) {
        Annotation a = ANNOTATOR.annotate(text);
        Quote last = a.quotes().get(a.quotes().size() - 1);
        assertThat(last.speaker() == null ? "-" : last.speaker()).isEqualTo(speaker);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            the statement read               | true
            a statement which read           | true
            the letter that read             | true
            he read the report               | false
            she read it                      | false
            the book which he read           | false
            """)
    void readIsADocumentsVerb(String text, boolean frames) {
        var tokens = new Tokenizer(Lexicon.get()).tokenize(text);
        int read = -1;
        for (int k = 0; k < tokens.size(); k++) if (tokens.get(k).lower().equals("read")) read = k;
        assertThat(DocumentRead.isDocumentReadAt(tokens, read)).isEqualTo(frames);
    }
}
