package dev.lede.nlp;

import static dev.lede.nlp.SpeechWords.FEMININE;

import java.util.List;

/**
 * Who a pronoun or a description stands for: people by gender and recency, a description by the person
 * it introduces or the one most talked about nearby. Shares the speaker resolver's mention index.
 */
final class Referents {

    private final String text;
    private final List<Token> tokens;
    private final List<Entity> entities;
    private final int[] entityAt;
    private final boolean[] quoted;
    private final Gender[] gender;
    private final UnnamedAntecedent unnamedAntecedent;
    private final NarrationSubject narration;
    private final InterviewTurn interview;

    Referents(String text, List<Token> tokens, List<Entity> entities, int[] entityAt, boolean[] quoted, Descriptions descriptions,
              InterviewTurn interview) {
        this.text = text;
        this.tokens = tokens;
        this.entities = entities;
        this.entityAt = entityAt;
        this.quoted = quoted;
        this.unnamedAntecedent = new UnnamedAntecedent(tokens, entities, entityAt, quoted, descriptions);
        this.narration = new NarrationSubject(tokens, entities, entityAt, quoted, descriptions);
        this.interview = interview;
        this.gender = new Gender[entities.size()];
        Gender[] byPronoun = PronounGender.of(tokens, entities, entityAt, quoted);
        for (int e = 0; e < entities.size(); e++) {
            gender[e] = genderOf(entities.get(e), e, descriptions, text);
            if (gender[e] == Gender.UNKNOWN) gender[e] = byPronoun[e];
        }
    }

    /** How far back (characters) a description looks for the person it stands for. */
    private static final int DESCRIPTION_WINDOW = 800;

    /**
     * From the honorific ("Mrs Follett"), the nouns the text describes the person with ("9/11 widow Terry Strada"),
     * or the given name ("Hilary Swank", not a lone surname: {@link LoneSurname}), in that order, when the text gives any.
     */
    private static Gender genderOf(Entity e, int index, Descriptions descriptions, String text) {
        if (e.type() != EntityType.PERSON) return Gender.UNKNOWN;
        Lexicon lex = Lexicon.get();
        for (String alias : e.aliases()) {
            Gender titled = Gender.ofTitle(alias.split("\\s+")[0]);
            if (titled != Gender.UNKNOWN) return titled;
        }
        boolean female = descriptions.describedWithAny(index, SpeechWords.FEMALE_NOUNS);
        if (female != descriptions.describedWithAny(index, SpeechWords.MALE_NOUNS)) return female ? Gender.FEMALE : Gender.MALE;
        if (LoneSurname.is(e.name(), text, lex)) return Gender.UNKNOWN;
        // "Crooked Hillary Clinton": the first word that is a given name decides; the last word of a longer name is the
        // surname, which says nothing ("Rakeyia Scott" is no man for "Scott").
        String[] words = e.name().split("\\s+");
        for (int w = 0; w < Math.max(1, words.length - 1); w++) {
            Gender given = Gender.ofGivenName(words[w], lex);
            if (given != Gender.UNKNOWN) return given;
        }
        return Gender.UNKNOWN;
    }

    /** The mention at token k (its last token) starts its sentence: "Ghebreyesus expressed…". */
    private boolean opensSentence(int k) {
        int first = k;
        while (first > 0 && entityAt[first - 1] == entityAt[k]) first--;
        return tokens.get(first).sentenceInitial();
    }

    private boolean opensParagraph(int k) {
        int i = tokens.get(k).start() - 1;
        while (i >= 0 && text.charAt(i) == ' ') i--;
        return i < 0 || text.charAt(i) == '\n';
    }

    /** Roughly a headline, a subhead, a caption and a first paragraph. */
    private static final int LEDE_LENGTH = 600;

    /**
     * News opens with a description ("A top Iranian general denied …") of the person the story is about,
     * named in the headline or the next paragraph: the most-mentioned person named up to a paragraph later.
     */
    int ledeSubject(int k) {
        if (tokens.get(k).start() > LEDE_LENGTH || !opensParagraph(k)) return -1;
        int best = -1;
        int limit = tokens.get(k).start() + LEDE_LENGTH;
        for (int j = 0; j < tokens.size() && tokens.get(j).start() < limit; j++) {
            int e = entityAt[j];
            if (e < 0 || j == k || entities.get(e).type() != EntityType.PERSON) continue;
            if (best < 0 || entities.get(e).mentions().size() > entities.get(best).mentions().size()) best = e;
        }
        return best;
    }

