package dev.lede.nlp;

import java.util.List;
import java.util.Set;

/**
 * A person named beside an apposition that describes a person: "Tomasz Kubiak, a fire service spokesman,", "Ann Lee,
 * 45,", "Jo-Renee Formicola, political science professor at Seton Hall University,".
 */
final class PersonApposition {

    static final String AFTER_NOUN_RULE = "name-after-person-noun";

    /** Person nouns said as often of a body, a team or a work: "the developer, Rockstar,". */
    private static final Set<String> NOUNS_OF_BODIES = Lexicon.words("person-nouns-of-bodies.txt");

    /** Person nouns said as often of a work, before "of" and its title: "star of Crouching Tiger, Hidden Dragon,". */
    private static final Set<String> NOUNS_OF_WORKS = Lexicon.words("person-nouns-of-works.txt");

    private PersonApposition() {
    }

    /**
     * "a security official, Avinoam Idan, said", "his mother, Anwar, told": a name set off by commas right after a noun
     * that names only people (`person-nouns.txt`, not one in `person-nouns-of-bodies.txt`: "the developer, Rockstar,") is that
     * person. The name must close there (a comma or the sentence's end), so "the leader, Paris and Rome" is no apposition.
     */
    static boolean afterPersonNoun(TypeRules.Candidate c) {
        List<Token> t = c.tokens;
        if (c.from < 2 || c.words() > 3 || !t.get(c.from - 1).text().equals(",")) return false;
        String noun = t.get(c.from - 2).text();
        if (!SpeechWords.PERSON_NOUNS.contains(noun) || NOUNS_OF_BODIES.contains(noun)) return false;
        return closesThere(c);
    }

    /** The name closes right after itself: a comma or the sentence's end. */
    private static boolean closesThere(TypeRules.Candidate c) {
        String after = c.to < c.tokens.size() ? c.tokens.get(c.to).text() : ".";
        return after.equals(",") || after.equals(".");
    }

    static final String AFTER_ROLE_OF_BODY_RULE = "name-after-role-of-body";

    /** How many words the body's name between "of" and the comma may have: "the Tunisian League for the Defence of Human Rights". */
    private static final int BODY_NAME_WORDS = 9;

    /**
     * "The leader of Ennahda, Rachid Ghannouchi, condemned", "the president of the Tunisian League for the Defence of
     * Human Rights, Jamel Msallem, said": two or three words set off by commas right after a person noun (as in {@link
     * #afterPersonNoun}, and not one said as often of a work: "star of Crouching Tiger, Hidden Dragon,") "of" a body's
     * name (capitalised words, joined by "of", "for", "and", "the") are the person who holds that role. The name must
     * close there, as in {@link #afterPersonNoun}.
     */
    static boolean afterRoleOfBody(TypeRules.Candidate c) {
        List<Token> t = c.tokens;
        if (c.from < 4 || c.words() < 2 || c.words() > 3 || !t.get(c.from - 1).text().equals(",") || !closesThere(c)) return false;
        boolean capitalised = false;
        for (int i = c.from - 2; i >= 1 && i >= c.from - 2 - BODY_NAME_WORDS; i--) {
            Token w = t.get(i);
            if (w.isWord() && w.isCapitalized()) {
                capitalised = true;
                continue;
            }
            if (!w.isWord() || !c.lex.joiners.contains(w.lower()) && !w.lower().equals("the")) return false;
            // "the Defence of Human Rights": an "of" inside the body's name.
            if (!w.lower().equals("of") || !capitalised || t.get(i - 1).isCapitalized()) continue;
            String noun = t.get(i - 1).text();
            return SpeechWords.PERSON_NOUNS.contains(noun) && !NOUNS_OF_BODIES.contains(noun) && !NOUNS_OF_WORKS.contains(noun);
        }
        return false;
    }

    /** "Tomasz Kubiak, a fire service spokesman,", "Ann Lee, 45,", "Ivo Mraz, aged 45,". */
    static boolean describesAPerson(TypeRules.Candidate c) {
        List<Token> t = c.tokens;
        // A lone word in apposition is as often a band, a club or a village ("Steps, the pop group's singer").
        if (c.words() < 2 || c.to + 1 >= t.size() || !t.get(c.to).text().equals(",")) return false;
        String next = t.get(c.to + 1).lower();
        // Not ", who": bands and teams are "who" too in British English ("Snow Patrol, who").
        if (next.equals("aged")) return c.words() > 1;
        if (c.words() > 1 && next.chars().allMatch(Character::isDigit) && c.to + 2 < t.size() && t.get(c.to + 2).text().equals(",")) {
            return next.length() <= 2; // "Ann Lee, 45,", not "Acme, 2004,"
        }
        if (!next.equals("a") && !next.equals("an") && !next.equals("the")) return bareRoleApposition(c);
        for (int i = c.to + 2; i < Math.min(t.size(), c.to + 7); i++) {
            Token w = t.get(i);
            if (!w.isWord()) return false;
            if (c.lex.roleNouns.contains(w.lower()) || c.lex.titles.contains(w.lower())) return true;
        }
        return false;
    }

    /** How many words a role apposition with no article may run up to its role: ", political science professor at". */
    private static final int BARE_ROLE_WORDS = 4;

    /**
     * "Jo-Renee Formicola, political science professor at Seton Hall University,", "Henry Crespo, president of the
     * caucus,": an apposition with no article whose role is followed by the body or place it is held at, or closed.
     */
    private static boolean bareRoleApposition(TypeRules.Candidate c) {
        List<Token> t = c.tokens;
        for (int i = c.to + 1; i < Math.min(t.size() - 1, c.to + 1 + BARE_ROLE_WORDS); i++) {
            Token w = t.get(i);
            if (!w.isWord() || c.lex.functionWords.contains(w.lower())) return false;
            if (c.lex.roleNouns.contains(w.lower()) || c.lex.titles.contains(w.lower())) {
                String after = t.get(i + 1).lower();
                return after.equals(",") || SpeechWords.ORIGIN_PREPOSITIONS.contains(after);
            }
        }
        return false;
    }
}
