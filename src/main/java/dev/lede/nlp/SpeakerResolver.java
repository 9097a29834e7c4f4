package dev.lede.nlp;

import static dev.lede.nlp.SpeechWords.*;

import java.util.List;

/**
 * Decides who speaks each quote: the entity named beside a speech verb in the quote's sentence
 * ("…," Mr Bez said / Jazayeri told the agency that "…"), through pronouns and descriptions
 * ("he said", "the minister added"), else the speaker of the quote it continues.
 */
final class SpeakerResolver {

    private final String text;
    private final List<Token> tokens;
    private final int[] entityAt;
    private final boolean[] quoted;
    private final List<Entity> entities;
    private final FrameSubjects frameSubjects;
    private final Referents referents;
    private final QuoteNarration narration;
    private final ColonIntro colonIntro;
    private final InterviewTurn interviewTurn;

    SpeakerResolver(String text, List<Token> tokens, List<Entity> entities, List<QuoteFinder.Span> quotes) {
        this.text = text;
        this.tokens = tokens;
        this.entities = entities;
        this.entityAt = new int[tokens.size()];
        this.quoted = new boolean[tokens.size()];
        java.util.Arrays.fill(entityAt, -1);
        markQuoted(quotes);
        for (int e = 0; e < entities.size(); e++) {
            for (Mention m : entities.get(e).mentions()) {
                int k = firstTokenAt(m.start());
                for (; k < tokens.size() && tokens.get(k).start() < m.end(); k++) entityAt[k] = e;
            }
        }
        Descriptions descriptions = new Descriptions(tokens, entities, entityAt, quoted, QuoteFinder.headlineEnd(text));
        this.interviewTurn = new InterviewTurn(text, tokens, entities, entityAt);
        this.referents = new Referents(text, tokens, entities, entityAt, quoted, descriptions, interviewTurn);
        this.narration = new QuoteNarration(text, tokens, entities, entityAt, quoted);
        this.colonIntro = new ColonIntro(tokens, entities, entityAt, quoted);
        this.frameSubjects = new FrameSubjects(tokens, entities, entityAt, quoted, referents, new UnnamedSubjects(tokens, entities,
                entityAt, quoted, referents), descriptions, new Appositions(tokens, entities, entityAt), interviewTurn);
    }

    /**
     * The quotes whose words are not the narrator's: attributions are looked for outside them. First all
     * quote-mark spans (to tell speech from scare quotes), then only the speech.
     */
    void markQuoted(List<QuoteFinder.Span> quotes) {
        java.util.Arrays.fill(quoted, false);
        int t = 0;
        for (QuoteFinder.Span q : quotes) {
            while (t < tokens.size() && tokens.get(t).end() <= q.start() - 1) t++;
            for (int k = t; k < tokens.size() && tokens.get(k).start() < q.end() + 1; k++) quoted[k] = true;
        }
    }

    private int firstTokenAt(int offset) {
        return Token.firstAt(tokens, offset);
    }

    /** Whether a quote is somebody's words rather than a term or a title ({@link ReportedSpeech}). */
    boolean isReportedSpeech(QuoteFinder.Span quote, int headlineEnd) {
        return ReportedSpeech.is(text, tokens, quoted, quote, headlineEnd);
    }

    private static final int UNNAMED = FrameSubjects.UNNAMED;

