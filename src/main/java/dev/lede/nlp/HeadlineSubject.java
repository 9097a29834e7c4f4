package dev.lede.nlp;

import java.util.List;

/**
 * A quote in the headline whose line opens with a person or body who says or calls something: "Sanders: Clinton
 * needs to 'get away from …'", "Bill Clinton calls Obamacare 'crazy system'", "Obama on Climate Change: The Trends
 * Are 'Terrifying.'". A name followed straight by the quote ("Howard 'truanted as a boy'") is reported about, not
 * by, that person, so it needs the colon or the verb.
 */
final class HeadlineSubject {

    private HeadlineSubject() {
    }

    /** The entity that opens the headline and frames the quote at {@code quoteStart}, or -1. */
    static int of(String text, List<Token> tokens, int[] entityAt, List<Entity> entities, int quoteStart) {
        if (tokens.isEmpty() || quoteStart > QuoteFinder.headlineEnd(text)) return -1;
        int e = entityAt[0];
        if (e < 0 || entities.get(e).type() != EntityType.PERSON && entities.get(e).type() != EntityType.ORGANIZATION) return -1;
        int next = 0;
        while (next < tokens.size() && entityAt[next] == e) next++;
        if (next >= tokens.size() || tokens.get(next).start() >= quoteStart) return -1;
        Token after = tokens.get(next);
        if (after.text().equals(":") || isListed(after.lower())) return e;
        // "Christie Calls Clinton 'A Disgrace'": a present tense the lists lack, then whom it calls, then the quote
        // ("EU rules 'won't stop UK spending'" is a noun and the quote).
        boolean objectBetween = next + 1 < tokens.size() && tokens.get(next + 1).isWord() && tokens.get(next + 1).start() < quoteStart;
        if (objectBetween && isPresentTenseOfListed(after.lower())) return e;
        // "Obama on Climate Change: …": the topic, then the colon, before the quote.
        boolean onTopic = SpeechWords.PREPOSITIONS.contains(after.lower()) && text.substring(after.end(), quoteStart).indexOf(':') >= 0;
        return onTopic ? e : -1;
    }

    /** "Calls" from "called", "Blasts" from "blasted": the lists give other forms of these verbs. */
    private static boolean isPresentTenseOfListed(String word) {
        if (!word.endsWith("s") || word.length() < 4) return false;
        String stem = word.substring(0, word.length() - 1);
        return isListed(stem + "ed") || isListed(stem + "d") || isListed(stem + "ing");
    }

    private static boolean isListed(String word) {
        return SpeechWords.SPEECH_VERBS.contains(word) || SpeechWords.CHARACTERIZING_VERBS.contains(word);
    }
}
