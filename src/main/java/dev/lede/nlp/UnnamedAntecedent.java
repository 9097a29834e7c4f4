package dev.lede.nlp;

import static dev.lede.nlp.SpeechWords.*;

import java.util.List;

/**
 * "A spokesman for the Home Office defended the proposals. He said: …", "The prime minister's official spokesman said
 * …. But he added: …": "he" or "she" whose own sentence names nobody before it stands for the subject of the sentence
 * before; when that subject is a person the text leaves unnamed (a determiner, a few words and a noun of
 * {@code anonymous-speakers.txt}, with no person named in it nor one the text introduced it with), the pronoun names
 * nobody either, rather than the last person named before that sentence. Asked by {@link Referents#personBefore}.
 */
final class UnnamedAntecedent {

    /** How many tokens a determiner may stand before the subject's noun ("The prime minister 's official spokesman"). */
    private static final int SUBJECT_TOKENS = 6;

    private final List<Token> tokens;
    private final List<Entity> entities;
    private final int[] entityAt;
    private final boolean[] quoted;
    private final Descriptions descriptions;

    UnnamedAntecedent(List<Token> tokens, List<Entity> entities, int[] entityAt, boolean[] quoted, Descriptions descriptions) {
        this.tokens = tokens;
        this.entities = entities;
        this.entityAt = entityAt;
        this.quoted = quoted;
        this.descriptions = descriptions;
    }

    /**
     * {@link FrameSubjects#UNNAMED} when the subject of the sentence before the pronoun at token k is a spokesman or
     * source the text leaves unnamed ("A Home Office spokesman", "a spokesman for Apacs": the body is named, the
     * person who speaks is not); -1 when the rule does not apply.
     */
    int of(int k) {
        String pronoun = tokens.get(k).lower();
        if (quoted[k] || !SUBJECT_PRONOUNS.contains(pronoun)) return -1;
        int first = k;
        while (first > 0 && tokens.get(first - 1).sentence() == tokens.get(k).sentence()) first--;
        for (int j = first; j < k; j++) {
            if (quoted[j]) continue;
            String w = tokens.get(j).lower();
            if (isPerson(j) || PERSON_NOUNS.contains(w) || SUBJECT_PRONOUNS.contains(w)) return -1;
        }
        int last = first - 1;
        while (last >= 0 && (quoted[last] || !tokens.get(last).isWord())) last--;
        if (last < 0) return -1;
        int start = last;
        while (start > 0 && tokens.get(start - 1).sentence() == tokens.get(last).sentence()) start--;
        while (start < last && (quoted[start] || !tokens.get(start).isWord() || opensWithConjunction(start))) start++;
        int noun = subjectNoun(start, last);
        if (noun < 0 || ofTheOtherGender(tokens.get(noun).lower(), FEMININE.contains(pronoun))) return -1;
        if (descriptions.describedAt(noun, EntityType.PERSON) >= 0) return -1;
        // The subject runs on past the noun to the verb, the first lower-case word that is no function word ("for the
        // Home Office defended", "for DLF Builders, Dr Vancheshwar, told").
        int end = noun + 1;
        while (end <= last && !quoted[end] && !isVerbLike(end)) end++;
        // "A spokesman for the firm, Jim Hart, told": a person set off by a comma after the noun names the spokesman.
        for (int j = noun + 1; j <= last; j++) {
            if (!quoted[j] && isPerson(j) && tokens.get(j - 1).text().equals(",") && !isOwnerMention(tokens, entityAt, j)) return -1;
        }
        for (int j = start; j < end; j++) {
            if (!quoted[j] && isPerson(j) && !isOwnerMention(tokens, entityAt, j)) return -1;
        }
        // "The Tory spokesman also criticised": a definite one may be somebody the text named; only one said to be
        // somebody's ("the prime minister's official spokesman", "the band's spokesman") is taken.
        if (tokens.get(start).lower().equals("the") && !ownerBetween(start, noun)) return -1;
        return FrameSubjects.UNNAMED;
    }

    /**
     * "A spokesman for …", "The prime minister's official spokesman", "Mr Blair's spokesman", "A Labour source": the noun
     * of a subject opening at token {@code start} with a determiner or an owner, else -1.
     */
    private int subjectNoun(int start, int last) {
        // "Mr Blair's": a title before the name is not part of its mention.
        if (start < last && entityAt[start] < 0 && tokens.get(start).isCapitalized() && isPerson(start + 1)) start++;
        String opening = tokens.get(start).lower();
        boolean determined = INDEFINITE.contains(opening) || opening.equals("the")
                || Lexicon.get().possessiveDeterminers.contains(opening) || entityAt[start] >= 0 && isOwnerMention(tokens, entityAt, start);
        if (!determined) return -1;
        for (int h = start + 1; h <= last && h <= start + SUBJECT_TOKENS; h++) {
            Token t = tokens.get(h);
            if (quoted[h]) return -1;
            if (Lexicon.get().anonymousSpeakers.contains(t.lower())) return h;
            if (!t.isWord() && !isPossessiveMark(t.lower())) return -1;
        }
        return -1;
    }

    private boolean ownerBetween(int from, int to) {
        for (int j = from; j < to; j++) if (isPossessiveMark(tokens.get(j).lower())) return true;
        return false;
    }

    private boolean isVerbLike(int k) {
        Token t = tokens.get(k);
        return t.isWord() && !t.isCapitalized() && entityAt[k] < 0 && !Lexicon.get().functionWords.contains(t.lower());
    }

    private boolean opensWithConjunction(int k) {
        String w = tokens.get(k).lower();
        return CLAUSE_CONJUNCTIONS.contains(w) || w.equals("and");
    }

    private static boolean ofTheOtherGender(String noun, boolean feminine) {
        return feminine ? MALE_NOUNS.contains(noun) : FEMALE_NOUNS.contains(noun);
    }

    private boolean isPerson(int k) {
        return entityAt[k] >= 0 && entities.get(entityAt[k]).type() == EntityType.PERSON;
    }
}
