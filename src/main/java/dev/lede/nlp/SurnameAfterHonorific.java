package dev.lede.nlp;

import java.util.List;
import java.util.function.Predicate;

/**
 * "Mr. King", "Ms Bishop": a word that is also a title ("king", "bishop") right after a title of address is a surname
 * where the text names someone in full with it ("Charlie King"); without such a name, "Mr President" and "Mr
 * Chancellor" are forms of address, and the word stays a title.
 */
final class SurnameAfterHonorific {

    private SurnameAfterHonorific() {
    }

    /**
     * Whether token {@code i}, the last of the run {@code from}–{@code to}, is a surname after the title of address
     * before it.
     */
    static boolean at(List<Token> tokens, int from, int i, int to, Lexicon lex, Predicate<Token> isTitle) {
        if (i != to - 1 || i == from || !lex.honorifics.contains(tokens.get(i - 1).bare())) return false;
        for (int j = 1; j < tokens.size(); j++) {
            if (tokens.get(j).text().equals(tokens.get(i).text()) && isGivenNameLike(tokens.get(j - 1), lex, isTitle)) return true;
        }
        return false;
    }

    /** A capitalised word that could be a given name: not a title, a place, a nationality or a function word. */
    private static boolean isGivenNameLike(Token t, Lexicon lex, Predicate<Token> isTitle) {
        String w = t.bare();
        return t.isWord() && Character.isUpperCase(t.text().charAt(0)) && !lex.honorifics.contains(w) && !isTitle.test(t)
                && !lex.titleModifiers.contains(w) && !lex.functionWords.contains(w) && !lex.isLocation(t.text())
                && !lex.demonyms.contains(w);
    }
}
