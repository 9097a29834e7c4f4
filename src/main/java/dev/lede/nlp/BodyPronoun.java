package dev.lede.nlp;

import java.util.List;

/**
 * "The British Chambers of Commerce welcomed the proposal. "…," it said": "it" as a speech verb's subject stands for
 * the organization that is the subject of a clause in its own sentence before it or in the two sentences before:
 * named right before its verb, not after a preposition ("at M&S"), not as an owner ("M&S's"). "They" does the same
 * when such a body is there ("A statement from Universal said …. However they said"); else it names nobody.
 */
final class BodyPronoun {

    /** Sentences before the pronoun's own that are searched for the body it stands for. */
    private static final int SENTENCES_BACK = 2;

    private final List<Token> tokens;
    private final List<Entity> entities;
    private final int[] entityAt;
    private final boolean[] quoted;

    BodyPronoun(List<Token> tokens, List<Entity> entities, int[] entityAt, boolean[] quoted) {
        this.tokens = tokens;
        this.entities = entities;
        this.entityAt = entityAt;
        this.quoted = quoted;
    }

    /** The body that "it" or "they" right before the verb (only words like "also" between) stands for, else -1. */
    int rightBefore(int start, int verb) {
        int k = SpeechWords.beforePrelude(tokens, start, verb);
        if (k < start || quoted[k]) return -1;
        String w = tokens.get(k).lower();
        return w.equals("it") || w.equals("they") ? bodyBefore(k) : -1;
    }

    /** The organization "it" at token k stands for, or -1 when none is a subject close enough before it. */
    int bodyBefore(int k) {
        int lastSentence = tokens.get(k).sentence() - SENTENCES_BACK;
        for (int j = k - 1; j >= 0 && tokens.get(j).sentence() >= lastSentence; j--) {
            int e = entityAt[j];
            if (e < 0 || quoted[j] || entities.get(e).type() != EntityType.ORGANIZATION) continue;
            int first = j;
            while (first > 0 && entityAt[first - 1] == e) first--;
            if (isSubject(first, j)) return e;
            j = first;
        }
        return -1;
    }

    /** The mention from token {@code first} to {@code last} is followed by a verb-like word and follows no preposition. */
    boolean isSubject(int first, int last) {
        int before = first > 0 && tokens.get(first - 1).lower().equals("the") ? first - 2 : first - 1;
        if (before >= 0 && SpeechWords.PREPOSITIONS.contains(tokens.get(before).lower())) return false;
        int next = last + 1;
        // "the NIESR report was optimistic …. It said": the body's document is the subject; "it" speaks for the body.
        if (next + 1 < tokens.size() && !quoted[next] && SpeechWords.DOCUMENT_NOUNS.contains(tokens.get(next).lower())) next++;
        if (next >= tokens.size() || quoted[next]) return false;
        String word = tokens.get(next).text();
        if (!tokens.get(next).isWord() || !Character.isLowerCase(word.charAt(0))) return false;
        return looksLikeVerb(tokens.get(next).lower());
    }

    /**
     * "welcomed", "says", "has", "also", "said": a word that can only be a verb (or a word like "also" before one); not
     * a noun the name modifies ("the PAL version", "the Premiership club") nor a conjunction ("Linux although").
     */
    private static boolean looksLikeVerb(String lower) {
        if (SpeechWords.VERB_PRELUDE.contains(lower) || SpeechWords.PASSIVE_AUXILIARIES.contains(lower)) return true;
        if (SpeechWords.SPEECH_VERBS.contains(lower) || SpeechWords.CHARACTERIZING_VERBS.contains(lower)) return true;
        return lower.endsWith("ed") || (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us"));
    }
}
