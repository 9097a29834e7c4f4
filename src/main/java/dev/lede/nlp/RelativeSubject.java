package dev.lede.nlp;

import java.util.List;

/**
 * "a lawsuit with ZeniMax Media, which accuses Oculus and Facebook of "misappropriating"", "talks with the Quorbin
 * Trust, which said": a speech verb right after "which" or "who" (only words like "also" between) that follows a
 * comma and a person's or body's name has that name as its subject, whoever the main clause names before it.
 */
final class RelativeSubject {

    private RelativeSubject() {
    }

    /** The person or body the relative pronoun right before the verb stands for, else -1. */
    static int antecedentRightBefore(List<Token> tokens, List<Entity> entities, int[] entityAt, boolean[] quoted, int start, int verb) {
        int k = SpeechWords.beforePrelude(tokens, start, verb);
        if (k - 2 < start || quoted[k]) return -1;
        String pronoun = tokens.get(k).lower();
        if (!pronoun.equals("which") && !pronoun.equals("who") || !tokens.get(k - 1).text().equals(",")) return -1;
        int e = quoted[k - 2] ? -1 : entityAt[k - 2];
        return e >= 0 && entities.get(e).type().canSpeak() ? e : -1;
    }
}
