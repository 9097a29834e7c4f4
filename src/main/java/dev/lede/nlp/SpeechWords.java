package dev.lede.nlp;

import java.util.Set;

/**
 * The word lists the speaker sieve looks for around a quote: speech verbs, pronouns, people and groups as
 * descriptions. Each is a resource list, one idea per list, whose first line says what it holds.
 */
final class SpeechWords {

    private SpeechWords() {
    }

    /**
     * A speech verb framing a quote at token k ({@link #isSpeechVerbAt}) that is not a person's noun ("Bill Clinton's
     * comments"; a body's "'s" is its name: "McDonald's said").
     */
    static boolean framesAt(java.util.List<Token> tokens, java.util.List<Entity> entities, int[] entityAt, int k) {
        if (!isSpeechVerbAt(tokens, k)) return false;
        boolean afterOwner = k >= 2 && isPossessiveMark(tokens.get(k - 1).lower());
        return !(afterOwner && entityAt[k - 2] >= 0 && entities.get(entityAt[k - 2]).type() == EntityType.PERSON);
    }

    /** The token "'s" (or "’s") after an owner: "Trump's statement". */
    static boolean isPossessiveMark(String lower) {
        return lower.equals("'s") || lower.equals("\u2019s");
    }

    /** The mention that token k is part of is an owner: "Mr Blair's spokesman", "Trump's microphone". */
    static boolean isOwnerMention(java.util.List<Token> tokens, int[] entityAt, int k) {
        int end = k;
        while (end + 1 < tokens.size() && entityAt[end + 1] == entityAt[k]) end++;
        return end + 1 < tokens.size() && isPossessiveMark(tokens.get(end + 1).lower());
    }

    /** A speech verb at token k, not in the passive ("is said to" frames nobody) nor a noun ("his remarks"). */
    static boolean isActiveSpeechVerb(java.util.List<Token> tokens, int k) {
        return isActive(SPEECH_VERBS, tokens, k);
    }

    /** A word of {@code verbs} at token k used as an active verb: not after a passive auxiliary nor an article. */
    static boolean isActive(Set<String> verbs, java.util.List<Token> tokens, int k) {
        if (!verbs.contains(tokens.get(k).lower())) return false;
        if (k == 0) return true;
        String before = tokens.get(k - 1).lower();
        // "was told" is passive; "the claims", "his remarks" are nouns.
        return !PASSIVE_AUXILIARIES.contains(before) && !NOUN_DETERMINERS.contains(before) && !passiveAcrossAdverb(tokens, k);
    }

    /**
     * "the hearing he was formally called to", "is widely described as": an auxiliary and one adverb (a word in "-ly" or
     * one like "also") before a participle make it passive too; "was also saying" is not a participle of the passive.
     */
    private static boolean passiveAcrossAdverb(java.util.List<Token> tokens, int k) {
        if (k < 2 || tokens.get(k).lower().endsWith("ing")) return false;
        String adverb = tokens.get(k - 1).lower();
        boolean isAdverb = (adverb.endsWith("ly") && adverb.length() > 3) || VERB_PRELUDE.contains(adverb);
        return isAdverb && PASSIVE_AUXILIARIES.contains(tokens.get(k - 2).lower());
    }

    /**
     * A speech verb framing a quote at token k: active, and "according to", "pointed out", "put it" whole; "read" after
     * a document's noun, and a verb of finding after one ({@link DocumentFinding}); "reports that" ({@link ReportsThat}).
     */
    static boolean isSpeechVerbAt(java.util.List<Token> tokens, int k) {
        String w = tokens.get(k).lower();
        // "the article read", "a BBC statement read": a document's words; "read" after anything else is reading.
        if (w.equals("read")) return DocumentRead.isDocumentReadAt(tokens, k);
        // "A Government Accountability Office report released last year found": a document's finding is its words.
        if (DocumentFinding.FINDING_VERBS.contains(w)) return DocumentFinding.isAt(tokens, k);
        if (w.equals("reports")) return ReportsThat.isAt(tokens, k);
        if (!isActiveSpeechVerb(tokens, k)) return false;
        if (w.equals("according")) return k + 1 < tokens.size() && tokens.get(k + 1).lower().equals("to");
        if (w.startsWith("point")) return k + 1 < tokens.size() && tokens.get(k + 1).lower().equals("out");
        if (w.equals("put")) return k + 1 < tokens.size() && tokens.get(k + 1).lower().equals("it");
        return true;
    }

