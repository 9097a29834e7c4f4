package dev.lede.nlp;

import java.util.Locale;

/** The given-name lists (`generated/given-names-*.txt`, `female-names.txt`) for code outside the annotator. */
public final class GivenNames {

    private GivenNames() {
    }

    /** Whether the word is a given name borne mostly by women ("Rebecca"; not "Kerry", which both bear). */
    public static boolean isWomans(String word) {
        return Gender.ofGivenName(word, Lexicon.get()) == Gender.FEMALE;
    }
}
