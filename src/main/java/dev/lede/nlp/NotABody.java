package dev.lede.nlp;

import dev.lede.nlp.TypeRules.Candidate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Capitalised words that name no person, body or place although the surer-looking rules would type them: laws,
 * titles without a name, numerals, fields of study, tags. And where "in X" names a journal rather than a place.
 */
final class NotABody {

    private static final Pattern ROMAN = Pattern.compile("X{0,3}(IX|IV|V?I{0,3})");

    private NotABody() {
    }

    /** "McIlroy" → "Ilroy", "MacLeod" → "Leod": the name without a surname's prefix, whose capital after it says nothing. */
    static String withoutSurnamePrefix(String name, Lexicon lex) {
        for (int i = 2; i <= 3 && i < name.length(); i++) {
            if (Character.isUpperCase(name.charAt(i)) && lex.surnamePrefixes.contains(name.substring(0, i).toLowerCase(Locale.ROOT))) {
                return name.substring(i);
            }
        }
        return name;
    }

    /** "Linux", "Firefox", "the FTSE 100 index" ({@code named-products.txt}, with a number after it or not). */
    static boolean listedProduct(Candidate c) {
        boolean numbered = c.words() > 1 && c.last().text().chars().allMatch(Character::isDigit);
        return c.lex.isNamedProduct(numbered ? c.text(c.from, c.to - 1) : c.name);
    }

    /** "Terrorism Act", "Paris Agreement", "Criminal Justice Bill"; not "Hunting Bill Smith", nor "Jim Bill". */
    static boolean lawName(Candidate c) {
        String last = c.last().bare();
        if (c.words() < 2 || !c.lex.lawWords.contains(last)) return false;
        return !(c.lex.firstNames.contains(last) && c.lex.firstNames.contains(c.tokens.get(c.to - 2).lower()));
    }

    /**
     * "Senate Majority Leader", "Cabinet Secretary": a title with no name after it; not "Department of Justice", nor a
     * person whose surname is a title ("Charlie King", "governor Mervyn Bishop").
     */
    static boolean titleWithoutName(Candidate c) {
        String last = c.last().bare();
        if (c.words() < 2 || !c.lex.titles.contains(last) || c.lex.nameEndingTitles.contains(last)) return false;
        if (c.lex.roleNouns.contains(c.before()) || c.lex.titles.contains(c.before())) return false; // "governor Mervyn King"
        for (int i = c.from; i < c.to - 1; i++) {
            String w = c.tokens.get(i).lower();
            if (w.equals("of") || c.lex.firstNames.contains(w) || TypeRules.isInitial(c.tokens.get(i))) return false;
        }
        return true;
    }

    /**
     * "the abortion drama Vera Drake", "Bizet's opera Carmen", "the sitcom Scrubs", "the film The Aviator": a name right
     * after a lower-case noun for a kind of work, in the same sentence, is the work's title.
     */
    static boolean afterWorkNoun(Candidate c) {
        int cue = c.from - 1;
        if (cue >= 0 && "the".equals(c.title) && c.tokens.get(cue).lower().equals("the")) cue--;
        if (cue < 0) return false;
        Token noun = c.tokens.get(cue);
        return !noun.isCapitalized() && noun.sentence() == c.first().sentence() && c.lex.workNouns.contains(noun.lower());
    }

    /** "World War II", "Pope Benedict XVI": a Roman numeral in capitals is a number, not an abbreviation. */
    static boolean romanNumeral(Candidate c) {
        return c.words() == 1 && c.name.chars().allMatch(ch -> ch == 'I' || ch == 'V' || ch == 'X') && ROMAN.matcher(c.name).matches();
    }

    /** "AND", "WILL", "UNDER": a closed-class word in capitals is shouting. */
    static boolean functionWordInCapitals(Candidate c) {
        return c.words() == 1 && c.first().isAcronym() && c.lex.functionWords.contains(c.lower);
    }