    /**
     * The sieve: each pass in {@link SpeakerPass} order either decides (a speaker, or nobody) or hands
     * the quote on to the next.
     */
    Attribution speakerOf(QuoteFinder.Span quote, Attribution previous, int previousQuoteEnd) {
        int previousSpeaker = previous.speaker();
        int open = firstTokenAt(quote.start() - 1);
        int close = firstTokenAt(quote.end());
        String label = TranscriptLabel.at(text, quote.start());
        if (label != null) return new Attribution(personLabelled(label), SpeakerPass.TRANSCRIPT);
        int byline = dashByline(quote);
        if (byline != -1) return decided(byline, SpeakerPass.DASH_BYLINE);
        if (WorkTitle.is(text, quote.start(), quote.end(), Lexicon.get())) return new Attribution(-1, SpeakerPass.WORK_TITLE);
        if (quote.continued() && previous.pass() == SpeakerPass.TRANSCRIPT) return new Attribution(previousSpeaker, SpeakerPass.CONTINUATION);
        // After the quote, up to the end of its sentence or the next quote.
        int afterFrom = close + 1;
        // "''…,'' Michael McFaul, …, said": the second mark of a doubled one still closes the quote.
        while (afterFrom < tokens.size() && tokens.get(afterFrom).start() < quote.end() + 2 && isQuoteMark(tokens.get(afterFrom).text())) afterFrom++;
        int afterTo = afterFrom;
        int quoteSentence = tokens.get(Math.min(close, tokens.size() - 1)).sentence();
        // '"…regulate?" Vitter demanded.': a quote ending in ? or ! ends its sentence, and the frame follows.
        boolean frameFollows = afterFrom < tokens.size() && endsInQuestionOrExclamation(quote)
                && !QuoteNarration.lineBreakBetween(text, quote.end(), tokens.get(afterFrom).start()) && speechVerbWithin(afterFrom, 4);
        int frameSentence = frameFollows ? tokens.get(afterFrom).sentence() : quoteSentence;
        boolean apposed = opensWithNamedApposition(afterFrom);
        int frameTokens = apposed ? APPOSED_FRAME_TOKENS : FRAME_TOKENS;
        while (afterTo < tokens.size() && !quoted[afterTo] && tokens.get(afterTo).sentence() == frameSentence
                && afterTo - afterFrom < frameTokens) afterTo++;
        // A quote reopened after the one before ('…here. "I definitely…') keeps its speaker unless the words
        // right after it name another one ('"…," he added').
        boolean attributedRightAfter = afterTo > afterFrom && (tokens.get(afterFrom).text().equals(",")
                || isSpeechVerb(afterFrom) || (afterFrom + 1 < afterTo && isSpeechVerb(afterFrom + 1)) || endsInComma(quote) && nameThenSpeechVerb(afterFrom, afterTo));
        if (quote.continued() && previousSpeaker >= 0 && !attributedRightAfter) return new Attribution(previousSpeaker, SpeakerPass.CONTINUATION);
        // Before the quote, back to its sentence start, a line break or the previous quote.
        int beforeTo = open;
        int beforeFrom = beforeTo;
        int sentence = open < tokens.size() ? tokens.get(open).sentence() : -1;
        while (beforeFrom > 0 && !quoted[beforeFrom - 1] && tokens.get(beforeFrom - 1).sentence() >= sentence) beforeFrom--;
        // 'Trump described the incident as a "…" but stopped short of calling …': a quote inside narration that
        // frames it before is that frame's, whatever verb the sentence goes on to.
        boolean framedBefore = !attributedRightAfter && speechVerbWithin(beforeFrom, beforeTo - beforeFrom);
        int found = framedBefore ? fromBefore(beforeFrom, beforeTo) : -1;
        if (found != -1) return decided(found, SpeakerPass.FRAME_BEFORE);
        // 'Duda said the victims were "…" in an "appalling tragedy" while Brudziński wrote': narration that goes on, in
        // its sentence and paragraph, from an earlier quote framed before it keeps that frame, whatever verb follows.
        if (!framedBefore && !attributedRightAfter && previous.pass() == SpeakerPass.FRAME_BEFORE && previousSpeaker >= 0
                && narration.goesOnFromQuote(beforeFrom, beforeTo, previousQuoteEnd, quote)) {
            return new Attribution(previousSpeaker, SpeakerPass.FRAME_BEFORE);
        }
        found = fromAfter(afterFrom, afterTo, apposed ? APPOSED_FRAME_TOKENS : VERB_TOKENS, closesAClause(quote, afterFrom), beforeFrom, endsInComma(quote));
        if (found != -1) return decided(found, SpeakerPass.FRAME_AFTER);
        found = framedBefore ? -1 : fromBefore(beforeFrom, beforeTo);
        if (found != -1) return decided(found, SpeakerPass.FRAME_BEFORE);
        found = interviewTurn.speakerOf(beforeFrom, beforeTo, quote.start());
        if (found != -1) return decided(found, SpeakerPass.INTERVIEW_TURN);
        found = HeadlineSubject.of(text, tokens, entityAt, entities, quote.start());
        if (found >= 0) return new Attribution(found, SpeakerPass.HEADLINE_SUBJECT);
        found = colonIntro.speakerBefore(beforeFrom, beforeTo);
        if (found >= 0) return new Attribution(found, SpeakerPass.COLON_INTRO);
        if (quote.continued() && previousSpeaker >= 0) return new Attribution(previousSpeaker, SpeakerPass.CONTINUATION);
        // Another person or organization named since the quote before: carrying its speaker over is a guess.
        if (previousSpeaker >= 0 && quote.start() - previousQuoteEnd < 1500 && !anotherSpeakerNamedBetween(previousQuoteEnd, open, previousSpeaker)) {
            return new Attribution(previousSpeaker, SpeakerPass.PREVIOUS_QUOTE);
        }
        int previousSentence = beforeFrom - 1;
        while (previousSentence >= 0 && quoted[previousSentence]) previousSentence--;
        // "The complaint is based on standards that bar lawyers if they "…"": a sentence of its own about something
        // else frames the quote, so the sentence before says nothing of who speaks.
        // (Not when an earlier quote of the same sentence ends the narration: 'said he was a "huge figure" and a "…"'.)
        boolean ownSentence = beforeFrom == 0 || !quoted[beforeFrom - 1];
        // '…endeavors."¶Lisa Mancini has been cosplaying …, her "passion" for the hobby "stemmed …"': after a quote that
        // ends the sentence or paragraph before, a sentence that opens with a person is that person's.
        if (!ownSentence && narration.afterSentenceEnd(beforeFrom)) {
            found = personOpening(beforeFrom, open, null);
            if (found >= 0) return new Attribution(found, SpeakerPass.SENTENCE_SUBJECT);
        }
        if (previousSentence >= 0 && (!ownSentence || wordsBetween(beforeFrom, open) <= OWN_NARRATION_WORDS)) {
            int s = tokens.get(previousSentence).sentence();
            int from = previousSentence;
            while (from > 0 && tokens.get(from - 1).sentence() == s && !quoted[from - 1]) from--;
            found = fromBefore(from, previousSentence + 1);
            // '… Sanders identified young voters' exhaustion with bigotry as one of the reasons …. "The younger people are
            // …"': a quote that is a sentence of its own right after narration in its paragraph is the words of the person
            // that narration opens with.
            boolean followsInParagraph = beforeFrom == open && !QuoteNarration.lineBreakBetween(text, tokens.get(previousSentence).end(), quote.start());
            if (found < 0 && ownSentence && followsInParagraph) found = personOpening(from, previousSentence + 1, quote);
            if (found >= 0) return new Attribution(found, SpeakerPass.PREVIOUS_SENTENCE);
        }
        found = ownSentence ? personOpening(beforeFrom, open, null) : -1;
        if (found >= 0) return new Attribution(found, SpeakerPass.SENTENCE_SUBJECT);
        return Attribution.UNDECIDED;
    }

