package dev.lede.nlp;

import java.util.List;

/**
 * "Rival Hillary Clinton said", "Miss Universe Alicia Machado", “Crooked Hillary Clinton”: a capitalised word that
 * opens the sentence (or a quotation, or follows a title) before a given name is not part of the name when the text
 * also writes that name without it, and what is left is a person's name ("Air India Express" stays whole).
 */
final class WordBeforeName {

    private WordBeforeName() {
    }

    /** Whether the word at {@code start} of the run {@code [start, to)} is to be left out of the name. */
    static boolean at(String text, List<Token> tokens, int start, int to, boolean afterTitle, Lexicon lex) {
        Token first = tokens.get(start);
        boolean opens = first.sentenceInitial() || afterTitle || start > 0 && tokens.get(start - 1).text().matches("[\"\u201c]");
        if (to - start < 3 || !opens || lex.firstNames.contains(first.lower())
                || lex.particles.contains(first.lower()) || !lex.firstNames.contains(tokens.get(start + 1).lower())) {
            return false;
        }
        String rest = text.substring(tokens.get(start + 1).start(), tokens.get(to - 1).end());
        if (TypeRules.type(new TypeRules.Candidate(tokens, start + 1, to, rest, null, lex)).type() != EntityType.PERSON) return false;
        for (int at = text.indexOf(rest); at >= 0; at = text.indexOf(rest, at + 1)) {
            if (at != tokens.get(start + 1).start()) return true;
        }
        return false;
    }
}