    static final Set<String> SPEECH_VERBS = Lexicon.words("speech-verbs.txt");
    static final Set<String> SUBJECT_PRONOUNS = Lexicon.words("speaker-pronouns.txt");
    static final Set<String> FEMININE = Lexicon.words("feminine-pronouns.txt");
    static final Set<String> MASCULINE = Lexicon.words("masculine-pronouns.txt");
    static final Set<String> WOMEN_S_TITLES = Lexicon.words("women-s-titles.txt");
    static final Set<String> MEN_S_TITLES = Lexicon.words("men-s-titles.txt");
    static final Set<String> FEMALE_NOUNS = Lexicon.words("female-nouns.txt");
    static final Set<String> MALE_NOUNS = Lexicon.words("male-nouns.txt");
    static final Set<String> PASSIVE_AUXILIARIES = Lexicon.words("passive-auxiliaries.txt");
    static final Set<String> NOUN_DETERMINERS = Lexicon.words("noun-determiners.txt");
    static final Set<String> GROUP_NOUNS = Lexicon.words("group-nouns.txt");
    static final Set<String> PERSON_NOUNS = Lexicon.words("person-nouns.txt");
    static final Set<String> INDEFINITE = Lexicon.words("indefinite-determiners.txt");
    static final Set<String> DETERMINERS = Lexicon.words("determiners.txt");
    static final Set<String> CHARACTERIZING_VERBS = Lexicon.words("characterizing-verbs.txt");
    static final Set<String> PLURAL_PRONOUNS = Lexicon.words("plural-pronouns.txt");
    static final Set<String> ADDRESSEE_PRONOUNS = Lexicon.words("addressee-pronouns.txt");
    static final Set<String> VERB_PRELUDE = Lexicon.words("verb-prelude.txt");
    static final Set<String> RELATIVE_PRONOUNS = Lexicon.words("relative-pronouns.txt");
    static final Set<String> PREPOSITIONS = Lexicon.words("frame-prepositions.txt");
    static final Set<String> ADDRESSEE_PREPOSITIONS = Lexicon.words("addressee-prepositions.txt");
    static final Set<String> ADDRESSEE_VERBS = Lexicon.words("addressee-verbs.txt");
    static final Set<String> ORIGIN_PREPOSITIONS = Lexicon.words("origin-prepositions.txt");
    static final Set<String> CLAUSE_CONJUNCTIONS = Lexicon.words("clause-conjunctions.txt");
    static final Set<String> FRONTING_WORDS = Lexicon.words("fronting-words.txt");

    /** The last token before the verb at {@code verb} that is not a word like "also" or "has" (below {@code start} when none). */
    static int beforePrelude(java.util.List<Token> tokens, int start, int verb) {
        int k = verb - 1;
        while (k >= start && VERB_PRELUDE.contains(tokens.get(k).lower())) k--;
        return k;
    }

    /**
     * Past a phrase put before a clause ("When Carson died,", "On Tuesday,") that opens at token k: the token after its
     * comma, or {@code limit} + 1 when no comma comes before {@code limit}; k itself when no such phrase opens there.
     */
    static int pastFrontedPhrase(java.util.List<Token> tokens, int k, int limit) {
        String w = tokens.get(k).lower();
        if (!FRONTING_WORDS.contains(w) && !PREPOSITIONS.contains(w)) return k;
        while (k < limit && !tokens.get(k).text().equals(",")) k++;
        return k + 1;
    }
    static final Set<String> CLAUSE_CONJUNCTIONS_AFTER_COMMA = Lexicon.words("clause-conjunctions-after-comma.txt");
    static final Set<String> NAMING_WORDS = Lexicon.words("naming-words.txt");
    static final Set<String> LAWSUIT_NOUNS = Lexicon.words("lawsuit-nouns.txt");
    static final Set<String> DOCUMENT_NOUNS = union(Lexicon.words("document-nouns.txt"), LAWSUIT_NOUNS);
    static final Set<String> SUING_VERBS = Lexicon.words("suing-verbs.txt");
    static final Set<String> FILING_VERBS = Lexicon.words("filing-verbs.txt");

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }
    static final Set<String> CONTINUING_VERBS = Lexicon.words("continuing-verbs.txt");
}