    /**
     * "Trump is promising lower taxes and "jobs, jobs, jobs"", "In a later speech, Trump assailed the event as "…"": a
     * person whose name opens the quote's sentence (or follows a phrase put before it and its comma) and is followed by
     * its verb, not by a comma or "'s", is the sentence's subject; not in the headline, whose subject is what the story is
     * about ("Bush to outline 'toughest' budget"). Given the quote that follows, "he" or "she" opening the narration
     * stands for the person it refers to ('"…," Obama said after meeting Putin. He didn't suggest retaliation. "Our
     * goal …"'), unless the quote itself speaks of a "he" ("she") too: then it is about that person, not by them
     * ('He toured Africa. "He was at the height of his powers"'). -1 otherwise.
     */
    private int personOpening(int from, int open, QuoteFinder.Span quoteAfter) {
        int firstLineEnd = text.indexOf('\n');
        if (from >= open || firstLineEnd < 0 || tokens.get(from).start() < firstLineEnd || !tokens.get(from).sentenceInitial()) return -1;
        int k = SubjectBeforeAside.subjectStart(tokens, entities, entityAt, from, open);
        if (k >= open) return -1;
        int e;
        if (quoteAfter != null && SUBJECT_PRONOUNS.contains(tokens.get(k).lower()) && !quoted[k]) {
            if (speaksOfThirdPerson(quoteAfter, FEMININE.contains(tokens.get(k).lower()) ? FEMININE : MASCULINE)) return -1;
            e = referents.personBefore(k);
            k++;
        } else {
            if (entityAt[k] < 0 || entities.get(entityAt[k]).type() != EntityType.PERSON) return -1;
            e = entityAt[k];
            while (k < open && entityAt[k] == e) k++;
        }
        if (e < 0) return -1;
        k = SubjectBeforeAside.pastAside(tokens, quoted, k, open);
        if (k >= open || tokens.get(k).text().equals(",") || isPossessiveMark(tokens.get(k).lower()) || !Character.isLowerCase(tokens.get(k).text().charAt(0))) return -1;
        // "Barley is described as a "…"", "Mourinho … has been "reminded of …"": in the passive the subject is what the
        // words are about.
        int auxiliary = k;
        while (auxiliary + 1 < open && VERB_PRELUDE.contains(tokens.get(auxiliary).lower())) auxiliary++;
        int participle = auxiliary + 1;
        if (participle == open) participle++; // '… has been "reminded of …"': the participle opens the quote
        if (PASSIVE_AUXILIARIES.contains(tokens.get(auxiliary).lower()) && participle < tokens.size() && participle <= open + 1
                && tokens.get(participle).lower().endsWith("ed")) return -1;
        // "…, which is "presented to an individual …"": a relative clause has a subject of its own.
        for (int j = k; j < open; j++) if (tokens.get(j).text().equals(",") && j + 1 < open && RELATIVE_PRONOUNS.contains(tokens.get(j + 1).lower())) return -1;
        // A speech verb anywhere in the sentence ('… "Nazi" comment, Boris Johnson has insisted') frames it, even out of reach.
        for (int j = from; j < tokens.size() && tokens.get(j).sentence() == tokens.get(from).sentence(); j++) {
            if (!quoted[j] && (isSpeechVerb(j) || judges(j))) return -1;
        }
        return e;
    }

