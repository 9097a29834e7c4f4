package dev.lede.nlp;

import static dev.lede.nlp.SpeechWords.*;

import java.util.List;

/**
 * Who is the subject of a speech verb that frames a quote: the person (else organization) named before it ("Jane Doe,
 * the mayor, said") or after it ("said Mr French"), a pronoun or a description resolved to whom it stands for ("he
 * said", "the Indiana governor said"), or {@link #UNNAMED}, somebody the text does not name ("a spokesman said").
 */
final class FrameSubjects {

    /** A frame whose subject is a common noun that names nobody ("a spokesman said"). */
    static final int UNNAMED = -2;

    private final List<Token> tokens;
    private final List<Entity> entities;
    private final int[] entityAt;
    private final boolean[] quoted;
    private final Referents referents;
    private final UnnamedSubjects subjects;
    private final Appositions appositions;
    private final DocumentAuthors documents;
    private final BodyPronoun bodyPronoun;
    private final DescribedSubjects describedSubjects;
    private final BodyHeadNoun bodyHeadNoun;
    private final SubjectAfterVerb after;
    private final IntroducedRole introducedRole;
    private final InterviewTurn interview;

    FrameSubjects(List<Token> tokens, List<Entity> entities, int[] entityAt, boolean[] quoted, Referents referents,
                  UnnamedSubjects subjects, Descriptions descriptions, Appositions appositions, InterviewTurn interview) {
        this.tokens = tokens;
        this.entities = entities;
        this.entityAt = entityAt;
        this.quoted = quoted;
        this.referents = referents;
        this.subjects = subjects;
        this.appositions = appositions;
        this.documents = new DocumentAuthors(tokens, entities, entityAt, quoted, referents);
        this.bodyPronoun = new BodyPronoun(tokens, entities, entityAt, quoted);
        this.bodyHeadNoun = new BodyHeadNoun(tokens, entities, entityAt, quoted, bodyPronoun);
        this.describedSubjects = new DescribedSubjects(tokens, entities, entityAt, quoted, referents, descriptions, appositions);
        this.introducedRole = new IntroducedRole(tokens, entityAt, quoted, descriptions);
        this.interview = interview;
        this.after = new SubjectAfterVerb(tokens, entities, entityAt, referents, subjects, appositions, documents, describedSubjects);
    }

    private boolean isSpeechVerb(int k) {
        return SpeechWords.framesAt(tokens, entities, entityAt, k);
    }

