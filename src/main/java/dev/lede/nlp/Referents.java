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
    private final Descriptions descriptions;
    private final UnnamedAntecedent unnamedAntecedent;
    private final InterviewTurn interview;

    Referents(String text, List<Token> tokens, List<Entity> entities, int[] entityAt, boolean[] quoted, Descriptions descriptions) {
        this.text = text;
        this.tokens = tokens;
        this.entities = entities;
        this.entityAt = entityAt;
        this.quoted = quoted;
        this.descriptions = descriptions;
        this.unnamedAntecedent = new UnnamedAntecedent(tokens, entities, entityAt, quoted, descriptions);
        this.interview = new InterviewTurn(text, tokens, entities, entityAt);
        this.gender = new Gender[entities.size()];
        Gender[] byPronoun = PronounGender.of(tokens, entities, entityAt, quoted);
        for (int e = 0; e < entities.size(); e++) {
            gender[e] = genderOf(entities.get(e), e, descriptions);
            if (gender[e] == Gender.UNKNOWN) gender[e] = byPronoun[e];
        }
    }

    /** How far back (characters) a description looks for the person it stands for. */
    private static final int DESCRIPTION_WINDOW = 800;

    /**
     * From the honorific ("Mrs Follett"), the nouns the text describes the person with ("9/11 widow Terry Strada"),
     * or the given name ("Hilary Swank"), in that order, when the text gives any.
     */
    private static Gender genderOf(Entity e, int index, Descriptions descriptions) {
        if (e.type() != EntityType.PERSON) return Gender.UNKNOWN;
        Lexicon lex = Lexicon.get();
        for (String alias : e.aliases()) {
            Gender titled = Gender.ofTitle(alias.split("\\s+")[0]);
            if (titled != Gender.UNKNOWN) return titled;
        }
        boolean female = descriptions.describedWithAny(index, SpeechWords.FEMALE_NOUNS);
        if (female != descriptions.describedWithAny(index, SpeechWords.MALE_NOUNS)) return female ? Gender.FEMALE : Gender.MALE;
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

    /** Descriptions ("the defender said") mean the article's main figure more often than the last one named. */
    int mostMentionedRecently(int k, EntityType wanted) {
        int best = -1;
        int window = tokens.get(k).start() - DESCRIPTION_WINDOW;
        for (int j = k - 1; j >= 0 && tokens.get(j).start() >= window; j--) {
            int e = entityAt[j];
            if (e < 0 || quoted[j] || entities.get(e).type() != wanted) continue;
            if (best < 0 || entities.get(e).mentions().size() > entities.get(best).mentions().size()) best = e;
        }
        if (best >= 0) return best;
        for (int j = k - 1; j >= 0; j--) {
            int e = entityAt[j];
            if (e >= 0 && !quoted[j] && entities.get(e).type() == wanted) return e;
        }
        return -1;
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
        int subject = subjectOfNarrationBefore(k);
        int named = subject < 0 ? -1 : entityAt[subject] >= 0 ? entityAt[subject] : describedPerson(subject);
        if (named >= 0 && gender[named] != wanted.opposite()) return named;
        // '"…," she said. She continued, "…"': the same pronoun carries on the same person.
        if (subject >= 0 && named < 0 && pronounGender(subject) == wanted) return personBefore(subject);
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
        int subject = subjectOfNarrationBefore(k);
        if (subject < 0) return -1;
        if (entityAt[subject] >= 0) return entities.get(entityAt[subject]).type() == EntityType.PERSON ? entityAt[subject] : -1;
        return pronounGender(subject) != Gender.UNKNOWN ? personBefore(subject) : describedPerson(subject);
    }

    /**
     * The subject (its token: a person's name, a pronoun or a described person's noun) of the last sentence of narration
     * before token k's sentence, if k's own sentence names nobody before it. A pronoun that follows refers to the previous
     * sentence's subject more often than to the person named last (centering: "Dan McLaughlin at the National Review
     * agreed with Matthews. “…,” he wrote."). Of its clauses, the last one that reports speech decides ("Duda said …,
     * while Brudziński wrote …"), else the main clause, the first with a subject that no conjunction opens ("She has
     * faced …, while the department was investigating Hillary Clinton"), else the last.
     */
    private int subjectOfNarrationBefore(int k) {
        int last = k - 1;
        while (last >= 0 && (quoted[last] || !tokens.get(last).isWord())) last--;
        if (last >= 0 && tokens.get(last).sentence() == tokens.get(k).sentence()) {
            // Inside one sentence ("Flynn said Trump was right when he said …") the pronoun follows its own clause; but
            // words before it that name nobody ("African-Americans, he said, can …") leave it to the sentence before.
            int opening = last;
            while (opening > 0 && tokens.get(opening - 1).sentence() == tokens.get(k).sentence()) opening--;
            if (namesSomebody(opening, k)) return -1;
            last = opening - 1;
            while (last >= 0 && (quoted[last] || !tokens.get(last).isWord())) last--;
        }
        if (last < 0) return -1;
        int sentence = tokens.get(last).sentence();
        int first = last;
        while (first > 0 && tokens.get(first - 1).sentence() == sentence) first--;
        int reporting = -1;
        int main = -1;
        int any = -1;
        for (int from = first; from <= last; ) {
            // "While Obama had …, that concerns Henry Crespo", "As Tory leader Michael Howard kicked off his campaign, the Lib
            // Dem leader Charles Kennedy dismissed": a clause put before the main one ends at its comma ("But" opens none).
            boolean fronted = from == first && SpeechWords.FRONTING_WORDS.contains(tokens.get(from).lower());
            int to = from + 1;
            while (to <= last && !opensClause(to) && !(fronted && tokens.get(to - 1).text().equals(","))) to++;
            int speech = firstSpeechVerb(from, to);
            int subject = speech >= 0 && frameAfterQuote(speech) ? subjectOfClause(speech + 1, to, false)
                    : subjectOfClause(from, speech >= 0 ? speech : to, speech >= 0);
            if (subject >= 0 && speech >= 0) reporting = subject;
            if (subject >= 0 && !fronted && main < 0) main = subject;
            if (subject >= 0) any = subject;
            from = to;
        }
        int subject = reporting >= 0 ? reporting : main >= 0 ? main : any;
        return subject >= 0 ? subject : describedSubject(first, last);
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
        int subject = subjectOfNarrationBefore(first);
        return subject >= 0 && entityAt[subject] < 0 && pronounGender(subject) == wanted ? subject : -1;
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
     * "The prime minister is trying to draw a line under … his relationship with Gordon Brown. He is saying": a sentence
     * that names no person as its subject but opens with a description of one the text introduced ("Prime Minister Tony
     * Blair") has that person as its subject; the description's head noun, else -1.
     */
    private int describedSubject(int first, int last) {
        if (!tokens.get(first).lower().equals("the")) return -1;
        for (int h = first + 1; h <= last && h <= first + 4; h++) {
            Token t = tokens.get(h);
            if (quoted[h] || !t.isWord() || entityAt[h] >= 0 || t.isCapitalized()) return -1;
            if (SpeechWords.PERSON_NOUNS.contains(t.lower())) return describedPerson(h) >= 0 ? h : -1;
        }
        return -1;
    }

    /** The person a description's head noun at token h stands for, as the text introduced them, else -1. */
    private int describedPerson(int h) {
        return SpeechWords.PERSON_NOUNS.contains(tokens.get(h).lower()) ? descriptions.describedAt(h, EntityType.PERSON) : -1;
    }

    /** A person, a pronoun or a description ("the minister") in the narration from token {@code from} up to {@code to}. */
    private boolean namesSomebody(int from, int to) {
        for (int j = from; j < to; j++) {
            if (quoted[j]) continue;
            int e = entityAt[j];
            if (e >= 0 && entities.get(e).type() == EntityType.PERSON) return true;
            String w = tokens.get(j).lower();
            if (SpeechWords.SUBJECT_PRONOUNS.contains(w) || SpeechWords.PERSON_NOUNS.contains(w)) return true;
        }
        return false;
    }

    /** '"…," admitted the 28-year-old Morientes': a speech verb right after a quote has its subject after it. */
    private boolean frameAfterQuote(int verb) {
        int j = verb - 1;
        while (j >= 0 && !quoted[j] && !tokens.get(j).isWord()) j--;
        return j >= 0 && quoted[j];
    }

    private boolean opensClause(int k) {
        String w = tokens.get(k).lower();
        if (w.equals(";") || SpeechWords.CLAUSE_CONJUNCTIONS.contains(w)) return true;
        return SpeechWords.CLAUSE_CONJUNCTIONS_AFTER_COMMA.contains(w) && tokens.get(k - 1).text().equals(",");
    }

    private int firstSpeechVerb(int from, int to) {
        for (int j = from; j < to; j++) {
            if (!quoted[j] && SpeechWords.isActiveSpeechVerb(tokens, j)) return j;
        }
        return -1;
    }

    /**
     * A clause's subject: a person it names, not as an owner ("Trump's wife") nor after a preposition ("agreed with
     * Matthews"); before a speech verb the one nearest it ("Clinton communication director Jennifer Palmieri said").
     */
    private int subjectOfClause(int from, int to, boolean nearestToVerb) {
        int found = -1;
            for (int j = from; j < to; j++) {
            // "Weitz, who directed About A Boy, said": a relative clause between commas names an object.
            if (j > from && SpeechWords.RELATIVE_PRONOUNS.contains(tokens.get(j).lower()) && tokens.get(j - 1).text().equals(",")) {
                while (j + 1 < to && !tokens.get(j + 1).text().equals(",")) j++;
                continue;
            }
            int e = entityAt[j];
            if (quoted[j]) continue;
            if (e < 0) {
                if (!SpeechWords.SUBJECT_PRONOUNS.contains(tokens.get(j).lower())) continue;
                if (!nearestToVerb) return j;
                // "Ban Ki-moon condemned what he called": the name, not a pronoun after it, is the subject.
                if (found < 0 || entityAt[found] < 0) found = j;
                continue;
            }
            int end = j;
            while (end + 1 < to && entityAt[end + 1] == e) end++;
            // "On The Steve Harvey Morning Show on Tuesday, Clinton criticized": "the" may stand between.
            int before = j > from && tokens.get(j - 1).lower().equals("the") ? j - 2 : j - 1;
            boolean afterPreposition = before >= from && SpeechWords.PREPOSITIONS.contains(tokens.get(before).lower());
            if (entities.get(e).type() == EntityType.PERSON && !isPossessive(end + 1) && !afterPreposition) {
                if (!nearestToVerb) return j;
                found = j;
            }
            j = end;
        }
        return found;
    }

    private Gender pronounGender(int k) {
        String w = tokens.get(k).lower();
        if (!SpeechWords.SUBJECT_PRONOUNS.contains(w)) return Gender.UNKNOWN;
        return FEMININE.contains(w) ? Gender.FEMALE : Gender.MALE;
    }

    /** The mention that token j is part of is an owner: "Ivanka Trump's statement". */
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
        if (opening < k && pronounGender(opening) == wanted) return personBefore(opening);
        for (int j = k - 1; j >= 0 && tokens.get(j).sentence() == sentence; j--) {
            int e = entityAt[j];
            if (e < 0 || quoted[j] || entities.get(e).type() != EntityType.PERSON || gender[e] == wanted.opposite()) continue;
            int first = j;
            while (first > 0 && entityAt[first - 1] == e) first--;
            boolean afterPreposition = first > 0 && SpeechWords.PREPOSITIONS.contains(tokens.get(first - 1).lower());
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
