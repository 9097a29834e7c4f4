package dev.lede.nlp;

import dev.lede.nlp.TypeRules.Candidate;
import java.util.Locale;
import java.util.Set;

/**
 * "in Caracas", "visiting Seoul Tower": a name of one or two words where a preposition or verb expects a place
 * ({@code place-prepositions.txt}) is a place's, a weak hint. Not a lone given name, which stays a person ("a pass from
 * Jeremy"), nor a lone everyday word ({@code generated/everyday-words.txt}): after "in", "at" or "from" such a word
 * opens a title or names a thing far more often than a place the lists do not know ("in Closer", "emerged from Chapter
 * 11", "flaws in Windows programs", "drawn up at Number 10", "out of favour at City", "launch in Spring"). After
 * "from" a name counts only on a route or in a region the lists know (see {@link #knownPlaceAfter}) or after a person's
 * age ("Mr Abbasi, 23, from Croydon").
 */
final class PlacePreposition {

    static final String RULE = "place-preposition";

    /** What may stand between a place after "from" and the known place that follows it. */
    private static final Set<String> ROUTE_OR_REGION = Set.of("to", "in", ",");

    private PlacePreposition() {
    }

    static boolean placeExpected(Candidate c) {
        return c.words() <= 2 && c.lex.placePrepositions.contains(c.before())
                && !(c.words() == 1 && (c.lex.firstNames.contains(c.lower) || isEverydayWord(c)))
                && (!c.before().equals("from") || knownPlaceAfter(c) || afterAnAge(c));
    }

    /** "Closer", "Chapter", "Windows": a word the dictionary writes in lower case. */
    private static boolean isEverydayWord(Candidate c) {
        return c.lex.everydayWords.contains(c.lower);
    }

    /** "Mr Abbasi, 23, from Croydon": where a person's age is given, "from" gives the hometown. */
    private static boolean afterAnAge(Candidate c) {
        int from = c.from - 1;
        if (from < 3 || !c.tokens.get(from - 1).text().equals(",") || !c.tokens.get(from - 3).text().equals(",")) {
            return false;
        }
        String age = c.tokens.get(from - 2).text();
        return age.length() <= 3 && age.chars().allMatch(Character::isDigit);
    }

    /**
     * "from Gorebridge to Edinburgh", "from Tomsk in Siberia", "from Hartpury, Gloucestershire": after "from" a name is
     * a place only on a route or in a region the lists know. Alone, what comes "from" someone is a player's pass, a
     * firm's product or a club's transfer as often as not ("a tackle from Djimi Traore", "the drive from Seagate",
     * "a signing from Parma").
     */
    private static boolean knownPlaceAfter(Candidate c) {
        int next = c.to;
        if (next + 1 >= c.tokens.size() || !ROUTE_OR_REGION.contains(c.tokens.get(next).lower())) return false;
        for (int end = next + 2; end <= Math.min(c.tokens.size(), next + 3); end++) {
            String place = c.text(next + 1, end).toLowerCase(Locale.ROOT);
            if (c.lex.isPlaceOfAnyList(place)) return true;
        }
        return false;
    }
}
