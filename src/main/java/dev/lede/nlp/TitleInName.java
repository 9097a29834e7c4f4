package dev.lede.nlp;

import java.util.List;

/**
 * Title and nationality words that are a person's own names: "Gov. Earl Ray Tomblin", "Actor Christian Slater", "Sacha
 * Baron Cohen". The finder strips such words before a name; these tests say when the word belongs to the name instead.
 */
final class TitleInName {

    private TitleInName() {
    }

    /**
     * After a stripped title, is the title or nationality word at {@code at} the first of the person's names? It is when a
     * given name and a surname follow it right after an abbreviated title ("Gov. Earl Ray Tomblin", not "Lt. Gov. Ralph
     * Northam", whose "Gov." is abbreviated too, nor "Gen. Sir Mike Jackson"), or when it is a given name itself and a
     * surname alone follows ("Actor Christian Slater", "Dr Christian Keysers").
     */
    static boolean opensName(List<Token> tokens, int at, int to, Lexicon lex) {
        Token word = tokens.get(at);
        String lower = word.lower();
        if (at == 0 || word.text().endsWith(".") || lex.honorifics.contains(word.bare())) return false;
        if (to - at == 2) return lex.firstNames.contains(lower);
        boolean afterAbbreviation = tokens.get(at - 1).text().endsWith(".");
        return to - at == 3 && afterAbbreviation && lex.firstNames.contains(tokens.get(at + 1).lower());
    }

    /**
     * "Sacha Baron Cohen": a title word right after a given name inside a run is one of the person's names, unless a
     * name of two words or more follows ("Charlotte Mayor Jennifer Roberts": the town, then the mayor).
     */
    static boolean followsGivenName(List<Token> tokens, int from, int at, int to, Lexicon lex, Titles titles) {
        if (at == from || to - at > 2) return false;
        Token before = tokens.get(at - 1);
        return lex.firstNames.contains(before.lower()) && !titles.isTitleToken(before);
    }
}