    /** "#DemDebate", "@DrAmyActon": a hashtag or a handle is not a name as written. */
    static boolean tagOrHandle(Candidate c) {
        if (c.from == 0) return false;
        Token mark = c.tokens.get(c.from - 1);
        return (mark.text().equals("#") || mark.text().equals("@")) && mark.end() == c.first().start();
    }

    /** "the Nobel Prize in Physics", "a degree in Mathematics": a field of study after "in". */
    static boolean fieldOfStudy(Candidate c) {
        if (c.from < 2 || !c.before().equals("in")) return false;
        Token head = c.tokens.get(c.from - 2);
        return c.lex.fieldOfStudyHeads.contains(head.lower()) && (!head.lower().startsWith("prize") || head.isCapitalized());
    }

    /**
     * "published a study in Scientific Reports", "published on May 8 in Nature": after a publishing verb in the same
     * clause, "in X" names the journal or paper, unless X is a known city or region.
     */
    static boolean publishedIn(Candidate c) {
        if (!c.before().equals("in") || c.lex.worldCities.contains(c.lower) || c.lex.worldRegions.contains(c.lower)) return false;
        List<Token> t = c.tokens;
        for (int i = c.from - 2; i >= Math.max(0, c.from - 6); i--) {
            Token w = t.get(i);
            if (!w.isWord() || w.sentence() != c.first().sentence()) return false;
            if (c.lex.publishingVerbs.contains(w.lower())) return true;
        }
        return false;
    }

    static final String COUNTED_RULE = "counted-abbreviation";

    /**
     * "an NGO,", "a VIP." : an abbreviation after "a" or "an" that no noun follows is a thing, not a body ("an FBI agent",
     * "an MTV and BET town hall", "a DTI-funded centre").
     */
    static boolean countedAbbreviation(Candidate c) {
        if (c.words() != 1 || !c.first().isAcronym() || !(c.before().equals("a") || c.before().equals("an"))) return false;
        if (c.to >= c.tokens.size()) return true;
        Token next = c.tokens.get(c.to);
        boolean joined = next.text().equals("&") || next.text().equals("-") || next.lower().equals("and") || next.lower().equals("or");
        return !joined && (!next.isWord() || c.lex.functionWords.contains(next.lower()));
    }

    /**
     * "MP3", "PS3", "DB9", "A400M", "CO2": one word in capitals with a digit in it is a format, a product, a model or a
     * formula, unless its letters before the first digit are a listed body, whose channel or branch it is ("ITV1",
     * "BBC2"), the whole is listed ("MI5"), or the text treats it as a body: it speaks ("TVN24 reported"), an
     * organization noun stands beside it or in an apposition after it ("MMO2, the UK-based operator"), or it has a
     * body's officer ("VH1's vice president").
     */
    static boolean codeWithDigits(Candidate c) {
        if (c.words() != 1 || !c.first().isAcronym() || c.name.chars().noneMatch(Character::isDigit)) return false;
        int digit = 0;
        while (!Character.isDigit(c.name.charAt(digit))) digit++;
        if (c.lex.isOrganization(c.name) || digit > 0 && c.lex.isOrganization(c.name.substring(0, digit))) return false;
        return !(c.speaks() || c.organizationNounAround() || organizationNounInApposition(c) || hasOfficer(c));
    }

    private static boolean organizationNounInApposition(Candidate c) {
        List<Token> t = c.tokens;
        if (c.to + 2 >= t.size() || !t.get(c.to).text().equals(",") || !t.get(c.to + 1).lower().matches("the|a|an")) return false;
        for (int i = c.to + 2; i < Math.min(t.size(), c.to + 6); i++) {
            if (c.lex.organizationNouns.contains(t.get(i).lower())) return true;
        }
        return false;
    }

    private static boolean hasOfficer(Candidate c) {
        List<Token> t = c.tokens;
        if (c.to + 1 >= t.size() || !t.get(c.to).lower().matches("['\u2019]s")) return false;
        for (int i = c.to + 1; i < Math.min(t.size(), c.to + 3); i++) {
            if (c.lex.bodyRoles.contains(t.get(i).lower()) || c.lex.titles.contains(t.get(i).lower())) return true;
        }
        return false;
    }
}
