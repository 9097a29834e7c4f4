package dev.lede.nlp;

import java.util.List;
import java.util.Locale;

/** When "and" between capitalised words is inside one name ("Food and Drug Administration") rather than between two. */
final class AndInName {

    private AndInName() {
    }

    /** May "and" at {@code at} join the run [from, at) to the capitalised words after it? */
    static boolean joins(List<Token> tokens, int from, int at, Lexicon lex) {
        boolean inside = insideOrganizationName(tokens, from, at, lex)
                || endsInOrganizationWord(tokens, at + 1, lex) && !nameOfItsOwn(tokens, from, at, lex);
        return inside && !knownNameAt(tokens, at + 1, lex) && !bodyAfterBodyOfPlace(tokens, from, at, lex)
                || listedAcross(tokens, from, at, lex)
                || initialsSpellAcross(tokens, from, at);
    }

    /**
     * "US Food and Drug Administration (FDA)", "Pacific Gas and Electric (PG&E)": the initials in brackets right after the
     * capitalised words that follow "and" spell a name that starts before it, so the text itself says the whole is one.
     */
    private static boolean initialsSpellAcross(List<Token> tokens, int from, int at) {
        int end = at + 1;
        while (end < tokens.size() && tokens.get(end).isWord() && tokens.get(end).isCapitalized()) end++;
        String initials = end == at + 1 ? null : JoinedName.bracketedAt(tokens, end);
        return initials != null && JoinedName.spellFromBefore(initials.replace("&", ""), tokens, from, at, end);
    }

    /** "U.S. Securities and Exchange Commission": the run's last words, "and" and the words after it are a listed name. */
    private static boolean listedAcross(List<Token> tokens, int from, int at, Lexicon lex) {
        int end = at + 1;
        while (end < tokens.size() && tokens.get(end).isWord() && tokens.get(end).isCapitalized()) end++;
        if (end == at + 1) return false;
        for (int k = from; k < at; k++) {
            if (lex.isOrganization(NameFinder.text(tokens, k, end))) return true;
        }
        return false;
    }

    /**
     * "Department of Health and Human Services", "Committee on Ways and Means": after an organization word and its "of",
     * "for" or "on", "and" stays inside.
     */
    private static boolean insideOrganizationName(List<Token> tokens, int from, int at, Lexicon lex) {
        for (int k = from + 1; k < at; k++) {
            String w = tokens.get(k).lower();
            boolean joiner = w.equals("of") || w.equals("for") || lex.bodyNamePrepositions.contains(w);
            if (joiner && lex.isOrganizationWord(tokens.get(k - 1).bare())) return true;
        }
        return false;
    }

    /** "Baylor Scott and White Medical Center": the capitalised words after "and" run on to an organization word. */
    private static boolean endsInOrganizationWord(List<Token> tokens, int i, Lexicon lex) {
        int end = i;
        while (end < tokens.size() && tokens.get(end).isWord() && tokens.get(end).isCapitalized()) end++;
        return end > i + 1 && lex.isOrganizationWord(tokens.get(end - 1).bare());
    }

    /**
     * Does the run before "and" name something by itself: a known name, a body's ("Bank of England and …"), an abbreviation
     * or a given name ("ESPN and EA Sports", "Travis and Snow Patrol")? A lone organization word names nothing ("Food and
     * Drug Administration").
     */
    private static boolean nameOfItsOwn(List<Token> tokens, int from, int to, Lexicon lex) {
        String name = NameFinder.text(tokens, from, to);
        if (lex.isOrganization(name) || lex.isLocation(name)) return true;
        if (to - from > 1) return NameFinder.containsOrganizationWord(tokens, from, to, lex);
        Token lone = tokens.get(from);
        return lone.isAcronym() || lex.firstNames.contains(lone.lower());
    }

    /**
     * "University of Bristol and UC Davis", "United Bank of Africa and Standard Trust Bank", "University of Washington and
     * Center for …": a body named "… of" a place is whole at the place, so "and" and a body's name after it (opening with
     * initials or an organization word before "of" or "for", or two or more words ending in one) are a second body.
     * "Port Authority of New York and New Jersey", "Institute of Economic and Social Research" stay one.
     */
    static boolean bodyAfterBodyOfPlace(List<Token> tokens, int from, int at, Lexicon lex) {
        int of = at - 1;
        while (of > from && !tokens.get(of).lower().equals("of")) of--;
        if (of == from || of + 1 >= at) return false;
        String place = NameFinder.text(tokens, of + 1, at);
        if (!lex.isLocation(place) && !lex.isCityWhenSaidToBeAPlace(place.toLowerCase(Locale.ROOT))) return false;
        int end = at + 1;
        while (end < tokens.size() && tokens.get(end).isWord() && tokens.get(end).isCapitalized()) end++;
        if (end == at + 1) return false;
        Token first = tokens.get(at + 1);
        String next = end < tokens.size() ? tokens.get(end).lower() : "";
        boolean headBeforeOf = end == at + 2 && lex.isOrganizationWord(first.bare()) && (next.equals("of") || next.equals("for"));
        return headBeforeOf || end > at + 2 && (first.isAcronym() || lex.isOrganizationWord(tokens.get(end - 1).bare()));
    }

    /** "Bank of England and Barclays", "Ministry of Defence and Tony Blair": a known name after "and" stands alone. */
    private static boolean knownNameAt(List<Token> tokens, int i, Lexicon lex) {
        if (i >= tokens.size()) return false;
        String w = tokens.get(i).text();
        return lex.isOrganization(w) || lex.isLocation(w) || lex.firstNames.contains(w.toLowerCase(Locale.ROOT))
                || lex.worldCities.contains(w.toLowerCase(Locale.ROOT));
    }
}
