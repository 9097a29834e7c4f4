package dev.lede.nlp;

import java.util.Locale;

/** A person's gender as far as the words of a text tell it: a title ("Mrs"), a given name ("Hilary"), or nothing. */
enum Gender {
    MALE, FEMALE, UNKNOWN;

    Gender opposite() {
        return this == MALE ? FEMALE : this == FEMALE ? MALE : UNKNOWN;
    }

    /** "she" a woman, "he" a man; any other word unknown. */
    static Gender ofSubjectPronoun(String lower) {
        if (!SpeechWords.SUBJECT_PRONOUNS.contains(lower)) return UNKNOWN;
        return SpeechWords.FEMININE.contains(lower) ? FEMALE : MALE;
    }

    /** "Mrs", "Ms.", "Sir": a title worn by women or by men only; else unknown. */
    static Gender ofTitle(String title) {
        if (title == null) return UNKNOWN;
        String t = title.toLowerCase(Locale.ROOT).replace(".", "");
        if (SpeechWords.WOMEN_S_TITLES.contains(t)) return FEMALE;
        return SpeechWords.MEN_S_TITLES.contains(t) ? MALE : UNKNOWN;
    }

    /**
     * A given name borne mostly by women; one borne by both women and men ("Leslie Wimes … she said") tells nothing;
     * any other known given name counts as a man's; else unknown.
     */
    static Gender ofGivenName(String word, Lexicon lex) {
        String w = word.toLowerCase(Locale.ROOT);
        if (lex.femaleNames.contains(w)) return FEMALE;
        if (lex.unisexNames.contains(w)) return UNKNOWN;
        return lex.firstNames.contains(w) ? MALE : UNKNOWN;
    }
}
