package dev.lede.nlp;

import java.util.List;
import java.util.Set;

/**
 * A name right before a lower-case role and a person's name is the body whose role it is: "Chelsea manager Jose
 * Mourinho" (`body-before-role`), "Black Eyed Peas singer Fergie", "U2 frontman Bono" (`band-before-member`).
 */
final class RoleAfterBody {

    static final String RULE = "body-before-role";
    static final String BAND_RULE = "band-before-member";
    static final String CLUB_RULE = "club-before-role";

    private RoleAfterBody() {
    }

    /** "Chelsea manager Jose Mourinho", "University assistant coach Ben Radmall": whose coach, boss or spokesman. */
    static boolean bodyBeforeRole(TypeRules.Candidate c) {
        // "Club captain John Smith" opening a sentence: the capital proves nothing.
        boolean loneWordOpening = c.words() == 1 && c.first().sentenceInitial() && c.lex.isOrganizationWord(c.lower);
        return rolePersonFollows(c, c.lex.bodyRoles) && !loneWordOpening;
    }

    /**
     * "Liverpool manager Rafael Benitez", "Newcastle striker Alan Shearer": a city of the world list before a team's role
     * and a person's name is the club named after it, though the city is listed as a place. Not a country or a home
     * nation ("England coach Andy Robinson": the gold types national teams as their country), nor a region ("Ulster").
     */
    static boolean clubBeforeRole(TypeRules.Candidate c) {
        return c.lex.worldCities.contains(c.lower) && rolePersonFollows(c, c.lex.teamRoles);
    }

    /**
     * "Black Eyed Peas singer Fergie", "The Who drummer Keith Moon": a name before a role in a band and a person's name
     * is the band; not a style of music ("Reggae singer Ann Lee", "Pop singer Delta Goodrem").
     */
    static boolean bandBeforeMember(TypeRules.Candidate c) {
        return rolePersonFollows(c, c.lex.bandRoles) && !c.lex.musicGenres.contains(c.lower);
    }

    /**
     * A role of {@code roles} (after at most one other lower-case word, not a function word: "assistant coach", but
     * not "Krist Novoselic and drummer Dave Grohl") and a capitalised word.
     */
    private static boolean rolePersonFollows(TypeRules.Candidate c, Set<String> roles) {
        List<Token> t = c.tokens;
        int role = c.to;
        if (role + 1 < t.size() && t.get(role).isWord() && !t.get(role).isCapitalized() && !roles.contains(t.get(role).lower())
                && !c.lex.functionWords.contains(t.get(role).lower())) {
            role++; // "assistant coach", "chief executive", "lead singer"
        }
        return role + 1 < t.size() && roles.contains(t.get(role).text()) && t.get(role + 1).isCapitalized()
                && t.get(role + 1).isWord() && !c.lex.firstNames.contains(c.first().lower());
    }
}
