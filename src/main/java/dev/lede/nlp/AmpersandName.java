package dev.lede.nlp;

import dev.lede.nlp.TypeRules.Candidate;

/**
 * "Marsh & McLennan", "Procter & Gamble", "Travelers Life & Annuity", "USA Track & Field": capitalised words joined by an
 * ampersand name a firm, a partnership or a body far more often than anything else; people and places are joined by
 * "and" in running text. Not two people ("Matt Lucas & David Walliams", "Richard & Judy"), nor two places ("Serbia &
 * Montenegro"), nor everyday words alone, as the titles of works and phrases are ("Body & Soul", "Dungeons & Dragons").
 */
final class AmpersandName {

    private AmpersandName() {
    }

    static boolean namesABody(Candidate c) {
        int ampersand = ampersandAt(c);
        if (ampersand < 0) return false;
        return !(personOrGivenName(c, c.from, ampersand) && personOrGivenName(c, ampersand + 1, c.to))
                && !fullPersonName(c, ampersand + 1, c.to)
                && !(c.lex.isLocation(c.text(c.from, ampersand)) && c.lex.isLocation(c.text(ampersand + 1, c.to)))
                && !onlyEverydayWords(c, ampersand);
    }

    private static boolean onlyEverydayWords(Candidate c, int ampersand) {
        for (int i = c.from; i < c.to; i++) {
            if (i != ampersand && !c.lex.everydayWords.contains(c.tokens.get(i).lower())) return false;
        }
        return true;
    }

    /** The ampersand between two capitalised words of the name, or -1. */
    private static int ampersandAt(Candidate c) {
        for (int i = c.from + 1; i < c.to - 1; i++) {
            if (c.tokens.get(i).text().equals("&") && c.tokens.get(i - 1).isCapitalized() && c.tokens.get(i + 1).isCapitalized()) return i;
        }
        return -1;
    }

    /** "David Walliams": a given name and at least one more word. */
    private static boolean fullPersonName(Candidate c, int from, int to) {
        return to - from >= 2 && c.lex.firstNames.contains(c.tokens.get(from).lower());
    }

    /** "Richard", "Matt Lucas": a lone given name or a person's full name. */
    private static boolean personOrGivenName(Candidate c, int from, int to) {
        return fullPersonName(c, from, to) || to - from == 1 && c.lex.firstNames.contains(c.tokens.get(from).lower());
    }
}