    /** Whether the quote's own words hold one of the pronouns ("he", "his": a quote about a man). */
    private boolean speaksOfThirdPerson(QuoteFinder.Span quote, java.util.Set<String> pronouns) {
        for (int k = firstTokenAt(quote.start()); k < tokens.size() && tokens.get(k).start() < quote.end(); k++) {
            if (pronouns.contains(tokens.get(k).lower())) return true;
        }
        return false;
    }

    /** How many words of its own a quote's sentence may have before it and still take the sentence before's frame. */
    private static final int OWN_NARRATION_WORDS = 3;

    private int wordsBetween(int from, int to) {
        int words = 0;
        for (int k = from; k < to; k++) if (tokens.get(k).isWord()) words++;
        return words;
    }

    /**
     * '"…" ― Sonya Herridge': a dash after the closing mark, then a name on the same line; a capitalised
     * word the name finder did not make a name of still says that somebody other than the last speaker spoke.
     */
    private int dashByline(QuoteFinder.Span quote) {
        int i = quote.end() + 1;
        // A no-break space often sits between the mark, the dash and the name in pages saved from the web.
        while (i < text.length() && " \u00a0.,".indexOf(text.charAt(i)) >= 0) i++;
        if (i >= text.length() || "\u2015\u2014\u2013".indexOf(text.charAt(i)) < 0) return -1;
        int nameFrom = i + 1;
        while (nameFrom < text.length() && " \u00a0".indexOf(text.charAt(nameFrom)) >= 0) nameFrom++;
        int k = firstTokenAt(nameFrom);
        if (k >= tokens.size() || text.substring(i + 1, tokens.get(k).start()).contains("\n")) return -1;
        int e = entityAt[k];
        if (e >= 0 && entities.get(e).type() != EntityType.LOCATION) return e;
        return tokens.get(k).isCapitalized() && e < 0 ? UNNAMED : -1;
    }

