package dev.lede.nlp;

import dev.lede.nlp.EntityMerger.Group;
import java.util.List;
import java.util.Locale;

/**
 * News misspells names now and then ("Leslie Wimes … Wines believes", "Lindsay Davenport … Daveport said", "Robert Preston
 * … Mr Peston's book"): a lone word that speaks or wears a person's title, matches no other name of the text and is one
 * letter away from the surname of exactly one person named in full is that person. Not a plural ("the Beckhams"), a given
 * name ("William" beside "Rowan Williams"), a short word, nor a word whose first letter differs.
 */
final class MisspeltSurname {

    /** Shorter words are too often other surnames one letter away ("Hill", "Hall"). */
    private static final int MIN_LETTERS = 5;

    private MisspeltSurname() {
    }

    /** The person {@code lone} misspells among {@code groups}, or null. */
    static Group personOf(Group lone, List<Group> groups, Lexicon lex) {
        if (lone.words().size() != 1) return null;
        // Keys are lower case; the text says whether the word is written as a name ("Wines", not "WINES").
        String word = lone.words().get(0);
        String written = lone.names.get(0).text();
        if (word.length() < MIN_LETTERS || !Character.isUpperCase(written.charAt(0)) || written.equals(written.toUpperCase(Locale.ROOT))) return null;
        if (lex.firstNames.contains(word)) return null;
        if (lone.names.stream().anyMatch(n -> n.titled() == null && !n.speaks() && !n.rule().equals("speaking-word"))) return null;
        Group found = null;
        for (Group g : groups) {
            if (g == lone || g.words().size() < 2 || g.type() != EntityType.PERSON) continue;
            String surname = EntityMerger.surname(g.words(), lex);
            if (surname.charAt(0) != word.charAt(0) || word.equals(surname + "s") || !oneLetterApart(word, surname)) continue;
            if (found != null && found != g) return null;
            found = g;
        }
        return found;
    }

    /** One letter changed, added or left out. */
    static boolean oneLetterApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) return false;
        if (a.length() < b.length()) return oneLetterApart(b, a);
        int i = 0;
        while (i < b.length() && a.charAt(i) == b.charAt(i)) i++;
        // Past the first difference the rest must agree, skipping one letter of the longer word or one of each.
        return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i + 1).equals(b.substring(i + 1));
    }
}
