package dev.lede.nlp;

import java.util.List;

/**
 * Names that run on past a lower-case joiner the finder's word-by-word test stops at: "the" after the joiner ("Office
 * for the Coordination of Humanitarian Affairs", "American Association for the Advancement of Science"), a further
 * joiner once a body's head word has opened the name ("International Union for Conservation of Nature"), "on" right
 * after an organization word ("Council on Foreign Relations", {@code body-name-prepositions.txt}), and a name
 * whose initials the text writes in brackets right after it ("Confederation of British Industry (CBI)"), whatever its
 * head word; and past a plural's apostrophe before the body's organization word ("Musicians' Union").
 */
final class JoinedName {

    static final String THE = "the";

    private JoinedName() {
    }

    /**
     * How many tokens from the joiner at {@code at} on (the joiner, perhaps "the", and the name's next capitalised word)
     * belong to the run [{@code from}, {@code at}), or 0 when the run ends before the joiner.
     */
    static int joinedTokens(String text, List<Token> tokens, boolean[] nameLike, int from, int at, Lexicon lex, Titles titles) {
        String joiner = tokens.get(at).text();
        if (pluralPossessiveInBodyName(text, tokens, nameLike, from, at, lex)) return 2;
        boolean aboutWhat = lex.bodyNamePrepositions.contains(joiner);
        // "and" lists names as often as it joins one ("Bank of England and Barclays"): only a preposition carries a name on.
        if (!aboutWhat && (!lex.joiners.contains(joiner) || joiner.equals("and") || joiner.equals("&"))) return 0;
        int next = at + 1;
        if (next < tokens.size() && tokens.get(next).text().equals(THE) && NameFinder.adjacent(text, tokens, next)) next++;
        if (next >= tokens.size() || !nameLike[next] || !NameFinder.adjacent(text, tokens, next)) return 0;
        if (aboutWhat) return next == at + 1 && bodyBefore(tokens, at, lex) && !isOccasion(tokens.get(next), lex) ? 2 : 0;
        if (opensWithBodyHead(tokens, from, at, lex, titles) || initialsInBrackets(text, tokens, nameLike, from, at, next)) {
            return next + 1 - at;
        }
        return 0;
    }

    /** How many capitalised words after a plural possessive may run up to the body's organization word. */
    private static final int POSSESSED_WORDS = 3;

    /**
     * "British Bankers' Association", "Transport and General Workers' Union", "Workers' Educational Association": an
     * everyday plural's apostrophe inside a body's name, whose organization word follows within a few capitalised words
     * (not "Critics' Circle", nor "the United States' National Institutes", whose owner is a listed place).
     */
    private static boolean pluralPossessiveInBodyName(String text, List<Token> tokens, boolean[] nameLike, int from, int at, Lexicon lex) {
        Token owner = tokens.get(at - 1);
        String apostrophe = tokens.get(at).text();
        if (!(apostrophe.equals("'") || apostrophe.equals("\u2019")) || owner.end() != tokens.get(at).start()
                || !owner.lower().endsWith("s") || !lex.everydayWords.contains(owner.lower())) return false;
        String ownerName = NameFinder.text(tokens, from, at);
        if (lex.isLocation(ownerName) || lex.isOrganization(ownerName)) return false;
        for (int k = at + 1; k < tokens.size() && k <= at + POSSESSED_WORDS && nameLike[k] && NameFinder.adjacent(text, tokens, k); k++) {
            if (lex.isOrganizationWord(tokens.get(k).lower())) return true;
        }
        return false;
    }

    /** "of", "for": the name's head stands before the first ("District Court for the Western District of Virginia"). */
    static boolean followsHead(Token t) {
        return t.lower().equals("of") || t.lower().equals("for");
    }

    /**
     * Does the word before the run's first joiner (or before {@code at} when it has none) head a body or a place,
     * "Office for …", "Union for … of …", and not a title ("Secretary of the Treasury" names a person's office)?
     */
    private static boolean opensWithBodyHead(List<Token> tokens, int from, int at, Lexicon lex, Titles titles) {
        int joiner = at;
        for (int k = from + 1; k < at; k++) {
            if (lex.joiners.contains(tokens.get(k).text())) {
                joiner = k;
                break;
            }
        }
        Token head = tokens.get(joiner - 1);
        if (titles.isTitleToken(head)) return false;
        boolean bodyHead = lex.isOrganizationWord(head.lower()) || lex.ofHeads.contains(head.lower());
        boolean the = tokens.get(at + 1).text().equals(THE);
        // With no "the" and no earlier joiner the finder's own test has already said no. A bare "for" goes on a name
        // opened with "of" ("Court of Arbitration for Sport"); after "for" it mostly says what the thing is for
        // ("… Education for Children", "DMB for Digital Multimedia Broadcasting").
        boolean carriesOn = tokens.get(at).text().equals("of") || tokens.get(joiner).text().equals("of");
        return bodyHead && (the || joiner < at && carriesOn);
    }

    /**
     * "Council on Foreign Relations", not "the Council on Monday" nor "cross the Channel on the Flyboard Air": an
     * organization word right before the preposition, and no "the" after it.
     */
    private static boolean bodyBefore(List<Token> tokens, int at, Lexicon lex) {
        return lex.isOrganizationWord(tokens.get(at - 1).lower());
    }

    /** "Monday", "Thursdays": "on" a day is when, not what about. */
    private static boolean isOccasion(Token t, Lexicon lex) {
        String w = t.lower();
        return lex.occasions.contains(w) || w.endsWith("s") && lex.occasions.contains(w.substring(0, w.length() - 1));
    }

    /**
     * "Confederation of British Industry (CBI)": the capitalised words from {@code next} on, then in brackets the initials
     * of the name from a word before the joiner at {@code at} ("Mike Ryan of the World Health Organization (WHO)" is two).
     */
    private static boolean initialsInBrackets(String text, List<Token> tokens, boolean[] nameLike, int from, int at, int next) {
        int end = next + 1;
        while (end < tokens.size() && nameLike[end] && NameFinder.adjacent(text, tokens, end)) end++;
        String initials = bracketedAt(tokens, end);
        return initials != null && spellFromBefore(initials, tokens, from, at, end);
    }

    /** The word alone in brackets that opens at token {@code open} ("( CBI )"), else null. */
    static String bracketedAt(List<Token> tokens, int open) {
        if (open + 2 >= tokens.size() || !tokens.get(open).text().equals("(") || !tokens.get(open + 2).text().equals(")")) return null;
        return tokens.get(open + 1).text();
    }

    /**
     * Are {@code initials} (three or more, capitalised) those of the words from some start in [{@code from}, {@code at})
     * up to {@code end}: does the name they abbreviate begin before the joiner at {@code at}?
     */
    static boolean spellFromBefore(String initials, List<Token> tokens, int from, int at, int end) {
        if (initials.length() < 3 || !Character.isUpperCase(initials.charAt(0))) return false;
        for (int start = from; start < at; start++) {
            if (spells(initials, tokens, start, end)) return true;
        }
        return false;
    }

    /** Are these the initials of the words [from, to), of all of them ("TfL") or of the capitalised ones ("CBI")? */
    private static boolean spells(String initials, List<Token> tokens, int from, int to) {
        StringBuilder all = new StringBuilder();
        StringBuilder capitalised = new StringBuilder();
        for (int i = from; i < to; i++) {
            char first = tokens.get(i).text().charAt(0);
            all.append(first);
            if (Character.isUpperCase(first)) capitalised.append(first);
        }
        return initials.contentEquals(all) || initials.contentEquals(capitalised);
    }
}