    /**
     * Another person or organization named in the narration between the quote before and this one: the
     * previous speaker is no longer the only candidate, so carrying it over would be a guess.
     */
    private boolean anotherSpeakerNamedBetween(int previousQuoteEnd, int open, int previousSpeaker) {
        for (int k = firstTokenAt(previousQuoteEnd) ; k < open; k++) {
            int e = entityAt[k];
            if (e < 0 || e == previousSpeaker || quoted[k]) continue;
            if (entities.get(e).type().canSpeak()) return true;
        }
        return false;
    }

    /**
     * '"…," Mr. McHugh said': after a quote whose words end in a comma, its own frame right after it, a person or body named
     * (after a title or two the name may not hold, or "as": '"…," as Eric Garner, gasping on a sidewalk, said'; past an
     * aside after it) and then its speech verb, as a pronoun and its verb are ('"…," he said'); an earlier frame of the
     * sentence ("To alleviate the threat, the officials said, …") is then not the quote's.
     */
    private boolean nameThenSpeechVerb(int from, int to) {
        Lexicon lex = Lexicon.get();
        // '"…," as Eric Garner, gasping on a sidewalk, said': "as" before the name, an aside after it.
        if (from + 1 < to && tokens.get(from).lower().equals("as")) from++;
        for (int titles = 0; titles < 2 && from < to && entityAt[from] < 0 && FrameSubjects.isTitle(lex, tokens.get(from).bare()); titles++) from++;
        int e = from < to && !quoted[from] ? entityAt[from] : -1;
        if (e < 0 || !entities.get(e).type().canSpeak()) return false;
        int k = from;
        while (k < to && entityAt[k] == e) k++;
        k = SubjectBeforeAside.pastAside(tokens, quoted, k, to);
        return k < to && isSpeechVerb(k);
    }

    private boolean speechVerbWithin(int from, int n) {
        for (int k = from; k < tokens.size() && k < from + n; k++) if (isSpeechVerb(k)) return true;
        return false;
    }

    /** A quote whose words end in a comma, ? or ! inside its marks, or that a comma follows. */
    private boolean closesAClause(QuoteFinder.Span quote, int afterFrom) {
        String words = text.substring(quote.start(), quote.end()).strip();
        char last = words.isEmpty() ? ' ' : words.charAt(words.length() - 1);
        return last == ',' || last == '?' || last == '!' || afterFrom < tokens.size() && tokens.get(afterFrom).text().equals(",");
    }

    private boolean endsInComma(QuoteFinder.Span quote) {
        return quote.end() > quote.start() && text.charAt(quote.end() - 1) == ',';
    }

    private boolean endsInQuestionOrExclamation(QuoteFinder.Span quote) {
        char last = quote.end() > quote.start() ? text.charAt(quote.end() - 1) : ' ';
        return last == '?' || last == '!';
    }