    /**
     * The nearest person (else organization) named before the verb, skipping appositions; pronouns and
     * descriptions resolved; {@link #UNNAMED} when the subject is somebody the text does not name.
     */
    int subjectBefore(int from, int verb, boolean placeMaySpeak) {
        int start = from;
        while (start < verb && !tokens.get(start).isWord()) start++;
        int adjacent = personRightBefore(start, verb);
        if (adjacent < 0) adjacent = bodyPronoun.rightBefore(start, verb);
        if (adjacent < 0) adjacent = RelativeSubject.antecedentRightBefore(tokens, entities, entityAt, quoted, start, verb);
        if (adjacent < 0) adjacent = SubjectBeforeAside.subject(tokens, entities, entityAt, quoted, start, verb);
        if (adjacent >= 0) return adjacent;
        // "A few days ago in an interview he blasted": a pronoun right before the verb is its subject, not the phrase
        // opening the clause.
        int nearest = beforePrelude(tokens, start, verb);
        boolean pronounRightBefore = nearest >= start && SUBJECT_PRONOUNS.contains(tokens.get(nearest).lower());
        if (start < verb && INDEFINITE.contains(tokens.get(start).lower()) && !pronounRightBefore) return after.indefinite(start, verb);
        int determiner = subjects.indefiniteRightBefore(from, verb);
        if (determiner >= 0) return after.indefinite(determiner, verb);
        int owner = documents.ownerRightBefore(from, verb);
        if (owner != -1) return owner;
        // "the company says the article continues to …": a document inside a reported clause is not the frame's subject.
        int document = beforePrelude(tokens, from, verb);
        int author = speechVerbBetween(start, document) ? -1 : documents.authorOf(document, from);
        if (author >= 0) return author;
        int body = bodyHeadNoun.bodyNamedBy(document, from);
        if (body >= 0) return body;
        int role = introducedRole.rightBefore(from, verb);
        if (role < 0) role = interview.addresseeRightBefore(from, verb);
        if (role >= 0) return role;
        if (subjects.commonNounRightBefore(from, verb) || subjects.unnamedPronounRightBefore(from, verb) || subjects.thingRelativeRightBefore(from, verb)) return UNNAMED;
        if (describedSubjects.isUnintroduced(subjects.ownedPersonRightBefore(from, verb))) return UNNAMED;
        if (participleAfterComma(verb)) {
            int main = mainClauseSubject(start, verb);
            if (main != -1) return main;
        }
        int coordinated = coordinatedSubject(verb);
        if (coordinated != -1) return coordinated;
        int organization = -1;
        int placeNamed = -1;
        int description = -1;
        int object = -1;
        int depth = 0;
        for (int k = verb - 1; k >= from; k--) {
            String w = tokens.get(k).lower();
            if (w.equals(",")) depth++;
            int e = entityAt[k];
            if (e >= 0 && subjects.isOwner(k, verb)) continue; // "Scott's family said": the family speaks
            // "The Trump campaign accused": the campaign speaks; "Minyon Moore, an adviser to the Clinton campaign, called"
            // is Moore's.
            if (e >= 0 && entities.get(e).type() == EntityType.PERSON && subjects.modifiesNoun(k)) {
                if (depth == 0) return UNNAMED;
                continue;
            }
            // "Labour strategists told", "the Commons education select committee called": the body's people or part.
            if (e >= 0 && entities.get(e).type() == EntityType.ORGANIZATION && subjects.bodyModifiesSpeaker(k, verb)) return UNNAMED;
            if (e >= 0) {
                EntityType type = entities.get(e).type();
                int head = depth == 1 ? appositions.head(from, k, verb) : -1;
                if (head >= 0) return head;
                if (type == EntityType.PERSON && objectOfPreposition(k, from, verb)) {
                    // "Blige sings to Clinton before asking her, '…'": the person sung to is not the one asking.
                    if (object < 0) object = e;
                    continue;
                }
                // "Tait … received praise from Robinson, even if the coach admitted": past an object, a description
                // nearer the verb speaks when the text introduced someone with it.
                int introduced = type == EntityType.PERSON && object >= 0 && description >= 0 ? describedSubjects.introducedAs(description) : -1;
                if (introduced >= 0) return introduced;
                if (type == EntityType.PERSON) return e;
                // "At a press conference in Chelsea, the mayor also said": a body named as a place does not speak.
                if (type == EntityType.ORGANIZATION && organization < 0 && !namedAsPlace(k, from)) organization = e;
                else if (type == EntityType.ORGANIZATION && placeNamed < 0) placeNamed = e;
                continue;
            }
            if (SUBJECT_PRONOUNS.contains(w) && organization < 0) {
                return referents.personBefore(k);
            }
            if (description < 0 && DescribedSubjects.isDescription(w) && describedSubjects.determinedNoun(k, from)) description = k;
        }
        if (organization >= 0) return organization;
        // "Tomasz Kubiak, a fire service spokesman, told …": a name of no known type opening the clause speaks.
        if (start < verb && entityAt[start] >= 0 && entities.get(entityAt[start]).type() == EntityType.OTHER) return entityAt[start];
        int place = placeMaySpeak ? placeSubject(start, verb) : -1;
        if (place >= 0) return place;
        // "Ioannidis also said …. The lawyer added": a verb that goes on is about the person the text was just about.
        if (description >= 0) {
            return describedSubjects.resolve(description, CONTINUING_VERBS.contains(tokens.get(verb).lower()), PronounAfterVerb.of(tokens, quoted, verb));
        }
        return placeNamed >= 0 ? placeNamed : object;
    }

    /** The mention ending at token k follows a word that names a place after it ("in", "at", "outside"). */
    private boolean namedAsPlace(int k, int from) {
        int first = mentionStart(k, from);
        if (first > from && tokens.get(first - 1).lower().equals("the")) first--;
        return first > from && Lexicon.get().placePrepositions.contains(tokens.get(first - 1).lower());
    }

    /**
     * "Russia insisted that", "China, Pyongyang's only ally, said": a country or city speaks through its government
     * when it stands right before the verb (only words like "also" between), or opens the clause with an apposition
     * closed by a comma before the verb; not after a preposition ("reports from Iraq said").
     */
    private int placeSubject(int start, int verb) {
        // "in all 50 U.S. states": a place word after a place is part of it, not a verb.
        if (Lexicon.get().locationWords.contains(tokens.get(verb).lower())) return -1;
        int k = beforePrelude(tokens, start, verb);
        if (k >= start && tokens.get(k).text().equals(",")) {
            int end = start;
            while (end + 1 < verb && entityAt[start] >= 0 && entityAt[end + 1] == entityAt[start]) end++;
            k = end + 1 < verb && tokens.get(end + 1).text().equals(",") ? end : -1;
        }
        if (k < start || entityAt[k] < 0 || quoted[k] || entities.get(entityAt[k]).type() != EntityType.LOCATION) return -1;
        return prepositionBefore(mentionStart(k, start), start).isEmpty() ? entityAt[k] : -1;
    }

