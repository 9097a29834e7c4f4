package dev.lede.nlp;

/**
 * One word or punctuation mark of a text, with its place in the text, and its lower-case form, made once because the
 * rules look most words up in the word lists several times.
 */
record Token(int start, int end, String text, int sentence, boolean sentenceInitial, String lower) {

    Token(int start, int end, String text, int sentence, boolean sentenceInitial) {
        this(start, end, text, sentence, sentenceInitial, text.toLowerCase(java.util.Locale.ROOT));
    }

    boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    boolean isCapitalized() {
        char first = text.charAt(0);
        return Character.isUpperCase(first) || (Character.isDigit(first) && text.chars().anyMatch(Character::isUpperCase));
    }

    /** "BBC", "U.S.", "IETF": two or more letters, all upper case. */
    boolean isAcronym() {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) return false;
                letters++;
            }
        }
        return letters >= 2;
    }

    /** The index of the first token that ends after {@code offset} (binary search; the tokens are in text order). */
    static int firstAt(java.util.List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** Lower case without a trailing abbreviation dot: "Gen." → "gen". */
    String bare() {
        String l = lower();
        return l.endsWith(".") && l.indexOf('.') == l.length() - 1 ? l.substring(0, l.length() - 1) : l;
    }
}
