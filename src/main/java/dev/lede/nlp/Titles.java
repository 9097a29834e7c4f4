package dev.lede.nlp;

import java.util.List;
import java.util.Locale;

/** Titles before a name ("Mr", "Home Secretary", "Presidents"), which the finder strips from a run of capitals. */
final class Titles {

    private final Lexicon lex;

    Titles(Lexicon lexicon) {
        this.lex = lexicon;
    }

    boolean isTitleToken(Token t) {
        String bare = t.bare();
        // "RT" and "DET" in capitals with no dot are acronyms, not the abbreviated titles "Rt" and "Det".
        if (bare.equals(t.lower()) && t.text().equals(t.text().toUpperCase(Locale.ROOT)) && !lex.titleWords.contains(bare)) {
            return false;
        }
        // "Presidents George W Bush and Bill Clinton": a plural title is still a title.
        boolean plural = bare.length() > 4 && bare.endsWith("s") && lex.titles.contains(bare.substring(0, bare.length() - 1));
        return lex.titles.contains(t.lower()) || lex.titles.contains(bare) || plural;
    }

    /** A title word, or a modifier that a title word follows: "Home Secretary", "Prime Minister". */
    boolean isTitleAt(List<Token> tokens, int i, int to) {
        if (isTitleToken(tokens.get(i))) return true;
        return i + 1 < to && lex.titleModifiers.contains(tokens.get(i).lower()) && isTitleAt(tokens, i + 1, to);
    }

    /** "Shadow Secretary of State": title words from {@code start}, then "of". */
    boolean titleOfFollows(List<Token> tokens, int start, int to) {
        int i = start;
        while (i < to && isTitleAt(tokens, i, to)) i++;
        return i > start && i < to && tokens.get(i).lower().equals("of");
    }

    /** "Reporters Without Borders": a title word followed by a capitalised function word opens a name, not a title. */
    boolean functionWordAfterTitle(List<Token> tokens, int start, int to) {
        int i = start;
        while (i < to && isTitleAt(tokens, i, to)) i++;
        return i < to && lex.functionWords.contains(tokens.get(i).lower()) && !lex.joiners.contains(tokens.get(i).lower());
    }
}
