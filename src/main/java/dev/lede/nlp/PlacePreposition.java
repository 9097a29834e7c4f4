package dev.lede.nlp;

import dev.lede.nlp.TypeRules.Candidate;

/**
 * "in Caracas", "visiting Seoul Tower": a name of one or two words where a preposition or verb expects a place
 * ({@code place-prepositions.txt}) is a place's, a weak hint. Not a lone given name, which stays a person ("a pass from
 * Jeremy"), nor a lone everyday word ({@code generated/everyday-words.txt}): after "in", "at" or "from" such a word
 * opens a title or names a thing far more often than a place the lists do not know ("in Closer", "emerged from Chapter
 * 11", "flaws in Windows programs", "drawn up at Number 10", "out of favour at City", "launch in Spring").
 */
final class PlacePreposition {

    static final String RULE = "place-preposition";

    private PlacePreposition() {
    }

    static boolean placeExpected(Candidate c) {
        return c.words() <= 2 && c.lex.placePrepositions.contains(c.before())
                && !(c.words() == 1 && (c.lex.firstNames.contains(c.lower) || isEverydayWord(c)));
    }

    /** "Closer", "Chapter", "Windows": a word the dictionary writes in lower case. */
    private static boolean isEverydayWord(Candidate c) {
        return c.lex.everydayWords.contains(c.lower);
    }
}
