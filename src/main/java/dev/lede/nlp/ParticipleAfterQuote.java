package dev.lede.nlp;

import java.util.List;

/**
 * "Prime Minister Tony Blair declared himself "delighted", saying Mr Jackson would …", "he said the question sounded
 * "balanced," adding it would …": a speech verb in "-ing" right after the quote and its comma goes with the clause
 * before the quote, whose subject speaks; the name after the participle is what it reports, not its subject.
 */
final class ParticipleAfterQuote {

    private ParticipleAfterQuote() {
    }

    /**
     * Whether the speech verb at {@code verb} is a participle in "-ing" (not "according") that follows the quote closing before token
     * {@code afterFrom} with only a comma between (outside the marks or, {@code endsInComma}, inside them).
     */
    static boolean follows(List<Token> tokens, int afterFrom, int verb, boolean endsInComma) {
        // '"…", according to NBC' names its source after it.
        String w = tokens.get(verb).lower();
        if (!w.endsWith("ing") || w.equals("according")) return false;
        return verb == afterFrom ? endsInComma : verb == afterFrom + 1 && tokens.get(afterFrom).text().equals(",");
    }
}
