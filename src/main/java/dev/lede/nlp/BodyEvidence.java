package dev.lede.nlp;

import dev.lede.nlp.TypeRules.Candidate;
import java.util.List;
import java.util.Locale;

/** Evidence from around a name that it names an organization rather than a person or a place. */
final class BodyEvidence {

    private BodyEvidence() {
    }

    /** "Lenovo's shares", "Southcorp's chief executive": what the name has is a body's. */
    static boolean possessesWhatBodiesHave(Candidate c) {
        List<Token> t = c.tokens;
        int owner = c.to;
        if (owner + 1 >= t.size() || !(t.get(owner).lower().equals("'s") || t.get(owner).lower().equals("\u2019s"))) return false;
        String one = t.get(owner + 1).lower();
        String two = owner + 2 < t.size() ? one + " " + t.get(owner + 2).lower() : one;
        return c.lex.bodyPossessions.contains(one) || c.lex.bodyPossessions.contains(two);
    }

    /**
     * "the Baltimore Sun said", "UK Coal said": a name that opens with a listed place and speaks is a body's (a paper, a
     * firm), not a person's; not when a word of it is a given name or a title ("Paris Hilton said", "US Attorney Ann Quill said").
     * The world's cities prove too little here: many are surnames or given names too ("Carmel Martin", "Herve Gaymard").
     */
    static boolean placeLedSpeaker(Candidate c) {
        if (c.words() < 2 || !c.speaks()) return false;
        for (int i = c.from; i < c.to; i++) {
            String w = c.tokens.get(i).lower();
            if (c.lex.firstNames.contains(w) || c.lex.titles.contains(w) || c.lex.titleModifiers.contains(w)) return false;
        }
        for (int end = c.from + 1; end < c.to && end <= c.from + 3; end++) {
            if (c.lex.locations.contains(c.text(c.from, end).toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** "South African", "North Korean": words of direction and nationality alone name no body. */
    static boolean onlyNationality(Candidate c) {
        for (int i = c.from; i < c.to; i++) {
            String w = c.tokens.get(i).lower();
            if (!c.lex.demonyms.contains(w) && !c.lex.directions.contains(w)) return false;
        }
        return true;
    }

    /**
     * "told The Scotsman", "The Hill reported", "The Killers": a capitalised "The" mid-sentence before one word is a
     * paper's or a band's name when the text treats it as one (a cue before it, speech after it, a plural); alone it is
     * as often a film's or a book's ("The Aviator", "The Godfather").
     */
    static boolean publicationOrBand(Candidate c) {
        if (!"the".equals(c.title)) return false;
        if (c.speaks() || c.lower.endsWith("s")) return true;
        for (int i = Math.max(0, c.from - 4); i < c.from - 1; i++) {
            if (c.lex.publicationCues.contains(c.tokens.get(i).lower())) return true;
        }
        return false;
    }

    /** "a stake in Sina", "shares in Equant": what one owns a part of is a company, not the place "in" suggests. */
    static boolean ownedInPart(Candidate c) {
        return c.from >= 2 && c.before().equals("in") && c.lex.stakeNouns.contains(c.tokens.get(c.from - 2).lower());
    }

    /**
     * "researchers at Jupiter Research", "an analyst at Nomura": people who work or study there make X a body; so does one
     * who speaks for it or heads it ("a spokesman for Lycos Europe", "chief executive of the Quorbin Trust"), unless the
     * name opens with a given name ("a spokesman for Michael Howard").
     */
    static boolean memberAt(Candidate c) {
        int preposition = c.from - 1;
        if (preposition >= 1 && c.tokens.get(preposition).lower().equals("the")) preposition--;
        if (preposition < 1) return false;
        String joiner = c.tokens.get(preposition).lower();
        String w = c.tokens.get(preposition - 1).lower();
        if (joiner.equals("for") || joiner.equals("of")) {
            return c.lex.speakingOfficers.contains(w) && !c.lex.firstNames.contains(c.first().lower());
        }
        return joiner.equals("at") && preposition == c.from - 1
                && (c.lex.memberNouns.contains(w) || w.endsWith("s") && c.lex.memberNouns.contains(w.substring(0, w.length() - 1)));
    }

    /** "AOL UK", "Nintendo Europe", "T-Mobile USA": a listed organization and then a listed place is its branch there. */
    static boolean listedBodyAndPlace(Candidate c) {
        for (int split = c.from + 1; split < c.to && split <= c.from + 3; split++) {
            if (c.lex.isOrganization(c.text(c.from, split)) && c.lex.isLocation(c.text(split, c.to))) return true;
        }
        return false;
    }

    /**
     * "Harry Hill", "Frank Field", "James Alex Fields": given names and then a place word that is also a surname name a
     * person ("Victoria Street", "Lincoln Park" keep their place words).
     */
    static boolean surnameLikePlaceWord(Candidate c) {
        if (c.words() < 2 || c.words() > 3 || c.lex.isLocation(c.first().text())) return false; // "London Bridge"
        for (int i = c.from; i < c.to - 1; i++) if (!c.lex.firstNames.contains(c.tokens.get(i).lower())) return false;
        String last = c.last().lower();
        return c.lex.surnamePlaceWords.contains(last)
                || last.endsWith("s") && c.words() == 3 && c.lex.surnamePlaceWords.contains(last.substring(0, last.length() - 1));
    }

    /**
     * "Tasnim news agency", "pressure group Liberty", but not "Budget airline Ryanair …" or "Chip giant Intel …": a lone
     * word that opens a sentence before an organization noun modifies the noun.
     */
    static boolean organizationNounBeside(Candidate c) {
        if (!c.organizationNounAround() || onlyNationality(c)) return false;
        boolean modifier = c.words() == 1 && c.first().sentenceInitial() && c.lex.organizationNouns.contains(c.after());
        return !modifier || c.lex.organizationNouns.contains(c.before());
    }
}
