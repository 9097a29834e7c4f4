package dev.lede.nlp;

import static dev.lede.nlp.SpeechWords.*;

import java.util.List;

/**
 * The subjects of a speech verb that name nobody the sieve may name ("a spokesman said", "they said", "the letter
 * reads", "a letter that says"), and names that only own the subject ("Scott's family said"): the speaker resolver
 * asks these before it looks for a name, so such a quote is left blank rather than given the nearest name.
 */
final class UnnamedSubjects {

    private final List<Token> tokens;
    private final List<Entity> entities;
    private final int[] entityAt;
    private final boolean[] quoted;
    private final Referents referents;

    /** {@code entityAt} and {@code quoted} are the resolver's own arrays, read as they stand at each call. */
    UnnamedSubjects(List<Token> tokens, List<Entity> entities, int[] entityAt, boolean[] quoted, Referents referents) {
        this.tokens = tokens;
        this.entities = entities;
        this.entityAt = entityAt;
        this.quoted = quoted;
        this.referents = referents;
    }

    /** Token k belongs to a name that owns the noun after it ("Scott's family"), before the verb. */
    boolean isOwner(int k, int verb) {
        int last = k;
        while (last + 1 < verb && entityAt[last + 1] == entityAt[k]) last++;
        return referents.isPossessive(last + 1) && last + 2 < verb && tokens.get(last + 2).isWord();
    }

    /** "also", "has", "repeatedly": words between a subject and its verb ("the family" is no adverb). */
    private boolean isVerbPrelude(int k) {
        String w = tokens.get(k).lower();
        if (VERB_PRELUDE.contains(w)) return true;
        return w.endsWith("ly") && k > 0 && !DETERMINERS.contains(tokens.get(k - 1).lower()) && !referents.isPossessive(k - 1);
    }

    /**
     * "The Trump campaign accused Biden", "the Blair government said": a name between "the" and a noun such as
     * "campaign" or "administration" (`surname-modified-nouns.txt`) only says whose body speaks, and the text names
     * that body not.
     */
    boolean modifiesNoun(int k) {
        int first = k;
        int last = k;
        while (first > 0 && entityAt[first - 1] == entityAt[k]) first--;
        while (last + 1 < tokens.size() && entityAt[last + 1] == entityAt[k]) last++;
        return first > 0 && tokens.get(first - 1).lower().equals("the") && last + 1 < tokens.size() && !quoted[last + 1]
                && Lexicon.get().surnameModifiedNouns.contains(tokens.get(last + 1).lower());
    }

    /**
     * "Labour strategists told", "the Liberal Democrat leader said", "the Commons science and technology committee
     * added": a body's name (token k is its mention's last) before lower-case words that end right before the verb in
     * a noun for a person (`person-nouns.txt`, `member-nouns.txt`, plurals in -s too) or for a body inside it
     * (`sub-body-nouns.txt`) only says whose people or part speak; the body itself does not. "the World Bank report
     * said", "the China Daily newspaper said" keep their name: a document or the body's own kind speaks for it, and so
     * does "the FA spokesman": a spokesperson only speaks for the body. "Michael Lamberty, a Lufthansa official told"
     * describes the person before it, who speaks.
     */
    boolean bodyModifiesSpeaker(int k, int verb) {
        if (k + 1 >= tokens.size() || entityAt[k + 1] == entityAt[k] || describesPersonBefore(k)) return false;
        int head = verb - 1;
        while (head > k && isVerbPrelude(head)) head--;
        if (head <= k) return false;
        for (int j = k + 1; j <= head; j++) {
            Token t = tokens.get(j);
            if (!t.isWord() || quoted[j] || entityAt[j] >= 0 || t.isCapitalized()) return false;
        }
        return namesSpeakerInside(tokens.get(head).lower());
    }

    /** The mention ending at token k, after "a" or "the", follows a person's name and a comma: an apposition. */
    private boolean describesPersonBefore(int k) {
        int first = k;
        while (first > 0 && entityAt[first - 1] == entityAt[k]) first--;
        if (first > 0 && DETERMINERS.contains(tokens.get(first - 1).lower())) first--;
        if (first < 2 || !tokens.get(first - 1).text().equals(",")) return false;
        int before = entityAt[first - 2];
        return before >= 0 && !quoted[first - 2] && entities.get(before).type() == EntityType.PERSON;
    }

    private static boolean namesSpeakerInside(String noun) {
        if (noun.startsWith("spokes")) return false;
        Lexicon lex = Lexicon.get();
        if (isPersonNoun(noun) || lex.subBodyNouns.contains(noun)) return true;
        // "strategists", "bosses"
        return noun.endsWith("s") && isPersonNoun(noun.substring(0, noun.length() - 1))
                || noun.endsWith("es") && isPersonNoun(noun.substring(0, noun.length() - 2));
    }

    private static boolean isPersonNoun(String noun) {
        return PERSON_NOUNS.contains(noun) || Lexicon.get().memberNouns.contains(noun);
    }

