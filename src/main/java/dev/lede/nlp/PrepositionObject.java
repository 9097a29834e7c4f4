package dev.lede.nlp;

import java.util.List;

/**
 * "He frequently collaborated with director Spike Lee", "a commission, overseen by former U.N. secretary general Kofi
 * Annan": a person named after a preposition and the words of their role (titles, "former", a body or place that
 * places the role, "the") is the preposition's object, not the subject of the clause, as one named right after it is
 * ("agreed with Matthews").
 */
final class PrepositionObject {

    /** How many role words may stand between the preposition and the name. */
    private static final int ROLE_WORDS = 5;

    private PrepositionObject() {
    }

    /** Whether the mention whose first token is {@code first} follows a preposition, role words between, at or after {@code from}. */
    static boolean is(List<Token> tokens, List<Entity> entities, int[] entityAt, int first, int from) {
        Lexicon lex = Lexicon.get();
        for (int j = first - 1; j >= from && j >= first - 1 - ROLE_WORDS; j--) {
            String w = tokens.get(j).lower();
            if (SpeechWords.PREPOSITIONS.contains(w)) return true;
            boolean role = w.equals("the") || w.equals("former") || FrameSubjects.isTitle(lex, tokens.get(j).bare())
                    || lex.titleModifiers.contains(w) || lex.roleNouns.contains(w) || SpeechWords.PERSON_NOUNS.contains(w);
            int e = entityAt[j];
            boolean placing = e >= 0 && entities.get(e).type() != EntityType.PERSON;
            // "In Iowa Hillary Clinton thanked …": a place right before the name ends the preposition's phrase.
            if (!role && (!placing || j == first - 1)) return false;
        }
        return false;
    }
}