    /**
     * Descriptions ("the defender said") mean the article's main figure more often than the last one named; people of
     * the other gender than the one told are passed over.
     */
    int mostMentionedRecently(int k, EntityType wanted, Gender told) {
        int best = -1;
        int window = tokens.get(k).start() - DESCRIPTION_WINDOW;
        for (int j = k - 1; j >= 0 && tokens.get(j).start() >= window; j--) {
            int e = entityAt[j];
            if (e < 0 || quoted[j] || entities.get(e).type() != wanted || isOfTheOtherGender(e, told)) continue;
            if (best < 0 || entities.get(e).mentions().size() > entities.get(best).mentions().size()) best = e;
        }
        if (best >= 0) return best;
        for (int j = k - 1; j >= 0; j--) {
            int e = entityAt[j];
            if (e >= 0 && !quoted[j] && entities.get(e).type() == wanted && !isOfTheOtherGender(e, told)) return e;
        }
        return -1;
    }

    /** Whether entity e is known to be of the other gender than the one told (never when none is told). */
    boolean isOfTheOtherGender(int e, Gender told) {
        return told != Gender.UNKNOWN && gender[e] == told.opposite();
    }

    /**
     * A pronoun's person: the latest person known to be of its gender, or of unknown gender opening a
     * sentence (its subject), named in the last paragraphs other than as an owner (a name of unknown gender
     * inside a sentence, often an object, is less likely to be meant); else the latest of
     * unknown gender so named ("He notes … Trump's microphone … Clinton's. He says"), else the latest at all;
     * {@link FrameSubjects#UNNAMED} after a sentence whose subject is an unnamed spokesman ({@link UnnamedAntecedent}).
     */
    int personBefore(int k) {
        int e = antecedent(k);
        // "((Akram Pasha)) … the loanee … he would say": who answers is "I" in the answer, so "he" or "she" is somebody else.
        return e >= 0 && e == interview.answererAt(tokens.get(k).start()) ? FrameSubjects.UNNAMED : e;
    }

    private int antecedent(int k) {
        int unnamed = unnamedAntecedent.of(k);
        if (unnamed != -1) return unnamed;
        Gender wanted = FEMININE.contains(tokens.get(k).lower()) ? Gender.FEMALE : Gender.MALE;
        int subject = narration.before(k);
        int named = subject < 0 ? -1 : entityAt[subject] >= 0 ? entityAt[subject] : narration.describedPerson(subject);
        if (named >= 0 && gender[named] != wanted.opposite()) return named;
        // '"…," she said. She continued, "…"': the same pronoun carries on the same person.
        if (subject >= 0 && named < 0 && narration.pronounGender(subject) == wanted) return personBefore(subject);
        // "She says … accusing Alicia Machado …. The candidate's response came in tweets. She tweeted": across one
        // sentence with no person as its subject, the same pronoun still carries on.
        int skipped = subject < 0 ? sameSubjectPronounAcrossOneSentence(k, wanted) : -1;
        if (skipped >= 0) return personBefore(skipped);
        int inSentence = personEarlierInSentence(k, wanted);
        if (inSentence >= 0) return inSentence;
        int window = tokens.get(k).start() - DESCRIPTION_WINDOW;
        for (int j = k - 1; j >= 0 && tokens.get(j).start() >= window; j--) {
            int e = entityAt[j];
            if (e < 0 || quoted[j] || SpeechWords.isOwnerMention(tokens, entityAt, j) || entities.get(e).type() != EntityType.PERSON) continue;
            if (gender[e] == wanted || (gender[e] == Gender.UNKNOWN && opensSentence(j))) return e;
        }
        return personNotOfTheOtherGenderBefore(k, wanted);
    }

    /**
     * "Hillary Clinton spoke out Tuesday …. On Tuesday's show, the former secretary of state said": the person who is the
     * subject of the sentence before token k's (named, described or a pronoun's), when k's own sentence names nobody
     * before it; else -1.
     */
    int subjectPersonBefore(int k) {
        int subject = narration.before(k);
        if (subject < 0) return -1;
        if (entityAt[subject] >= 0) return entities.get(entityAt[subject]).type() == EntityType.PERSON ? entityAt[subject] : -1;
        return narration.pronounGender(subject) != Gender.UNKNOWN ? personBefore(subject) : narration.describedPerson(subject);
    }

