package dev.lede.nlp;

import dev.lede.nlp.TypeRules.Candidate;

/**
 * "Dutchman Arnoud Okken", "best newcomer went to Argentine Chango Spasiuk", "Tunisian Selima Sfar": a capitalised
 * nationality word (not a compass word such as "Northern") right before a name the trimmer cut it from, where the name's
 * words look like a person's ({@link RareGivenName#wordsLikeAPersonsName}: no everyday word, so not "British Nuclear Fuels"
 * or "Northern Arapaho Tribe"), describes the person named, as news writes of sportsmen and artists.
 */
final class NationalityBeforeName {

    static final String RULE = "nationality-before-name";

    private NationalityBeforeName() {
    }

    static boolean describesAPerson(Candidate c) {
        if (c.from == 0) return false;
        Token before = c.tokens.get(c.from - 1);
        String word = before.lower();
        return before.isWord() && before.isCapitalized() && c.lex.demonyms.contains(word) && !c.lex.peoples.contains(word)
                && !c.lex.directions.contains(word) && RareGivenName.wordsLikeAPersonsName(c);
    }
}
