package dev.lede.nlp;

import dev.lede.nlp.TypeRules.Candidate;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "Svetlana Feofanova", "Hayriye Evren", "Celestine Babayaro": a two- or three-word name that opens with a rarer given
 * name (borne by 200 to 20,000 Americans, or one of another country's: {@code generated/given-names-rare.txt}) is a
 * person's when its other words look like a surname too. Alone, such given names name cars, brands and places as often
 * as people ("Alfa", "Opel", "Costa"), so every word must be capitalised like a name and be no everyday word ("Gemini
 * Planet Imager"); the name may not open with a place or like a place's name ("Indiana Jones", "Costa Sur", "Hong
 * Kongers") or with a listed body ("Sony Walkman"), nor be a listed firm or brand ("Alfa Romeo"), nor end in a place, a
 * people or an organization or place word, nor repeat a word ("Duran Duran").
 */
final class RareGivenName {

    static final String RULE = "rare-given-name";

    private static final Set<String> RARE_GIVEN_NAMES = Lexicon.words("generated/given-names-rare.txt");
    /** "Mervyn", "O'Sullivan", "McAllister", "Mohi-Uddin"; not "OS", "X." or "BMW". */
    private static final Pattern NAME_WORD = Pattern.compile("(?:\\p{Lu}['’])?\\p{Lu}\\p{Ll}+(?:['’-]?\\p{Lu}?\\p{Ll}+)*");

    private RareGivenName() {
    }

    static boolean opensAPersonsName(Candidate c) {
        return RARE_GIVEN_NAMES.contains(c.first().lower()) && wordsLikeAPersonsName(c);
    }

    /**
     * Two or three words, each capitalised like a name, no everyday word and none repeated, that neither open with a place
     * or a listed body nor end in a place, a people or an organization or place word, and are no listed firm or brand.
     */
    static boolean wordsLikeAPersonsName(Candidate c) {
        if (c.words() < 2 || c.words() > 3) return false;
        Set<String> seen = new HashSet<>();
        for (int i = c.from; i < c.to; i++) {
            Token t = c.tokens.get(i);
            if (!NAME_WORD.matcher(t.text()).matches() || c.lex.everydayWords.contains(t.lower()) || !seen.add(t.lower())) {
                return false;
            }
        }
        String first = c.first().lower();
        String last = c.last().lower();
        return !c.lex.placeFirstWords.contains(first) && !c.lex.isPlaceOfAnyList(first) && !c.lex.isOrganization(c.first().text())
                && !c.lex.companiesAndBrands.contains(c.lower)
                && !c.lex.isOrganizationWord(last) && !c.lex.locationWords.contains(last) && !c.lex.demonyms.contains(last)
                && !c.lex.isPlaceOfAnyList(last);
    }
}
