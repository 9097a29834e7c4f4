package dev.lede.nlp;

import java.util.List;

/**
 * A quote that the "I" of an interview answer frames: in an answer opened by its speaker's label in brackets
 * ("((Zara Kay)) … and I said, "No, I am a Muslim""), the "I" is the person the label names; an answer runs on
 * over its paragraphs to the next label. Only "I" right before
 * a speech verb (with "would", "also" … between) and only a label that names a person.
 */
final class InterviewTurn {

    /** How many tokens before the quote the "I" and its verb may stand: "So I would say to them "…"". */
    private static final int FRAME_REACH = 6;

    private final String text;
    private final List<Token> tokens;
    private final List<Entity> entities;
    private final int[] entityAt;

    InterviewTurn(String text, List<Token> tokens, List<Entity> entities, int[] entityAt) {
        this.text = text;
        this.tokens = tokens;
        this.entities = entities;
        this.entityAt = entityAt;
    }

    /** The person the label names when "I" frames the quote in tokens [from, to), else -1. */
    int speakerOf(int from, int to, int quoteStart) {
        if (!firstPersonFrame(Math.max(from, to - FRAME_REACH), to)) return -1;
        int label = labelBefore(quoteStart);
        if (label < 0) return -1;
        int close = text.indexOf("))", label);
        for (int k = Token.firstAt(tokens, label); k < tokens.size() && tokens.get(k).start() < close; k++) {
            int e = entityAt[k];
            if (e >= 0 && entities.get(e).type() == EntityType.PERSON) return e;
        }
        return -1;
    }

    /** The start of the last line before the offset that opens with a label in double brackets, else -1. */
    private int labelBefore(int offset) {
        for (int at = text.lastIndexOf("((", offset); at >= 0; at = text.lastIndexOf("((", at - 1)) {
            int line = text.lastIndexOf('\n', at) + 1;
            int close = text.indexOf("))", at);
            int lineEnd = text.indexOf('\n', at);
            if (text.substring(line, at).isBlank() && close > at && close < offset && (lineEnd < 0 || lineEnd > close)) return at;
            if (at == 0) break;
        }
        return -1;
    }

    private boolean firstPersonFrame(int from, int to) {
        for (int k = to - 1; k > from; k--) {
            if (!SpeechWords.framesAt(tokens, entities, entityAt, k)) continue;
            int subject = k - 1;
            while (subject > from && SpeechWords.VERB_PRELUDE.contains(tokens.get(subject).lower())) subject--;
            if (tokens.get(subject).text().equals("I")) return true;
        }
        return false;
    }
}