    /**
     * The pronoun of the wanted gender that is the subject of the sentence before the one before token k's, when that one
     * names nobody who may be meant (a person not of the other gender, "a spokesman"); else -1.
     */
    private int sameSubjectPronounAcrossOneSentence(int k, Gender wanted) {
        int last = k - 1;
        while (last >= 0 && (quoted[last] || !tokens.get(last).isWord())) last--;
        if (last < 0 || tokens.get(last).sentence() == tokens.get(k).sentence()) return -1;
        int first = last;
        while (first > 0 && tokens.get(first - 1).sentence() == tokens.get(last).sentence()) first--;
        // "But for Allen Weiner, …, the future of search is …. "…," he said", "A spokesman for Apacs said …. "…," he said":
        // a man named there, or one brought in by "a", is meant.
        for (int j = first; j <= last; j++) {
            if (quoted[j]) continue;
            int e = entityAt[j];
            if (e >= 0 && entities.get(e).type() == EntityType.PERSON && gender[e] != wanted.opposite()) return -1;
            if (SpeechWords.PERSON_NOUNS.contains(tokens.get(j).lower()) && introducedIndefinitely(j, first)) return -1;
        }
        int subject = narration.before(first);
        return subject >= 0 && entityAt[subject] < 0 && narration.pronounGender(subject) == wanted ? subject : -1;
    }

    /** "a spokesman", "one senior aide": the person noun at token j follows "a", "an" or "one" and lower-case words only. */
    private boolean introducedIndefinitely(int j, int from) {
        for (int d = j - 1; d >= from && d >= j - 3; d--) {
            Token t = tokens.get(d);
            if (SpeechWords.INDEFINITE.contains(t.lower())) return true;
            if (!t.isWord() || t.isCapitalized() || entityAt[d] >= 0) return false;
        }
        return false;
    }

    /**
     * "Secretary General Ban Ki-moon condemned what he called": a person named earlier in the pronoun's own sentence,
     * not as an owner nor after a preposition, and not of the other gender, is the nearest such one; but a sentence
     * that opens with the same pronoun is about that pronoun's person.
     */
    private int personEarlierInSentence(int k, Gender wanted) {
        int sentence = tokens.get(k).sentence();
        int opening = k;
        while (opening > 0 && tokens.get(opening - 1).sentence() == sentence) opening--;
        while (opening < k && (quoted[opening] || !tokens.get(opening).isWord())) opening++;
        // "He hoped Jay-Z would "…", he added": a sentence opened by the same pronoun goes on about its person.
        if (opening < k && narration.pronounGender(opening) == wanted) return personBefore(opening);
        for (int j = k - 1; j >= 0 && tokens.get(j).sentence() == sentence; j--) {
            int e = entityAt[j];
            if (e < 0 || quoted[j] || entities.get(e).type() != EntityType.PERSON || gender[e] == wanted.opposite()) continue;
            int first = j;
            while (first > 0 && entityAt[first - 1] == e) first--;
            boolean afterPreposition = PrepositionObject.is(tokens, entities, entityAt, first, 0);
            if (!SpeechWords.isOwnerMention(tokens, entityAt, j) && !afterPreposition) return e;
            j = first;
        }
        return -1;
    }

    /** How often a person named only before the window must be named to be the one a pronoun far from any name goes on about. */
    private static final int MAIN_FIGURE_MENTIONS = 3;

    /**
     * The latest person not of the other gender named in the window before token k, not as an owner if one is; before the
     * window only one named at least {@link #MAIN_FIGURE_MENTIONS} times, whom the article is about ('Federer …. "You guys
     * are funny," he said'): a pronoun far from the only other name is more often somebody unnamed ('A spokesman for the
     * BPI said …. "…," he said', long after "Hot Digital Sales" was named once) or a name the name finder missed. Else -1.
     */
    private int personNotOfTheOtherGenderBefore(int k, Gender wanted) {
        int latest = -1;
        int window = tokens.get(k).start() - DESCRIPTION_WINDOW;
        for (int j = k - 1; j >= 0; j--) {
            int e = entityAt[j];
            if (e < 0 || quoted[j] || entities.get(e).type() != EntityType.PERSON || gender[e] == wanted.opposite()) continue;
            if (tokens.get(j).start() < window) {
                if (latest < 0 && entities.get(e).mentions().size() >= MAIN_FIGURE_MENTIONS) latest = e;
                break;
            }
            if (latest < 0) latest = e;
            if (!isPossessive(j + 1)) return e;
        }
        return latest;
    }

    int firstPersonAfter(int k) {
        for (int j = k + 1; j < tokens.size(); j++) {
            int e = entityAt[j];
            if (e >= 0 && !quoted[j] && entities.get(e).type() == EntityType.PERSON) return e;
        }
        return -1;
    }

    boolean isPossessive(int k) {
        return k < tokens.size() && SpeechWords.isPossessiveMark(tokens.get(k).lower());
    }
}
