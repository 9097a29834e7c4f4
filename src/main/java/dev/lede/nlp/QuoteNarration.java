package dev.lede.nlp;

import static dev.lede.nlp.SpeechWords.SUBJECT_PRONOUNS;

import java.util.List;
import java.util.Objects;

/** How the narration around a quote runs on from the quote before it: within its sentence, or after that ended one. */
final class QuoteNarration {

    private final String text;
    private final List<Token> tokens;
    private final List<Entity> entities;
    private final int[] entityAt;
    private final boolean[] quoted;

    QuoteNarration(String text, List<Token> tokens, List<Entity> entities, int[] entityAt, boolean[] quoted) {
        this.text = text;
        this.tokens = tokens;
        this.entities = entities;
        this.entityAt = entityAt;
        this.quoted = quoted;
    }

    /**
     * The narration before a quote runs on from the quote before, which did not end a sentence, in one paragraph, and
     * names no other subject ('… a "disgrace" after she attacked … and blamed police shootings on "implicit bias"').
     */
    boolean goesOnFromQuote(int beforeFrom, int beforeTo, int previousQuoteEnd, QuoteFinder.Span quote) {
        if (beforeFrom == 0 || beforeFrom >= beforeTo || !quoted[beforeFrom - 1] || previousQuoteEnd < 1) return false;
        if (lineBreakBetween(text, previousQuoteEnd, quote.start())) return false;
        for (int k = beforeFrom; k < beforeTo; k++) {
            boolean person = entityAt[k] >= 0 && entities.get(entityAt[k]).type() == EntityType.PERSON;
            if (person || SUBJECT_PRONOUNS.contains(tokens.get(k).lower())) return false;
        }
        int last = previousQuoteEnd - 1;
        while (last > 0 && Character.isWhitespace(text.charAt(last))) last--;
        return ".?!".indexOf(text.charAt(last)) < 0;
    }

    /** Token k opens a sentence or paragraph of its own after the token before it. */
    boolean afterSentenceEnd(int k) {
        if (k >= tokens.size()) return false;
        Token before = tokens.get(k - 1);
        return before.sentence() != tokens.get(k).sentence() || lineBreakBetween(text, before.end(), tokens.get(k).start());
    }

    /** Whether a line ends in {@code text[from, to)}: a new paragraph, or a headline's end, lies between. */
    static boolean lineBreakBetween(String text, int from, int to) {
        Objects.checkFromToIndex(from, to, text.length());
        int newline = text.indexOf('\n', from);
        return newline >= 0 && newline < to;
    }
}
