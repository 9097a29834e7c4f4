package dev.lede.nlp;

import static dev.lede.nlp.SpeechWords.*;

import java.util.List;

/**
 * The subject of a speech verb found after it ("said Mr French", "said a spokesman"), and of a frame opened by an
 * indefinite description on either side ("a spokesman said"), for {@link FrameSubjects}.
 */
final class SubjectAfterVerb {

    private final List<Token> tokens;
    private final List<Entity> entities;
    private final int[] entityAt;
    private final Referents referents;
    private final UnnamedSubjects subjects;
    private final Appositions appositions;
    private final DocumentAuthors documents;
    private final DescribedSubjects describedSubjects;

    SubjectAfterVerb(List<Token> tokens, List<Entity> entities, int[] entityAt, Referents referents, UnnamedSubjects subjects,
                     Appositions appositions, DocumentAuthors documents, DescribedSubjects describedSubjects) {
        this.tokens = tokens;
        this.entities = entities;
        this.entityAt = entityAt;
        this.referents = referents;
        this.subjects = subjects;
        this.appositions = appositions;
        this.documents = documents;
        this.describedSubjects = describedSubjects;
    }

    /** After the verb: "said Mr French", "said the Observer's Philip French", "added the minister". */
    int subject(int from, int to) {
        // "One dealer told Reuters the sales were "…"": whom the words are told to does not say them.
        if (from > 0 && ADDRESSEE_VERBS.contains(tokens.get(from - 1).lower())) return -1;
        if (from < to && INDEFINITE.contains(tokens.get(from).lower())) return indefinite(from, to);
        if (DocumentRead.documentAfter(tokens, from - 1) >= 0) return documents.authorOfRead(from - 1, -1);
        // "the advertisement "…" suggests that Phoenix …": a clause follows the verb, not its subject.
        if (from < to && tokens.get(from).lower().equals("that")) return -1;
        // "The New York businessman says of Clinton": whom the words are about or to, not who says them.
        boolean according = from > 0 && tokens.get(from - 1).lower().equals("according");
        int document = according ? documents.authorAccordingTo(from + 1, to) : -1;
        if (document >= 0) return document;
        if (from < to && !according && ADDRESSEE_PREPOSITIONS.contains(tokens.get(from).lower())) return -1;
        int organization = -1;
        int organizationEnd = -1;
        boolean ownedByPerson = false;
        boolean memberSpeaks = false;
        for (int k = from; k < to && k < from + 8; k++) {
            int e = entityAt[k];
            // "said Aguilera's agent Meghan Prophet", "said Blair's spokesman": the owner is not who speaks.
            if (e >= 0 && entities.get(e).type() == EntityType.PERSON && subjects.isOwner(k, to)) {
                ownedByPerson = true;
                while (k + 1 < to && entityAt[k + 1] == e) k++;
                continue;
            }
            if (e >= 0 && entities.get(e).type() == EntityType.PERSON) return e;
            if (e >= 0 && entities.get(e).type() == EntityType.ORGANIZATION && organization < 0) organization = e;
            if (e >= 0 && e == organization) organizationEnd = k;
            if (e >= 0) continue;
            String w = tokens.get(k).lower();
            if (SUBJECT_PRONOUNS.contains(w)) return memberSpeaks ? FrameSubjects.UNNAMED : organization >= 0 ? organization : referents.personBefore(k);
            if (DescribedSubjects.isDescription(w)) {
                int named = appositions.nameAfterDescription(k + 1, to);
                if (named >= 0) return named;
                // "said the Spurs sporting director": the body's officer, named further on ("said EEF chief economist,
                // Steve Radley") or not at all.
                if (organization >= 0 && subjects.bodyModifiesSpeaker(organizationEnd, k + 1)) {
                    memberSpeaks = true;
                    continue;
                }
                return organization >= 0 ? organization : describedSubjects.resolve(k, true);
            }
        }
        return memberSpeaks || organization < 0 && ownedByPerson ? FrameSubjects.UNNAMED : organization;
    }

    /**
     * "a spokesman said", "one voter said", "said one Democratic source": nobody named, unless a name stands
     * beside the description ("a spokeswoman, Jane Doe,"), a spokesperson speaks for a named organization or a
     * document for its named author ("A Red Cross report found").
     */
    int indefinite(int determiner, int to) {
        int author = documents.authorOfIndefinite(determiner, to);
        if (author >= 0) return author;
        int lede = referents.ledeSubject(determiner);
        if (lede >= 0) return lede;
        for (int k = determiner + 1; k < to && k < determiner + 8; k++) {
            int e = entityAt[k];
            if (e < 0 || SpeechWords.framesAt(tokens, entities, entityAt, k)) continue;
            EntityType type = entities.get(e).type();
            String before = tokens.get(k - 1).lower();
            if (type == EntityType.PERSON && before.equals(",")) return e;
            if (type == EntityType.ORGANIZATION && PREPOSITIONS.contains(before) && tokens.get(k - 2).lower().startsWith("spokes")) return e;
            if (type == EntityType.PERSON && !PREPOSITIONS.contains(before) && !before.equals("the") && !PERSON_NOUNS.contains(before)) return e;
        }
        return FrameSubjects.UNNAMED;
    }
}
