package dev.lede.nlp;

import static dev.lede.nlp.SpeechWords.DOCUMENT_NOUNS;

import java.util.List;

/**
 * Whom a document or message that is a speech verb's subject speaks for: its owner ("Ivana Trump's brief said"), the
 * author an indefinite one names ("A CBI report found"), or, for a document named again with "the" ("A report by the CBI
 * found …. The report said"), whoever the text gave it to when it introduced it, the person or body before it ("the
 * CBI's report", "a Times article") or after "by" or "from" ("a study from Harvard University"), else, for court papers,
 * whoever the text said brought them ({@link Litigants}).
 */
final class DocumentAuthors {

    /** How far back (characters) the document's introduction is looked for. */
    private static final int WINDOW = 1500;

    private final List<Token> tokens;
    private final List<Entity> entities;
    private final int[] entityAt;
    private final boolean[] quoted;
    private final Referents referents;
    private final Litigants litigants;

    DocumentAuthors(List<Token> tokens, List<Entity> entities, int[] entityAt, boolean[] quoted, Referents referents) {
        this.tokens = tokens;
        this.entities = entities;
        this.entityAt = entityAt;
        this.quoted = quoted;
        this.referents = referents;
        this.litigants = new Litigants(tokens, entities, entityAt, quoted);
    }

    /**
     * "Ivana Trump's brief said", "his website says": a document or message right before the verb speaks for its owner,
     * the person or body named before "'s" (up to two words such as "legal" between) or the person "his"/"her" stands
     * for; -1 when the noun is no document or its owner is not named so.
     */
    int ownerRightBefore(int from, int verb) {
        int noun = SpeechWords.beforePrelude(tokens, from, verb);
        if (noun < from || quoted[noun] || !DOCUMENT_NOUNS.contains(tokens.get(noun).lower())) return -1;
        for (int k = noun - 1; k >= from && k >= noun - 3; k--) {
            String w = tokens.get(k).lower();
            if (w.equals("his") || w.equals("her")) return referents.personBefore(k);
            if (referents.isPossessive(k) && k > from && entityAt[k - 1] >= 0 && !quoted[k - 1]) return authorOrNone(entityAt[k - 1]);
            if (!tokens.get(k).isWord() || tokens.get(k).isCapitalized()) return -1;
        }
        return -1;
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
            if (author < 0) author = authorAfter(k);
            if (author >= 0) return author;
            break;
        }
        return litigants.plaintiffOf(noun);
    }

    /** '"…", read the statement': the author of the document after "read" at {@code verb}, else {@code none}. */
    int authorOfRead(int verb, int none) {
        int author = authorOf(DocumentRead.documentAfter(tokens, verb), 0);
        return author >= 0 ? author : none;
    }

    /** Tokens after "a"/"an" within which an indefinite document's noun is looked for ("A Government Accountability Office report"). */
    private static final int INDEFINITE_PHRASE = 8;

    /**
     * "A Government Accountability Office report released last year found", "an Oxfam study says", "a report by the CBI
     * found": a document that a determiner such as "a" (or "the" after "according to") opens, its author named inside the phrase before the noun or after
     * "by"/"from" right after it; the author, else -1. Only names and lower-case words that are neither function words
     * nor words for people may stand between the determiner and the noun.
     */
    int authorOfIndefinite(int determiner, int to) {
        for (int j = determiner + 1; j < to && j <= determiner + INDEFINITE_PHRASE; j++) {
            Token t = tokens.get(j);
            if (quoted[j] || !t.isWord()) return -1;
            if (entityAt[j] >= 0) continue;
            if (!DOCUMENT_NOUNS.contains(t.lower()) || t.isCapitalized()) {
                // "a spokesman for Tom Price in a statement": the phrase's head is somebody, not a document.
                if (!isLowerCaseWord(j) || Lexicon.get().functionWords.contains(t.lower()) || SpeechWords.PERSON_NOUNS.contains(t.lower())) return -1;
                continue;
            }
            for (int k = j - 1; k > determiner; k--) if (entityAt[k] >= 0) return authorOrNone(entityAt[k]);
            return authorAfter(j);
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
        // "a complaint filed by the SEC", "a report published by Analysys": a participle before "by".
        if (j + 1 < tokens.size() && isLowerCaseWord(j) && tokens.get(j).lower().endsWith("ed") && tokens.get(j + 1).lower().equals("by")) j++;
        if (j >= tokens.size() || !(tokens.get(j).lower().equals("by") || tokens.get(j).lower().equals("from"))) return -1;
        j++;
        if (j < tokens.size() && tokens.get(j).lower().equals("the")) j++;
        // "by the federal Securities and Exchange Commission": up to two lower-case words before the name.
        for (int words = 0; words < 2 && j < tokens.size() && entityAt[j] < 0 && isLowerCaseWord(j); words++) j++;
        return j < tokens.size() && !quoted[j] && entityAt[j] >= 0 ? authorOrNone(entityAt[j]) : -1;
    }

    /**
     * "According to a 52-count civil complaint filed by the federal Securities and Exchange Commission": the author of
     * the document right after "according to" ({@code from} is the token after "to"), else -1.
     */
    int authorAccordingTo(int from, int to) {
        if (from >= to) return -1;
        String determiner = tokens.get(from).lower();
        return SpeechWords.INDEFINITE.contains(determiner) || determiner.equals("the") ? authorOfIndefinite(from, to) : -1;
    }

    private int authorOrNone(int e) {
        return entities.get(e).type().canSpeak() ? e : -1;
    }

    private boolean isLowerCaseWord(int j) {
        Token t = tokens.get(j);
        return t.isWord() && !t.isCapitalized();
    }
}
