package dev.lede.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into tokens that keep their offsets, and marks where sentences start.
 *
 * <p>Hand-written rather than OpenNLP's UD models because those split "Brig. Gen." into sentences and
 * keep "Tehran's" as one token, and both matter more for names than anything else here; the rules are
 * few and run at memory speed.
 */
final class Tokenizer {

    private final Lexicon lexicon;

    Tokenizer(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Token> tokenize(String text) {
        List<int[]> spans = spans(text);
        List<Token> tokens = new ArrayList<>(spans.size());
        int sentence = 0;
        boolean startOfSentence = true;
        int previousEnd = 0;
        // Brackets open since a line began with one: "((WN))  Does YouTube…", an interview's label, then its own sentence.
        int labelDepth = 0;
        for (int i = 0; i < spans.size(); i++) {
            int[] s = spans.get(i);
            boolean lineStart = tokens.isEmpty() || hasLineBreak(text, previousEnd, s[0]);
            if (!tokens.isEmpty() && lineStart) {
                sentence++;
                startOfSentence = true;
            }
            String t = text.substring(s[0], s[1]);
            boolean word = Character.isLetterOrDigit(t.charAt(0));
            tokens.add(new Token(s[0], s[1], t, sentence, word && startOfSentence));
            if (word) startOfSentence = false;
            // The label is a sentence of its own: a name in it is nobody's subject in the turn it opens ("((WN))  Tell me about").
            if (t.equals(")") && labelDepth == 1) {
                sentence++;
                startOfSentence = true;
            }
            labelDepth = labelDepth(t, lineStart, labelDepth);
            // The first word inside a quote starts a sentence of its own: '"Everyone would…'
            if (isOpeningQuote(t) && (s[0] == 0 || !Character.isLetterOrDigit(text.charAt(s[0] - 1)))) startOfSentence = true;
            if (endsSentence(text, spans, i)) {
                // Closing marks right after the full stop ('…to happen."') end the sentence with it.
                while (i + 1 < spans.size() && isClosing(text, spans.get(i + 1)) && spans.get(i + 1)[0] == spans.get(i)[1]) {
                    int[] mark = spans.get(++i);
                    tokens.add(new Token(mark[0], mark[1], text.substring(mark[0], mark[1]), sentence, false));
                }
                sentence++;
                startOfSentence = true;
            }
            previousEnd = spans.get(i)[1];
        }
        return tokens;
    }

    /** The brackets still open of a label that opened its line ("((Sara Seager))"), or 0 outside one. */
    private static int labelDepth(String token, boolean lineStart, int depth) {
        if (token.equals("(")) return lineStart || depth > 0 ? depth + 1 : 0;
        if (token.equals(")") && depth > 0) return depth - 1;
        return depth;
    }

    static boolean hasLineBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') return true;
        }
        return false;
    }

    private static boolean isOpeningQuote(String t) {
        return t.length() == 1 && "\"\u201C\u2018'\u00AB".indexOf(t.charAt(0)) >= 0;
    }

    private boolean endsSentence(String text, List<int[]> spans, int i) {
        int[] s = spans.get(i);
        char c = text.charAt(s[1] - 1);
        boolean terminal = (s[1] - s[0] == 1 && (c == '.' || c == '!' || c == '?' || c == '\u2026'));
        boolean dottedAbbreviation = s[1] - s[0] > 1 && c == '.';
        if (!terminal && !dottedAbbreviation) return false;
        // "3.5", "e.g": no space after the dot. A mark right after it closes a quote ('…happen." He').
        if (i + 1 < spans.size() && spans.get(i + 1)[0] == s[1] && !isClosing(text, spans.get(i + 1))) return false;
        int next = i + 1;
        while (next < spans.size() && isClosing(text, spans.get(next))) next++;
        if (next >= spans.size()) return true;
        int[] n = spans.get(next);
        char first = text.charAt(n[0]);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || isOpeningQuote(String.valueOf(first)))) return false;
        if (dottedAbbreviation) {
            // "in the U.S. The ..." ends a sentence; "U.S. Secretary" does not.
            return lexicon.functionWords.contains(text.substring(n[0], n[1]).toLowerCase(java.util.Locale.ROOT));
        }
        return true;
    }

    private static boolean isClosing(String text, int[] s) {
        return s[1] - s[0] == 1 && "\"\u201D\u2019')]\u00BB".indexOf(text.charAt(s[0])) >= 0;
    }

    /** Raw token spans: words with abbreviation dots attached, possessive 's split off, "London-based" split. */
    private List<int[]> spans(String text) {
        List<int[]> out = new ArrayList<>();
        int at = tokenStart(text, 0);
        while (at < text.length()) {
            int start = at;
            int end = tokenEnd(text, start);
            at = tokenStart(text, end);
            String t = text.substring(start, end);
            if (!Character.isLetterOrDigit(t.charAt(0)) || t.endsWith(".")) {
                out.add(new int[] {start, end});
                continue;
            }
            int possessive = possessiveAt(t);
            int wordEnd = possessive < 0 ? end : start + possessive;
            splitCompound(text, start, wordEnd, out);
            if (possessive >= 0) out.add(new int[] {wordEnd, end});
            else if (end < text.length() && text.charAt(end) == '.' && takesDot(t)) {
                out.get(out.size() - 1)[1] = end + 1;
                at = tokenStart(text, end + 1);
            }
        }
        return out;
    }

    /** Where the next token starts at or after {@code from}: past white space as {@code \\s} means it. */
    static int tokenStart(String text, int from) {
        int i = from;
        while (i < text.length() && isSpace(text.charAt(i))) i++;
        return i;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * The end of the raw token at {@code start}, a character that is not white space: two or more letters each with a
     * dot ("U.S."); else a letter or number, then letters, marks and numbers, with hyphens, apostrophes and ampersands
     * that join such runs ("Ki-moon", "O'Neill", "AT&T"); else that one character. By hand rather than by a regular
     * expression, which took a tenth of the annotator's time; TokenizerTest holds it to that expression.
     */
    static int tokenEnd(String text, int start) {
        int n = text.length();
        int j = start;
        int dotted = 0;
        while (j < n) {
            int c = text.codePointAt(j);
            int next = j + Character.charCount(c);
            if (!Character.isLetter(c) || next >= n || text.charAt(next) != '.') break;
            j = next + 1;
            dotted++;
        }
        if (dotted >= 2) return j;
        int first = text.codePointAt(start);
        j = start + Character.charCount(first);
        if (!isLetterOrNumber(first)) return j;
        j = wordPartEnd(text, j);
        while (j + 1 < n && isJoiner(text.charAt(j))) {
            int c = text.codePointAt(j + 1);
            if (!isLetterOrNumber(c)) break;
            j = wordPartEnd(text, j + 1 + Character.charCount(c));
        }
        return j;
    }

    private static int wordPartEnd(String text, int from) {
        int j = from;
        while (j < text.length()) {
            int c = text.codePointAt(j);
            if (!isLetterOrNumber(c) && !isMark(c)) break;
            j += Character.charCount(c);
        }
        return j;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '\u2019' || c == '&';
    }

    /** {@code \\p{L}} or {@code \\p{N}}. */
    private static boolean isLetterOrNumber(int c) {
        if (Character.isLetter(c)) return true;
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** {@code \\p{M}}. */
    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private boolean takesDot(String word) {
        return lexicon.abbreviations.contains(word.toLowerCase(java.util.Locale.ROOT))
                || (word.length() == 1 && Character.isUpperCase(word.charAt(0)));
    }

    private static int possessiveAt(String t) {
        int n = t.length();
        if (n > 2 && (t.charAt(n - 1) == 's' || t.charAt(n - 1) == 'S') && (t.charAt(n - 2) == '\'' || t.charAt(n - 2) == '\u2019')) {
            return n - 2;
        }
        return -1;
    }

    /**
     * "Ban Ki-moon", "Park Geun-hye": two short syllables joined by a hyphen after a capitalised word are a
     * romanised given name, where "a London-based firm", "New York-born" and "the Tory-led council" are a name and a word.
     */
    private boolean romanisedGivenName(String text, int start, String[] parts) {
        if (parts.length != 2 || !parts[0].matches("\\p{Lu}\\p{Ll}{1,3}") || !parts[1].matches("\\p{Ll}{2,4}")) return false;
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') i--;
        int wordEnd = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) i--;
        if (wordEnd - i <= 2 || !Character.isUpperCase(text.charAt(i + 1)) || wordEnd != start - 1) return false;
        return !lexicon.isLocation(parts[0]) && !lexicon.isLocation(text.substring(i + 1, wordEnd) + " " + parts[0]);
    }

    /** "London-based" → London, -, based; "Iran-Syria" → Iran, -, Syria; "Al-Awsat" stays whole. */
    private void splitCompound(String text, int start, int end, List<int[]> out) {
        String word = text.substring(start, end);
        int hyphen = word.indexOf('-');
        if (hyphen <= 0 || !Character.isUpperCase(word.charAt(0))) {
            out.add(new int[] {start, end});
            return;
        }
        String[] parts = word.split("-");
        boolean lowerTail = false;
        boolean allPlaces = true;
        for (String p : parts) {
            if (p.isEmpty()) continue;
            if (Character.isLowerCase(p.charAt(0))) lowerTail = true;
            if (!lexicon.isLocation(p)) allPlaces = false;
        }
        if (!lowerTail && !allPlaces || romanisedGivenName(text, start, parts)) {
            out.add(new int[] {start, end});
            return;
        }
        int at = start;
        for (String p : parts) {
            out.add(new int[] {at, at + p.length()});
            at += p.length();
            if (at < end) out.add(new int[] {at, ++at});
        }
    }
}