    /**
     * "At a forum, one questioner claimed", "…, and a second critic added": an indefinite determiner opening a
     * clause (after its start, a comma or "and"/"but") and up to two lower-case words right before the verb make
     * its subject somebody the text does not name; -1 if not. "issued a statement calling" is an object.
     */
    int indefiniteRightBefore(int from, int verb) {
        int k = verb - 1;
        while (k >= from && isVerbPrelude(k)) k--;
        for (int words = 0; k >= from && words < 3; k--, words++) {
            Token t = tokens.get(k);
            if (!t.isWord() || entityAt[k] >= 0 || quoted[k] || (t.isCapitalized() && !t.sentenceInitial())) return -1;
            if (words > 0 && INDEFINITE.contains(t.lower())) return opensClause(k, from) ? k : -1;
            if (Lexicon.get().functionWords.contains(t.lower())) return -1; // "one of the states", "two weeks ago"
        }
        return -1;
    }

    private boolean opensClause(int k, int from) {
        if (k == from || tokens.get(k).sentenceInitial()) return true;
        String before = tokens.get(k - 1).lower();
        return before.equals(",") || before.equals("and") || before.equals("but");
    }

    /**
     * "a letter from his doctor that says", "rules which state": a relative pronoun right before the verb
     * whose antecedent is a plain noun, not a name, a person or a group: a document speaks, not a person.
     */
    boolean thingRelativeRightBefore(int from, int verb) {
        int k = verb - 1;
        while (k >= from && isVerbPrelude(k)) k--;
        if (k - 1 < from || !(tokens.get(k).lower().equals("that") || tokens.get(k).lower().equals("which"))) return false;
        Token noun = tokens.get(k - 1);
        String w = noun.lower();
        if (!noun.isWord() || entityAt[k - 1] >= 0 || quoted[k - 1] || noun.isCapitalized()) return false;
        return !Lexicon.get().functionWords.contains(w) && !PERSON_NOUNS.contains(w) && !GROUP_NOUNS.contains(w);
    }

    /**
     * "they said", "we wrote", "Mexicans often say": a group the sieve cannot name; "you wrote" (an interviewer's
     * question): the person addressed, whom the clause does not name either.
     */
    boolean unnamedPronounRightBefore(int from, int verb) {
        int k = verb - 1;
        while (k >= from && isVerbPrelude(k)) k--;
        if (k < from) return false;
        String w = tokens.get(k).lower();
        return PLURAL_PRONOUNS.contains(w) || ADDRESSEE_PRONOUNS.contains(w) || entityAt[k] < 0 && Lexicon.get().peoples.contains(w);
    }

    /**
     * "his daughter reported", "its source said", "her lawyer said": a person's or body's relative, officer or helper,
     * a word for a person right after a possessive determiner right before the verb, speaks unnamed, not the owner:
     * that word's token, else -1 (the caller keeps a name the text introduced it with: "Mr Nogar's son Stephen").
     */
    int ownedPersonRightBefore(int from, int verb) {
        int k = verb - 1;
        while (k >= from && isVerbPrelude(k)) k--;
        if (k - 1 < from || entityAt[k] >= 0) return -1;
        String w = tokens.get(k).lower();
        boolean person = PERSON_NOUNS.contains(w) || MALE_NOUNS.contains(w) || FEMALE_NOUNS.contains(w);
        return person && Lexicon.get().possessiveDeterminers.contains(tokens.get(k - 1).lower()) ? k : -1;
    }

    /**
     * "the letter reads", "protesters chanted": a plain noun, not a name or a known role, right before the
     * verb, and no name or pronoun in the clause (after a comma, in the noun's own clause: "…, economists said" whatever
     * the reported words before it name).
     */
    boolean commonNounRightBefore(int from, int verb) {
        for (int j = tailAfterComma(from, verb); j < verb; j++) {
            if ((entityAt[j] >= 0 && !isOwner(j, verb)) || SUBJECT_PRONOUNS.contains(tokens.get(j).lower())) return false;
        }
        int k = verb - 1;
        while (k >= from && isVerbPrelude(k)) k--;
        if (k < from) return false;
        Token t = tokens.get(k);
        String w = t.lower();
        if (!t.isWord() || entityAt[k] >= 0 || (t.isCapitalized() && !t.sentenceInitial())) return false;
        if (Lexicon.get().functionWords.contains(w) || PERSON_NOUNS.contains(w) || GROUP_NOUNS.contains(w)) return false;
        return Character.isLetter(w.charAt(0)) && !w.equals("who") && !w.equals("which");
    }

    /**
     * ", economists said", ", which critics claimed": the first token of a clause after a comma that holds only the
     * noun right before the verb (after at most one determiner or "which"), else {@code from}.
     */
    private int tailAfterComma(int from, int verb) {
        int k = verb - 1;
        while (k >= from && isVerbPrelude(k)) k--;
        int opening = k - 1;
        if (opening > from && (DETERMINERS.contains(tokens.get(opening).lower()) || tokens.get(opening).lower().equals("which"))) opening--;
        return opening >= from && tokens.get(opening).text().equals(",") ? opening + 1 : from;
    }
}
