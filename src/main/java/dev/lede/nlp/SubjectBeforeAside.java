package dev.lede.nlp;

import static dev.lede.nlp.SpeechWords.*;

import java.util.List;

/**
 * "Christie, who has campaigned for Donald Trump since he suspended his campaign, blasted", "Senate Minority Leader
 * Harry Reid (D-Nev.), in particular, has been pounding": words set off by commas between a clause's subject and its
 * verb (a relative clause, an apposition, an aside), and a party label in brackets after the name, stand between the
 * subject and its verb; the names and pronouns inside them are not the verb's subject.
 */
final class SubjectBeforeAside {

    private SubjectBeforeAside() {
    }

    /** How many tokens the words set off between a frame's subject and its speech verb may run. */
    private static final int ASIDE_TOKENS = 30;
    /** How many tokens an apposition between a sentence's subject and any verb of it may run. */
    private static final int APPOSITION_TOKENS = 20;
    /** How many tokens a label in brackets after a name may hold: "(D-Newport News)". */
    private static final int LABEL_TOKENS = 6;
    /** How many titles may stand before a subject's name and not be part of its mention: "Senate Minority Leader". */
    private static final int TITLES = 3;

    /**
     * The person or body that opens the clause, when a comma right before the verb (only words like "also", "has
     * been", "steadily" between) closes words set off after its name that open with a relative pronoun, a determiner, a
     * preposition, an adverb in "-ly" or a participle in "-ing"; else -1. Not before ", saying": a participle after a
     * comma goes with the main clause.
     */
    static int subject(List<Token> tokens, List<Entity> entities, int[] entityAt, boolean[] quoted, int start, int verb) {
        if (verb > start && tokens.get(verb).lower().endsWith("ing") && tokens.get(verb - 1).text().equals(",")) return -1;
        int close = verb - 1;
        while (close > start && isPrelude(tokens.get(close).lower())) close--;
        if (close <= start || quoted[close] || !tokens.get(close).text().equals(",")) return -1;
        for (int comma = close - 1; comma > start && comma >= close - ASIDE_TOKENS; comma--) {
            if (quoted[comma]) return -1;
            if (!tokens.get(comma).text().equals(",") || !opensAside(tokens.get(comma + 1))) continue;
            int end = beforeLabel(tokens, quoted, comma - 1, start);
            int e = end >= start ? entityAt[end] : -1;
            if (e < 0) continue;
            int first = end;
            while (first > start && entityAt[first - 1] == e) first--;
            if (!opensClause(tokens, entities, entityAt, start, first)) continue;
            return entities.get(e).type().canSpeak() ? e : -1;
        }
        return -1;
    }

    /**
     * "Mr Howard, however, was dismissive.", "Charles Schultze, chairman of the Council of Economic Advisers in the
     * Carter administration, once summed up …", "Sen. Bernie Sanders (Vt.), who lost the primaries to Clinton, identified
     * …": past a label in brackets right after a subject ending before token {@code k}, and past words set off by commas
     * after it that open in lower case, the token that follows (its verb); else {@code k}.
     */
    static int pastAside(List<Token> tokens, boolean[] quoted, int k, int open) {
        int label = pastLabel(tokens, quoted, k, open);
        int aside = pastCommas(tokens, quoted, label, open);
        return aside > label || label < open && Character.isLowerCase(tokens.get(label).text().charAt(0)) ? aside : k;
    }

    /**
     * Where the subject of a clause opening at {@code from} starts: past a phrase put before it and its comma ("When
     * Carson died,", "On "Face the Nation,"", and the quote mark closing the phrase) and past titles before a person's
     * name that its mention does not hold ("Sen. Bernie Sanders").
     */
    static int subjectStart(List<Token> tokens, List<Entity> entities, int[] entityAt, int from, int open) {
        int k = pastFrontedPhrase(tokens, from, open);
        // On "Face the Nation," Sen. …: the quote mark closing the phrase put before goes with it.
        if (k != from) while (k < open && !tokens.get(k).isWord() && entityAt[k] < 0) k++;
        Lexicon lex = Lexicon.get();
        int name = k;
        while (name < open && name < k + TITLES && entityAt[name] < 0 && tokens.get(name).isCapitalized()
                && FrameSubjects.isTitle(lex, tokens.get(name).bare())) name++;
        return name > k && name < open && entityAt[name] >= 0 && entities.get(entityAt[name]).type() == EntityType.PERSON ? name : k;
    }

