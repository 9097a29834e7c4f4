package dev.lede.nlp;


import java.util.List;

/**
 * The subject of the narration before a pronoun (centering: a pronoun refers to the previous sentence's subject more
 * often than to the person named last): a person's name, a pronoun or a described person's noun. Split from
 * {@link Referents}, which asks it.
 */
final class NarrationSubject {

    private final List<Token> tokens;
    private final List<Entity> entities;
    private final int[] entityAt;
    private final boolean[] quoted;
    private final Descriptions descriptions;

    NarrationSubject(List<Token> tokens, List<Entity> entities, int[] entityAt, boolean[] quoted, Descriptions descriptions) {
        this.tokens = tokens;
        this.entities = entities;
        this.entityAt = entityAt;
        this.quoted = quoted;
        this.descriptions = descriptions;
    }

    /**
     * The subject (its token: a person's name, a pronoun or a described person's noun) of the last sentence of narration
     * before token k's sentence, if k's own sentence names nobody before it. A pronoun that follows refers to the previous
     * sentence's subject more often than to the person named last (centering: "Dan McLaughlin at the National Review
     * agreed with Matthews. “…,” he wrote."). Of its clauses, the last one that reports speech decides ("Duda said …,
     * while Brudziński wrote …"), else the main clause, the first with a subject that no conjunction opens ("She has
     * faced …, while the department was investigating Hillary Clinton"), else the last; a clause put before the main one
     * never does ("While Obama had … artists writing songs about him, …"): then -1 rather than its subject.
     */
    int before(int k) {
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
            if (subject >= 0 && speech >= 0 && !fronted) reporting = subject;
            if (subject >= 0 && !fronted && main < 0) main = subject;
            if (subject >= 0 && !fronted) any = subject;
            from = to;
        }
        int subject = reporting >= 0 ? reporting : main >= 0 ? main : any;
        return subject >= 0 ? subject : describedSubject(first, last);
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
    int describedPerson(int h) {
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
            // "On The Steve Harvey Morning Show on Tuesday, Clinton criticized", "collaborated with director Spike Lee": "the"
            // or role words may stand between.
            boolean afterPreposition = PrepositionObject.is(tokens, entities, entityAt, j, from);
            if (entities.get(e).type() == EntityType.PERSON && !(end + 1 < tokens.size() && SpeechWords.isPossessiveMark(tokens.get(end + 1).lower())) && !afterPreposition) {
                if (!nearestToVerb) return j;
                found = j;
            }
            j = end;
        }
        return found;
    }

    /** The gender "he" or "she" at token k gives, else unknown. */
    Gender pronounGender(int k) {
        return Gender.ofSubjectPronoun(tokens.get(k).lower());
    }
}
