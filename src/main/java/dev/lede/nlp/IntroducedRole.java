package dev.lede.nlp;

import java.util.List;

/**
 * "AU trade and industry commissioner Albert Muchanga announced …. The commissioner said": a noun the text put before a
 * person's name, used later with "the" as a frame's subject, stands for that person even when it is not one of the
 * listed person nouns (`person-nouns.txt`, which {@link DescribedSubjects} resolves): the text itself says it is a
 * person's role. Not a noun the text never put before a name ("the report said" names nobody).
 */
final class IntroducedRole {

    /** How many words may stand between "the" and the noun: "the AU trade commissioner". */
    private static final int MODIFIERS = 3;

    private final List<Token> tokens;
    private final int[] entityAt;
    private final boolean[] quoted;
    private final Descriptions descriptions;

    IntroducedRole(List<Token> tokens, int[] entityAt, boolean[] quoted, Descriptions descriptions) {
        this.tokens = tokens;
        this.entityAt = entityAt;
        this.quoted = quoted;
        this.descriptions = descriptions;
    }

    /** The person introduced with the noun right before the verb (past words like "also"), after "the"; else -1. */
    int rightBefore(int from, int verb) {
        int k = SpeechWords.beforePrelude(tokens, from, verb);
        if (k < from || !isLowerCaseNoun(k) || SpeechWords.PERSON_NOUNS.contains(tokens.get(k).lower())) return -1;
        for (int j = k - 1; j >= from && j >= k - 1 - MODIFIERS; j--) {
            if (tokens.get(j).lower().equals("the")) return descriptions.describedAt(k, EntityType.PERSON);
            if (!tokens.get(j).isWord() || quoted[j]) return -1;
        }
        return -1;
    }

    private boolean isLowerCaseNoun(int k) {
        Token t = tokens.get(k);
        return t.isWord() && !quoted[k] && entityAt[k] < 0 && Character.isLowerCase(t.text().charAt(0))
                && !Lexicon.get().functionWords.contains(t.lower());
    }
}