    private static int pastCommas(List<Token> tokens, boolean[] quoted, int k, int open) {
        if (k + 2 >= open || !tokens.get(k).text().equals(",") || !tokens.get(k + 1).isWord()
                || !Character.isLowerCase(tokens.get(k + 1).text().charAt(0))) return k;
        for (int j = k + 2; j < open && j <= k + APPOSITION_TOKENS; j++) {
            if (quoted[j]) return k;
            if (tokens.get(j).text().equals(",")) return j + 1;
        }
        return k;
    }

    /**
     * "The band - whose LP was the year's best-selling album - thanked", "Turkey, which occupies the north, insisted": at a
     * comma or dash that opens a relative clause closed by the same mark before {@code to}, the closing mark; else k.
     */
    static int pastRelativeClause(List<Token> tokens, boolean[] quoted, int k, int to) {
        String mark = tokens.get(k).text();
        boolean opens = mark.equals(",") || DASHES.contains(mark);
        if (!opens || quoted[k] || k + 1 >= to || !RELATIVE_PRONOUNS.contains(tokens.get(k + 1).lower())) return k;
        for (int j = k + 2; j < to && j <= k + ASIDE_TOKENS; j++) {
            if (quoted[j]) return k;
            if (tokens.get(j).text().equals(mark)) return j;
        }
        return k;
    }

    private static final java.util.Set<String> DASHES = java.util.Set.of("-", "\u2013", "\u2014");

    /** Past "(D-Nev.)" at token k: the token after the closing bracket, else k. */
    private static int pastLabel(List<Token> tokens, boolean[] quoted, int k, int open) {
        if (k >= open || !tokens.get(k).text().equals("(")) return k;
        for (int j = k + 1; j < open && j <= k + LABEL_TOKENS + 1; j++) {
            if (quoted[j] || tokens.get(j).text().equals("(")) return k;
            if (tokens.get(j).text().equals(")")) return j + 1 > k + 2 ? j + 1 : k;
        }
        return k;
    }

    /** Token k, or the token before the bracket that opens a label ending at k ("Reid (D-Nev.)"); -1 when none. */
    private static int beforeLabel(List<Token> tokens, boolean[] quoted, int k, int start) {
        if (!tokens.get(k).text().equals(")")) return k;
        for (int j = k - 1; j > start && j >= k - LABEL_TOKENS - 1; j--) {
            if (quoted[j] || tokens.get(j).text().equals(")")) return -1;
            if (tokens.get(j).text().equals("(")) return j - 1;
        }
        return -1;
    }

    private static boolean isPrelude(String w) {
        return VERB_PRELUDE.contains(w) || PASSIVE_AUXILIARIES.contains(w) || w.length() > 4 && w.endsWith("ly");
    }

    /** ", who", ", a top adviser", ", in particular", ", speaking to reporters": words that open an aside. */
    private static boolean opensAside(Token t) {
        String w = t.lower();
        return t.isWord() && (RELATIVE_PRONOUNS.contains(w) || DETERMINERS.contains(w) || PREPOSITIONS.contains(w)
                || w.length() > 4 && (w.endsWith("ly") || w.endsWith("ing")));
    }

    /**
     * Whether the mention starting at token {@code first} opens the clause from {@code start}: only a conjunction ("But"),
     * a phrase put before it and its comma ("On Sunday,") and words that describe it ("Senate Minority Leader", "GOP
     * nominee", "Indiana Gov.", "the") before it, no other person.
     */
    private static boolean opensClause(List<Token> tokens, List<Entity> entities, int[] entityAt, int start, int first) {
        int k = start;
        if (k < first && CLAUSE_CONJUNCTIONS_AFTER_COMMA.contains(tokens.get(k).lower()) || k < first && tokens.get(k).lower().equals("but")) k++;
        if (k < first) k = pastFrontedPhrase(tokens, k, first);
        // "In a letter to Senator John Smith, the agency's director …": the name is inside the phrase put before.
        if (k > first) return false;
        Lexicon lex = Lexicon.get();
        for (; k < first; k++) {
            Token t = tokens.get(k);
            int e = entityAt[k];
            if (e >= 0 && entities.get(e).type() == EntityType.PERSON) return false;
            boolean describes = t.isCapitalized() || t.lower().equals("the") || lex.roleNouns.contains(t.bare()) || PERSON_NOUNS.contains(t.bare())
                    || FrameSubjects.isTitle(lex, t.bare()) || t.text().equals(".");
            if (!describes) return false;
        }
        return true;
    }
}
