package dev.lede.nlp;

import java.util.List;

/**
 * A quote that the "I" of an interview answer frames: in an answer opened by its speaker's label in brackets
 * ("((Zara Kay)) … and I said, "No, I am a Muslim""), the "I" is the person the label names; an answer runs on
 * over its paragraphs to the next label. Only "I" right before
 * a speech verb (with "would", "also" … between), or "I'm like" right before the quote, and only a label that names a
 * person; anybody else's "like" there ("she's like, "…"") is not the answerer's.
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

    /**
     * The person the label names when "I" frames the quote in tokens [from, to); {@link FrameSubjects#UNNAMED} when
     * somebody else's "be like" does in an answer ("and then she's like, "…""); else -1.
     */
    int speakerOf(int from, int to, int quoteStart) {
        if (firstPersonFrame(Math.max(from, to - FRAME_REACH), to)) return answererAt(quoteStart);
        int like = quotativeLike(from, to);
        if (like < 0) return -1;
        int answerer = answererAt(quoteStart);
        return answerer < 0 ? -1 : firstPersonBe(like - 1, from) ? answerer : FrameSubjects.UNNAMED;
    }

    /** The person whose label opens the answer the offset lies in, else -1 (narration before any label, a body's label). */
    int answererAt(int offset) {
        int label = labelBefore(offset);
        if (label < 0) return -1;
        int close = text.indexOf("))", label);
        for (int k = Token.firstAt(tokens, label); k < tokens.size() && tokens.get(k).start() < close; k++) {
            int e = entityAt[k];
            if (e >= 0 && entities.get(e).type() == EntityType.PERSON) return e;
        }
        return -1;
    }

    /**
     * "((WN))  On your website, you wrote "…"": "you" right before the verb (past words like "had") in the interviewer's
     * turn, whose label names no person, is the person whose label opens the next turn; else -1.
     */
    int addresseeRightBefore(int from, int verb) {
        int k = SpeechWords.beforePrelude(tokens, from, verb);
        int offset = tokens.get(verb).start();
        if (k < from || !tokens.get(k).lower().equals("you") || labelBefore(offset) < 0 || answererAt(offset) >= 0) return -1;
        int next = text.indexOf("\n((", offset);
        int close = next < 0 ? -1 : text.indexOf("))", next);
        return close < 0 ? -1 : answererAt(close + 2);
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

    /** Forms of "be" before a quotative "like": "she's like", "people are like", "I was like". */
    private static final java.util.Set<String> BE = java.util.Set.of("'m", "am", "was", "were", "is", "are", "'s", "'re");

    /**
     * "And I'm like, "Think about it."", "she's like, "…"": the spoken "be like" right before the quote (a comma
     * between at most), which frames what its subject said or thought then; the token of "like", else -1.
     */
    private int quotativeLike(int from, int to) {
        int like = to - 1;
        if (like > from && tokens.get(like).text().equals(",")) like--;
        if (like - 1 < from || !tokens.get(like).lower().equals("like")) return -1;
        String be = tokens.get(like - 1).lower().replace('\u2019', '\'');
        return BE.contains(be) || be.equals("i'm") ? like : -1;
    }

    /** "I'm", or "am" or "was" after "I", at token k. */
    private boolean firstPersonBe(int k, int from) {
        String be = tokens.get(k).text().replace('\u2019', '\'');
        return be.equals("I'm") || (be.equals("am") || be.equals("was")) && k - 1 >= from && tokens.get(k - 1).text().equals("I");
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
