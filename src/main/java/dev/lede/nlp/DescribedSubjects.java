package dev.lede.nlp;

import static dev.lede.nlp.SpeechWords.GROUP_NOUNS;
import static dev.lede.nlp.SpeechWords.PERSON_NOUNS;

import java.util.List;

/**
 * Descriptions as a speech verb's subject ("the minister said", "said the 20-year-old", "the company added"): which
 * nouns are such descriptions, and whom each stands for. Split from {@link FrameSubjects}, which asks it.
 */
final class DescribedSubjects {

    private final List<Token> tokens;
    private final List<Entity> entities;
    private final int[] entityAt;
    private final boolean[] quoted;
    private final Referents referents;
    private final Descriptions descriptions;
    private final Appositions appositions;

    DescribedSubjects(List<Token> tokens, List<Entity> entities, int[] entityAt, boolean[] quoted, Referents referents,
                      Descriptions descriptions, Appositions appositions) {
        this.tokens = tokens;
        this.entities = entities;
        this.entityAt = entityAt;
        this.quoted = quoted;
        this.referents = referents;
        this.descriptions = descriptions;
        this.appositions = appositions;
    }

    /** "the minister", "the company", "the 35-year-old": a noun that stands for somebody named elsewhere. */
    static boolean isDescription(String w) {
        return PERSON_NOUNS.contains(w) || GROUP_NOUNS.contains(w) || AGE.matcher(w).matches();
    }

    private static final java.util.regex.Pattern AGE = java.util.regex.Pattern.compile("\\d{1,3}-year-old");

    boolean determinedNoun(int k, int from) {
        if (k - from <= 2) return true; // "Iranian General Denies…", "Police said"
        for (int j = k - 1; j >= from && j >= k - 4; j--) {
            String w = tokens.get(j).lower();
            if (w.equals("the") || w.equals("a") || w.equals("an") || w.equals("its") || w.equals("his") || w.equals("her")) return true;
        }
        return false;
    }

    /** The entity a description names beside it ("the coach, Andy Robinson,") or was introduced with, or -1. */
    int introducedAs(int k) {
        String w = tokens.get(k).lower();
        int named = appositions.nameAfterDescription(k + 1, Math.min(tokens.size(), k + 6));
        if (named >= 0) return named;
        return descriptions.describedAt(k, wantedBy(w));
    }

    /** "his daughter reported": a description at token k (k ≥ 0) that no name beside it or before it introduced. */
    boolean isUnintroduced(int k) {
        return k >= 0 && introducedAs(k) < 0;
    }

    private static EntityType wantedBy(String description) {
        return GROUP_NOUNS.contains(description) && !description.startsWith("spokes") ? EntityType.ORGANIZATION : EntityType.PERSON;
    }

    /**
     * The entity a description stands for: the one it was introduced with; when {@code previousSubjectFirst} (after the
     * verb, '"…," said the Sale player', or before one that goes on, "The lawyer added") the person the sentence before
     * has as its subject ("Cueto was also puzzled …"), where a description before another verb ("The chancellor meanwhile
     * insisted" after "Mr Cable said …") as often means another; else the one most talked about nearby.
     */
    int resolve(int k, boolean previousSubjectFirst) {
        return resolve(k, previousSubjectFirst, Gender.UNKNOWN);
    }

    /** As {@link #resolve(int, boolean)}, but not a person of the other gender than the one told ({@link PronounAfterVerb}). */
    int resolve(int k, boolean previousSubjectFirst, Gender told) {
        String w = tokens.get(k).lower();
        int introduced = introducedAs(k);
        if (introduced >= 0) return introduced;
        EntityType wanted = wantedBy(w);
        int previous = previousSubjectFirst && wanted == EntityType.PERSON ? referents.subjectPersonBefore(k) : -1;
        if (previous >= 0 && !referents.isOfTheOtherGender(previous, told)) return previous;
        int salient = referents.mostMentionedRecently(k, wanted, told);
        if (salient >= 0) return salient;
        if (w.startsWith("spokes")) {
            for (int j = k - 1; j >= 0; j--) {
                int e = entityAt[j];
                if (e >= 0 && !quoted[j] && entities.get(e).type() == EntityType.ORGANIZATION) return e;
            }
        }
        return referents.firstPersonAfter(k);
    }
}
