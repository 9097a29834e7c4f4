package dev.lede.nlp;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quoted title of a work, a programme or an event in running text: MSNBC's "Morning Joe", his book "Make Your
 * Kid a Millionaire", on "Face the Nation". Nobody says it, so it gets no speaker. A title-case quote in a
 * headline, or one in the first or second person ("We're America"), is still taken for speech.
 */
final class WorkTitle {

    private static final Set<String> SPEAKING_PRONOUNS = Set.of("i", "i'm", "i've", "i'll", "we", "we're", "we've",
            "we'll", "me", "us");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'\u2019-]*");
    private static final Pattern LAST_WORD_BEFORE = Pattern.compile("(\\S+)[\\s\"'\u201c\u2018`]*$");
    private static final int MAX_WORDS = 10;

    private WorkTitle() {
    }

    /** Is the quote from {@code start} to {@code end} (its words, without the marks) the title of a work? */
    static boolean is(String text, int start, int end, Lexicon lex) {
        String quote = text.substring(start, end);
        if (!isTitleCase(quote, lex) || quote.contains("?")) return false;
        int lineStart = text.lastIndexOf('\n', start) + 1;
        String before = text.substring(lineStart, start);
        if (!hasLowerCaseWord(before, lex)) return false; // a headline, or the quote opens its line
        Matcher m = LAST_WORD_BEFORE.matcher(before);
        if (!m.find()) return false;
        String cue = m.group(1).toLowerCase(Locale.ROOT).replaceAll("[,:;]$", "");
        boolean possessive = cue.endsWith("'s") || cue.endsWith("\u2019s") || cue.endsWith("s'") || cue.endsWith("s\u2019");
        return possessive || lex.workTitleCues.contains(cue);
    }

    /** "Face the Nation", "Make Your Kid a Millionaire": every word but the small function words capitalised. */
    private static boolean isTitleCase(String quote, Lexicon lex) {
        Matcher m = WORD.matcher(quote);
        int words = 0;
        int capitalised = 0;
        while (m.find()) {
            String w = m.group();
            String lower = w.toLowerCase(Locale.ROOT);
            words++;
            if (SPEAKING_PRONOUNS.contains(lower.replace('\u2019', '\''))) return false;
            if (Character.isUpperCase(w.charAt(0))) capitalised++;
            else if (!lex.functionWords.contains(lower) || words == 1) return false;
        }
        return words >= 2 && words <= MAX_WORDS && capitalised >= 2;
    }

    private static boolean hasLowerCaseWord(String s, Lexicon lex) {
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            String w = m.group();
            if (w.length() >= 4 && Character.isLowerCase(w.charAt(0)) && !lex.functionWords.contains(w)) return true;
        }
        return false;
    }
}