    /**
     * "Other leaders used blunt language to denounce what Prime Minister Malcolm Turnbull called": a person named right
     * before the verb (only words like "also" between), not after a preposition ("a spokesman for Tom Price said") nor
     * after another speech verb, is its subject whatever opens the clause.
     */
    private int personRightBefore(int start, int verb) {
        int k = beforePrelude(tokens, start, verb);
        if (k < start || entityAt[k] < 0 || quoted[k] || entities.get(entityAt[k]).type() != EntityType.PERSON) return -1;
        int first = mentionStart(k, start);
        if (!prepositionBefore(first, start).isEmpty()) return -1;
        // "A spokeswoman said Lord Falconer agreed": inside a reported clause the name is not the frame's subject.
        for (int j = start; j < first; j++) if (isSpeechVerb(j)) return -1;
        return entityAt[k];
    }

    /** ", saying", ", adding": a participle after a comma reports the words of the main clause's subject. */
    private boolean participleAfterComma(int verb) {
        return verb > 0 && tokens.get(verb).lower().endsWith("ing") && tokens.get(verb - 1).text().equals(",");
    }

    /**
     * "Clinton stressed … sponsored by NBC News and said": a speech verb right after "and" has the subject opening its
     * clause (a person, body or pronoun, after a phrase put before it); -1 when the clause opens otherwise ("Police
     * arrested Smith and said" is not Smith's), so that names nearer the verb are not taken for its subject.
     */
    private int coordinatedSubject(int verb) {
        int and = beforePrelude(tokens, 0, verb);
        if (and < 0 || !tokens.get(and).lower().equals("and") || participleAfterComma(verb)) return -1;
        // The clause it joins: back to its sentence start, a semicolon or a conjunction ("…, but his lawyer … told the
        // BBC it was laughable and added").
        int sentence = tokens.get(and).sentence();
        int k = and;
        while (k > 0 && tokens.get(k - 1).sentence() == sentence && !opensClause(k - 1)) k--;
        if (and - k > COORDINATED_REACH) return -1;
        while (k < and && (quoted[k] || !tokens.get(k).isWord())) k++;
        // "When Carson died, Bush …", "On Tuesday, Bush …": what is put before the subject ends at its comma.
        k = pastFrontedPhrase(tokens, k, and);
        if (k >= and || quoted[k]) return -1;
        if (SUBJECT_PRONOUNS.contains(tokens.get(k).lower())) return referents.personBefore(k);
        // "Mr Blair", "Senate Leader Harry Reid": titles before the name are not part of its mention.
        Lexicon lex = Lexicon.get();
        while (k + 1 < and && entityAt[k] < 0 && tokens.get(k).isCapitalized() && isTitle(lex, tokens.get(k).bare())) k++;
        int e = entityAt[k];
        if (e < 0 || subjects.isOwner(k, and)) return -1;
        EntityType type = entities.get(e).type();
        if (type == EntityType.ORGANIZATION) {
            int officer = officerAfter(k, and, lex);
            if (officer >= 0) return officer;
        }
        return type.canSpeak() ? e : -1;
    }

    private boolean speechVerbBetween(int from, int to) {
        for (int j = from; j < to; j++) if (!quoted[j] && isSpeechVerb(j)) return true;
        return false;
    }

    /** Tokens from a clause's start to its "and" within which its subject is still taken to open it. */
    private static final int COORDINATED_REACH = 40;

    private boolean opensClause(int k) {
        String w = tokens.get(k).lower();
        return !quoted[k] && (w.equals(";") || CLAUSE_CONJUNCTIONS.contains(w));
    }

    /** "Oxfam senior policy adviser Max Lawson", "Tory chairman Liam Fox": the person the body's name only places. */
    private int officerAfter(int k, int to, Lexicon lex) {
        int j = k;
        while (j + 1 < to && entityAt[j + 1] == entityAt[k]) j++;
        for (j++; j < to && j <= k + 6; j++) {
            if (quoted[j] || !tokens.get(j).isWord()) return -1;
            int e = entityAt[j];
            if (e >= 0) {
                String before = tokens.get(j - 1).bare();
                boolean role = isTitle(lex, before) || lex.roleNouns.contains(before) || PERSON_NOUNS.contains(before);
                return role && entities.get(e).type() == EntityType.PERSON ? e : -1;
            }
            if (tokens.get(j).isCapitalized() && !isTitle(lex, tokens.get(j).bare())) return -1;
        }
        return -1;
    }

    static boolean isTitle(Lexicon lex, String bare) {
        return lex.titles.contains(bare) || lex.honorifics.contains(bare);
    }

