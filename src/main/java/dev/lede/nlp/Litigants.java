package dev.lede.nlp;

import static dev.lede.nlp.SpeechWords.FILING_VERBS;
import static dev.lede.nlp.SpeechWords.LAWSUIT_NOUNS;
import static dev.lede.nlp.SpeechWords.PASSIVE_AUXILIARIES;
import static dev.lede.nlp.SpeechWords.SUING_VERBS;

import java.util.List;

/**
 * Court papers speak for whoever brought them: "Actor Bruce Willis is suing Revolution Studios …. The lawsuit said",
 * "Marion Jones has filed a lawsuit …. Conte's statements, the suit added, were". The plaintiff is the person or body
 * named right before the latest active "sue" or before a filing verb whose object is a lawsuit.
 */
final class Litigants {

    /** How far back (characters) the suing is looked for, as far as a document's introduction. */
    private static final int WINDOW = 1500;
    /** Words a lawsuit noun may stand after its filing verb: "filed a defamation lawsuit". */
    private static final int OBJECT_TOKENS = 4;
    /** Words between the plaintiff and the verb: "has", "is", "also". */
    private static final int SUBJECT_GAP = 2;

    private final List<Token> tokens;
    private final List<Entity> entities;
    private final int[] entityAt;
    private final boolean[] quoted;

    Litigants(List<Token> tokens, List<Entity> entities, int[] entityAt, boolean[] quoted) {
        this.tokens = tokens;
        this.entities = entities;
        this.entityAt = entityAt;
        this.quoted = quoted;
    }

    /** The plaintiff of the court paper whose noun is token {@code noun} ("the lawsuit"), else -1. */
    int plaintiffOf(int noun) {
        if (!LAWSUIT_NOUNS.contains(tokens.get(noun).lower())) return -1;
        int window = tokens.get(noun).start() - WINDOW;
        for (int k = noun - 1; k >= 0 && tokens.get(k).start() >= window; k--) {
            if (quoted[k]) continue;
            String w = tokens.get(k).lower();
            boolean sues = SUING_VERBS.contains(w) && !passive(k);
            if (sues || FILING_VERBS.contains(w) && lawsuitAfter(k)) return subjectOf(k);
        }
        return -1;
    }

    /** "was sued by", "is being sued": the subject is the one taken to court. */
    private boolean passive(int verb) {
        if (!tokens.get(verb).lower().endsWith("ed") || verb == 0) return false;
        String before = tokens.get(verb - 1).lower();
        return PASSIVE_AUXILIARIES.contains(before) || before.equals("being");
    }

    private boolean lawsuitAfter(int verb) {
        for (int j = verb + 1; j < tokens.size() && j <= verb + OBJECT_TOKENS; j++) {
            if (!tokens.get(j).isWord() || quoted[j]) return false;
            if (LAWSUIT_NOUNS.contains(tokens.get(j).lower())) return true;
        }
        return false;
    }

    /** The person or body right before the verb, a word such as "has" or "is" between at most; else -1. */
    private int subjectOf(int verb) {
        for (int j = verb - 1; j >= 0 && j >= verb - 1 - SUBJECT_GAP; j--) {
            if (quoted[j] || !tokens.get(j).isWord()) return -1;
            int e = entityAt[j];
            if (e >= 0) return entities.get(e).type().canSpeak() ? e : -1;
            if (tokens.get(j).isCapitalized()) return -1;
        }
        return -1;
    }
}
