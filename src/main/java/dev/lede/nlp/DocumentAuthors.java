package dev.lede.nlp;

import static dev.lede.nlp.SpeechWords.DOCUMENT_NOUNS;

import java.util.List;

/**
 * "A report by the CBI found …. The report said": a document named again with "the" speaks for whoever the text gave
 * it to when it introduced it, the person or body before it ("the CBI's report", "a Times article") or after "by" or
 * "from" ("a study from Harvard University").
 */
final class DocumentAuthors {

    /** How far back (characters) the document's introduction is looked for. */
    private static final int WINDOW = 1500;

    private final List<Token> tokens;
    private final List<Entity> entities;
    private final int[] entityAt;
    private final boolean[] quoted;

    DocumentAuthors(List<Token> tokens, List<Entity> entities, int[] entityAt, boolean[] quoted) {
        this.tokens = tokens;
        this.entities = entities;
        this.entityAt = entityAt;
        this.quoted = quoted;
    }

    /** The author of the document whose noun is token {@code noun} ("the report", "the new study"), else -1. */
    int authorOf(int noun, int from) {
        if (noun < from || quoted[noun] || !DOCUMENT_NOUNS.contains(tokens.get(noun).lower())) return -1;
        int the = noun - 1;
        while (the >= from && the >= noun - 3 && isLowerCaseWord(the) && !tokens.get(the).lower().equals("the")) the--;
        if (the < from || !tokens.get(the).lower().equals("the")) return -1;
        String word = tokens.get(noun).lower();
        int window = tokens.get(noun).start() - WINDOW;
        for (int k = the - 1; k >= 0 && tokens.get(k).start() >= window; k--) {
            if (quoted[k] || !tokens.get(k).lower().equals(word)) continue;
            int author = authorBefore(k);
            return author >= 0 ? author : authorAfter(k);
        }
        return -1;
    }

    /** "the CBI's annual report", "a Times article": a person or body up to two lower-case words before the noun. */
    private int authorBefore(int k) {
        for (int j = k - 1; j >= 0 && j >= k - 4; j--) {
            if (quoted[j]) return -1;
            if (entityAt[j] >= 0) return authorOrNone(entityAt[j]);
            if (SpeechWords.isPossessiveMark(tokens.get(j).lower())) continue;
            if (!isLowerCaseWord(j)) return -1;
        }
        return -1;
    }

    /** "a report by the CBI", "a study from Harvard University". */
    private int authorAfter(int k) {
        int j = k + 1;
        if (j >= tokens.size() || !(tokens.get(j).lower().equals("by") || tokens.get(j).lower().equals("from"))) return -1;
        j++;
        if (j < tokens.size() && tokens.get(j).lower().equals("the")) j++;
        return j < tokens.size() && !quoted[j] && entityAt[j] >= 0 ? authorOrNone(entityAt[j]) : -1;
    }

    private int authorOrNone(int e) {
        EntityType type = entities.get(e).type();
        return type == EntityType.PERSON || type == EntityType.ORGANIZATION ? e : -1;
    }

    private boolean isLowerCaseWord(int j) {
        Token t = tokens.get(j);
        return t.isWord() && !t.isCapitalized();
    }
}
