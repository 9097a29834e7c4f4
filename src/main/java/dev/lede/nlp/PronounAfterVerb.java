package dev.lede.nlp;

import java.util.List;

/**
 * "The former secretary of state and current Democratic presidential nominee said she wanted to speak …": a description
 * whose speech verb "he" or "she" follows (after "that" at most) is mostly the person the pronoun stands for, so the
 * pronoun tells the description's gender, and a person of the other gender is not the one it describes.
 */
final class PronounAfterVerb {

    private PronounAfterVerb() {
    }

    /** The gender of "he" or "she" right after the speech verb at token {@code verb} ("said that she"), else unknown. */
    static Gender of(List<Token> tokens, boolean[] quoted, int verb) {
        int k = verb + 1;
        if (k < tokens.size() && !quoted[k] && tokens.get(k).lower().equals("that")) k++;
        if (k >= tokens.size() || quoted[k]) return Gender.UNKNOWN;
        return Gender.ofSubjectPronoun(tokens.get(k).lower());
    }
}
