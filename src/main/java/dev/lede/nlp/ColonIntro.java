package dev.lede.nlp;

import static dev.lede.nlp.SpeechWords.ORIGIN_PREPOSITIONS;
import static dev.lede.nlp.SpeechWords.PREPOSITIONS;

import java.util.List;

/** A quote a clause introduces with a colon right before it: who that clause names as the quote's speaker. */
final class ColonIntro {

    private final List<Token> tokens;
    private final List<Entity> entities;
    private final int[] entityAt;
    private final boolean[] quoted;

    ColonIntro(List<Token> tokens, List<Entity> entities, int[] entityAt, boolean[] quoted) {
        this.tokens = tokens;
        this.entities = entities;
        this.entityAt = entityAt;
        this.quoted = quoted;
    }

    /**
     * 'X took a parting shot on Twitter: "…"' and 'The Times reports:¶"…"' — the clause before a colon that
     * ends right before the quote (in its sentence or the paragraph before) introduces it.
     */
    int speakerBefore(int beforeFrom, int beforeTo) {
        int colon = beforeTo - 1;
        if (colon < 0 || !tokens.get(colon).text().equals(":") || quoted[colon]) return -1;
        int from = beforeFrom < colon ? beforeFrom : colon;
        while (from > 0 && !quoted[from - 1] && tokens.get(from - 1).sentence() == tokens.get(colon).sentence()) from--;
        return firstNamed(from, colon);
    }

    /**
     * The mention starting at token k is the object of a preposition inside the clause ("enthusiasm for Trump", "in the
     * Guardian"); not one that opens the clause ("For Henry Reichhold, this is progress:") nor one of origin ("A lesson
     * from Loretta Lynch:"), which name whose words follow.
     */
    private boolean afterPreposition(int k, int from) {
        int before = k > from && tokens.get(k - 1).lower().equals("the") ? k - 2 : k - 1;
        if (before <= from) return false;
        String w = tokens.get(before).lower();
        return PREPOSITIONS.contains(w) && !ORIGIN_PREPOSITIONS.contains(w);
    }

    /**
     * The first person named in a clause, else its first organization; not one named after a preposition, what the clause
     * is about rather than who speaks ("The woman's enthusiasm for Trump is recorded in detail:").
     */
    private int firstNamed(int from, int to) {
        int organization = -1;
        for (int k = from; k < to; k++) {
            int e = entityAt[k];
            if (e < 0 || quoted[k]) continue;
            if (afterPreposition(k, from)) {
                while (k + 1 < to && entityAt[k + 1] == e) k++;
                continue;
            }
            if (entities.get(e).type() == EntityType.PERSON) return e;
            if (entities.get(e).type() == EntityType.ORGANIZATION && organization < 0) organization = e;
        }
        return organization;
    }
}
