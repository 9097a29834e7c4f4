package dev.lede.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a text into tokens that keep their offsets, and marks where sentences start.
 *
 * <p>Hand-written rather than OpenNLP's UD models because those split "Brig. Gen." into sentences and
 * keep "Tehran's" as one token, and both matter more for names than anything else here; the rules are
 * few and run at memory speed.
 */
final class Tokenizer {

    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{L}\\.){2,}"                                   // U.S., U.K.
            + "|[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:[-'\u2019&][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*"
            + "|\\S");

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
        for (int i = 0; i < spans.size(); i++) {
            int[] s = spans.get(i);
            if (!tokens.isEmpty() && hasLineBreak(text, previousEnd, s[0])) {
                sentence++;
                startOfSentence = true;
            }
            String t = text.substring(s[0], s[1]);
            boolean word = Character.isLetterOrDigit(t.charAt(0));
            tokens.add(new Token(s[0], s[1], t, sentence, word && startOfSentence));
            if (word) startOfSentence = false;
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
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            String t = m.group();
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
                m.region(end + 1, text.length());
            }
        }
        return out;
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