    private static Attribution decided(int found, SpeakerPass pass) {
        return found == UNNAMED ? new Attribution(-1, SpeakerPass.UNNAMED) : new Attribution(found, pass);
    }

    /** The person whose last name a transcript label gives, or -1 ("Q:", "AUDIENCE MEMBER:"). */
    private int personLabelled(String label) {
        for (int e = 0; e < entities.size(); e++) {
            Entity entity = entities.get(e);
            if (entity.type() != EntityType.PERSON) continue;
            String[] words = entity.name().toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'').split("\\s+");
            if (words[words.length - 1].equals(label)) return e;
        }
        return -1;
    }

    /** How far after a quote its frame may run; a name and its apposition first ('"…" Jane Doe, the …, said') hold the verb off. */
    private static final int FRAME_TOKENS = 25;
    private static final int VERB_TOKENS = 20;
    private static final int APPOSED_FRAME_TOKENS = 40;

    /** '"…" Malkia Cyril, the executive director at the Center of Media Justice, told': a person named, then a comma. */
    private boolean opensWithNamedApposition(int k) {
        if (k >= tokens.size() || quoted[k] || entityAt[k] < 0 || entities.get(entityAt[k]).type() != EntityType.PERSON) return false;
        int end = k;
        while (end + 1 < tokens.size() && entityAt[end + 1] == entityAt[k]) end++;
        return end + 1 < tokens.size() && tokens.get(end + 1).text().equals(",");
    }

    /**
     * The frame after a quote, its speech verb at most {@code reach} tokens on; a place speaks there only after a quote
     * that closes a clause ('"…," Russia said', not 'it was "plain" Iraq continued'); a participle right after it has the
     * subject of the clause before the quote, from {@code beforeFrom} ({@link ParticipleAfterQuote}).
     */
    private int fromAfter(int from, int to, int reach, boolean placeMaySpeak, int beforeFrom, boolean endsInComma) {
        int verb = -1;
        for (int k = from; k < to && k < from + reach; k++) {
            if (isSpeechVerb(k)) {
                verb = k;
                break;
            }
        }
        if (verb < 0) return -1;
        int main = ParticipleAfterQuote.follows(tokens, from, verb, endsInComma) ? frameSubjects.mainClauseSubject(beforeFrom, verb) : -1;
        if (main != -1) return main;
        int subject = frameSubjects.subjectBefore(from, verb, placeMaySpeak);
        if (subject != -1) return subject;
        return frameSubjects.subjectAfter(verb + 1, to);
    }

    private int fromBefore(int from, int to) {
        int agent = PassiveAgent.in(tokens, entities, entityAt, from, to);
        if (agent >= 0) return agent;
        for (int verb = to - 1; verb >= from; verb--) {
            if (!isSpeechVerb(verb) && !judges(verb)) continue;
            if (tokens.get(verb).lower().equals("according")) {
                int s = frameSubjects.subjectAfter(verb + 1, to);
                if (s != -1) return s;
                continue;
            }
            int subject = frameSubjects.subjectBefore(from, verb, true);
            if (subject != -1) return subject;
            subject = frameSubjects.subjectAfter(verb + 1, to);
            if (subject != -1) return subject;
        }
        return -1;
    }

    private static boolean isQuoteMark(String token) {
        return !token.isEmpty() && token.chars().allMatch(c -> c == '\'' || c == '"' || c == '\u2019' || c == '\u201d');
    }

    /**
     * "Stephen Pound labelled the schemes "a pile of pants"", "Rifkin likened the challenge to a "…"": a verb that puts a
     * judgement in its subject's words frames the quote before it as a speech verb does (not in the passive, not a noun).
     */
    private boolean judges(int k) {
        return SpeechWords.isActive(CHARACTERIZING_VERBS, tokens, k);
    }

    private boolean isSpeechVerb(int k) {
        return SpeechWords.framesAt(tokens, entities, entityAt, k);
    }
}
