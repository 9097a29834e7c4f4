package dev.lede.nlp;

import java.util.Set;

/**
 * "'cause I didn't want to play", "shoot 'em-ups": an apostrophe before a word spoken with its first letters dropped
 * stands for the letters, it opens no quote. Only the word in lower case, as a clipped word is written mid-sentence
 * ("'Cause for concern'" may open a quote).
 */
final class ClippedWord {

    private static final Set<String> WORDS = Lexicon.words("clipped-words.txt");

    private ClippedWord() {
    }

    /** Whether the mark at {@code i} is followed by a clipped word: the list's word, then no letter. */
    static boolean follows(String text, int i) {
        int from = i + 1;
        int to = from;
        while (to < text.length() && Character.isLetter(text.charAt(to))) to++;
        if (to == from) return false;
        String word = text.substring(from, to);
        return word.equals(word.toLowerCase(java.util.Locale.ROOT)) && WORDS.contains(word);
    }
}
