package dev.lede.nlp;

import java.util.List;

/**
 * "The Making Decisions Alliance … said …. "…," the alliance said": "the" and a lower-case noun right before a speech
 * verb name again the nearest body before them whose name of two or more words ends in that noun ("the Countryside
 * Alliance" → "the alliance", "the Police Federation" → "the federation"); not past another body that is a clause's
 * subject ("JP Morgan said that …. The bank said" is JP Morgan's, not Canal Bank's). Before, such a subject named nobody.
 */
final class BodyHeadNoun {

    /** How far back (characters) the body's name is looked for. */
    private static final int WINDOW = 1500;

    private final List<Token> tokens;
    private final List<Entity> entities;
    private final int[] entityAt;
    private final boolean[] quoted;
    private final BodyPronoun bodyPronoun;

    BodyHeadNoun(List<Token> tokens, List<Entity> entities, int[] entityAt, boolean[] quoted, BodyPronoun bodyPronoun) {
        this.tokens = tokens;
        this.entities = entities;
        this.entityAt = entityAt;
        this.quoted = quoted;
        this.bodyPronoun = bodyPronoun;
    }

    /** The body that "the" and the noun at token {@code noun} name again, else -1. */
    int bodyNamedBy(int noun, int from) {
        if (noun - 1 < from || quoted[noun] || entityAt[noun] >= 0 || !tokens.get(noun - 1).lower().equals("the")) return -1;
        Token word = tokens.get(noun);
        if (!word.isWord() || word.isCapitalized()) return -1;
        String head = word.lower();
        int window = word.start() - WINDOW;
        for (int j = noun - 2; j > 0 && tokens.get(j).start() >= window; j--) {
            int e = entityAt[j];
            // The last word of a mention or name of two or more words ("Alliance" in "the Countryside Alliance"; "the AFI"
            // is the American Film Institute's).
            if (e < 0 || quoted[j] || entities.get(e).type() != EntityType.ORGANIZATION) continue;
            int first = j;
            while (first > 0 && entityAt[first - 1] == e) first--;
            if ((first < j && tokens.get(j).lower().equals(head)) || endsIn(entities.get(e).name(), head)) return e;
            if (bodyPronoun.isSubject(first, j)) return -1;
            j = first;
        }
        return -1;
    }

    private static boolean endsIn(String name, String head) {
        int space = name.lastIndexOf(' ');
        return space > 0 && name.substring(space + 1).toLowerCase(java.util.Locale.ROOT).equals(head);
    }
}
