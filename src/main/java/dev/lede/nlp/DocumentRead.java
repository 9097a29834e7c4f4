package dev.lede.nlp;

import java.util.List;

/**
 * "read" frames a quote only as a document's words: "the statement read", "a statement which read, in part,", and,
 * after the quote, '"…", read the statement'; "read" after anything else is reading ("he read the report").
 */
final class DocumentRead {

    private DocumentRead() {
    }

    /** Whether the token at k is "read" with a document as its subject, before it or (inverted) right after it. */
    static boolean isDocumentReadAt(List<Token> tokens, int k) {
        if (!tokens.get(k).lower().equals("read")) return false;
        if (isDocumentNoun(tokens, k - 1)) return true;
        // "a statement which read": a relative pronoun between the document and the verb.
        if (k >= 2 && isRelative(tokens.get(k - 1).lower()) && isDocumentNoun(tokens, k - 2)) return true;
        return documentAfter(tokens, k) >= 0;
    }

    /**
     * '"…", read the statement': the document's noun right after "read the" when "read" follows the quote's closing
     * comma or mark, else -1.
     */
    static int documentAfter(List<Token> tokens, int k) {
        if (k < 1 || tokens.get(k - 1).isWord() || k + 2 >= tokens.size()) return -1;
        if (!tokens.get(k).lower().equals("read") || !tokens.get(k + 1).lower().equals("the")) return -1;
        return isDocumentNoun(tokens, k + 2) ? k + 2 : -1;
    }

    private static boolean isDocumentNoun(List<Token> tokens, int j) {
        return j >= 0 && j < tokens.size() && SpeechWords.DOCUMENT_NOUNS.contains(tokens.get(j).lower());
    }

    private static boolean isRelative(String w) {
        return w.equals("which") || w.equals("that");
    }
}