    /**
     * "Trump attacked Clinton for her support of the war, saying": the first person the clause names, not as an owner
     * nor after a preposition, or that a pronoun stands for ("He urged O'Reilly …, adding"), else its first such body
     * ("Treasury Secretary John Snow put a brave face on it, saying" is Snow's); a clause put before the main one
     * ("When Carson died, President Bush led the tributes, saying") and a relative clause ("The band - whose LP was the
     * year's best-selling album - thanked") are passed over. -1 when it names nobody so, or when a speech verb and
     * "that" open a reported clause first; "it" or "they" as its subject speak for the body "it" stands for or for
     * nobody ({@link #UNNAMED}).
     */
    int mainClauseSubject(int start, int verb) {
        int k = start;
        if (k < verb && FRONTING_WORDS.contains(tokens.get(k).lower())) {
            while (k < verb && !tokens.get(k).text().equals(",")) k++;
        }
        // "Sullivan has said that Ebbers ordered it, telling him to": the participle goes with the reported clause.
        for (int j = k; j + 1 < verb; j++) if (isSpeechVerb(j) && tokens.get(j + 1).lower().equals("that")) return -1;
        int pronoun = pronounOpening(k, verb);
        if (pronoun >= 0) return tokens.get(pronoun).lower().equals("it") ? bodyOrUnnamed(pronoun) : UNNAMED;
        int organization = -1;
        for (; k < verb; k++) {
            k = SubjectBeforeAside.pastRelativeClause(tokens, quoted, k, verb);
            if (k >= verb || quoted[k]) continue;
            if (SUBJECT_PRONOUNS.contains(tokens.get(k).lower())) return referents.personBefore(k);
            int e = entityAt[k];
            if (e < 0 || subjects.isOwner(k, verb) || objectOfPreposition(k, start, verb)) continue;
            EntityType type = entities.get(e).type();
            if (type == EntityType.PERSON && subjects.modifiesNoun(k)) return UNNAMED;
            if (type == EntityType.PERSON) return e;
            if (type == EntityType.ORGANIZATION && organization < 0) organization = e;
        }
        return organization;
    }

    /**
     * "Meanwhile, it attacked Trump, saying", "But they blamed Smith, adding": "it" or "they" opening the main clause
     * (after a comma or a word such as "But") is its subject, so the person named after the verb is its object, not the
     * speaker; the pronoun's token, else -1.
     */
    private int pronounOpening(int k, int verb) {
        while (k < verb && (quoted[k] || !tokens.get(k).isWord() || CLAUSE_CONJUNCTIONS.contains(tokens.get(k).lower()))) k++;
        // "Meanwhile, it …": one word set off by a comma before the subject.
        if (k + 2 < verb && entityAt[k] < 0 && tokens.get(k + 1).text().equals(",")) k += 2;
        if (k >= verb || quoted[k]) return -1;
        String w = tokens.get(k).lower();
        return w.equals("it") || PLURAL_PRONOUNS.contains(w) ? k : -1;
    }

    private int bodyOrUnnamed(int it) {
        int body = bodyPronoun.bodyBefore(it);
        return body >= 0 ? body : UNNAMED;
    }

    /**
     * Whether the mention ending at token k is a preposition's object ("sings to Clinton", "met with Matthews"), not
     * an agent ("denied by Shepherd"), the subject of a relative clause after it ("spoke to Shepherd, who accused") nor
     * of the verb right after it ("with Charles Kennedy has claiming").
     */
    private boolean objectOfPreposition(int k, int from, int verb) {
        String preposition = prepositionBefore(mentionStart(k, from), from);
        // "led by Mark Hay, a marine ecologist …, who said": an agent does what the clause says.
        if (preposition.isEmpty() || preposition.equals("by")) return false;
        int next = k + 1;
        if (next + 1 < verb && tokens.get(next).text().equals(",") && RELATIVE_PRONOUNS.contains(tokens.get(next + 1).lower())) return false;
        while (next < verb && VERB_PRELUDE.contains(tokens.get(next).lower())) next++;
        return next < verb;
    }

    /** The first token of the mention that token k is part of, no earlier than {@code from}. */
    private int mentionStart(int k, int from) {
        while (k > from && entityAt[k - 1] == entityAt[k]) k--;
        return k;
    }

    /** The preposition right before token {@code first} and after {@code from} ("to" in "sings to Clinton"), else "". */
    private String prepositionBefore(int first, int from) {
        // "On The Steve Harvey Morning Show, Clinton said": "the" may stand between.
        if (first - 1 > from && tokens.get(first - 1).lower().equals("the")) first--;
        String before = first > from ? tokens.get(first - 1).lower() : "";
        return PREPOSITIONS.contains(before) ? before : "";
    }

    /** After the verb: "said Mr French", "said the Observer's Philip French", "added the minister". */
    int subjectAfter(int from, int to) {
        return after.subject(from, to);
    }
}
