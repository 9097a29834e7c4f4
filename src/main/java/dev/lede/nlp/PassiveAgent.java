package dev.lede.nlp;

import static dev.lede.nlp.SpeechWords.CHARACTERIZING_VERBS;
import static dev.lede.nlp.SpeechWords.PASSIVE_AUXILIARIES;
import static dev.lede.nlp.SpeechWords.SPEECH_VERBS;

import java.util.List;

/**
 * The name after "by" of a speech or characterizing verb in the passive speaks the quote that follows:
 * "has been described by the Daily Hive as a '…'". Without an auxiliary, a participle put after a noun
 * ("a pattern described by Marine Bulletin as '…'") is the same frame when "as" follows the name: the "as"
 * says the quote is what the name called it.
 */
final class PassiveAgent {

    private PassiveAgent() {
    }

    /** The entity after "by" in the tokens [from, to), else -1. */
    static int in(List<Token> tokens, List<Entity> entities, int[] entityAt, int from, int to) {
        for (int k = Math.max(from, 1); k + 2 < to; k++) {
            String w = tokens.get(k).lower();
            if (!SPEECH_VERBS.contains(w) && !CHARACTERIZING_VERBS.contains(w)) continue;
            if (!tokens.get(k + 1).lower().equals("by")) continue;
            boolean auxiliary = PASSIVE_AUXILIARIES.contains(tokens.get(k - 1).lower());
            for (int j = k + 2; j < to && j <= k + 3; j++) {
                int e = entityAt[j];
                if (e < 0 || entities.get(e).type() == EntityType.LOCATION) continue;
                if (auxiliary || afterNoun(tokens, k) && asFollows(tokens, entityAt, j, to)) return e;
            }
        }
        return -1;
    }

    /** "a pattern described": the participle follows a lower-case word that is no auxiliary or function word. */
    private static boolean afterNoun(List<Token> tokens, int k) {
        Token before = tokens.get(k - 1);
        return before.isWord() && !before.isCapitalized() && !Lexicon.get().functionWords.contains(before.lower());
    }

    /** The word right after the name that starts at token j is "as". */
    private static boolean asFollows(List<Token> tokens, int[] entityAt, int j, int to) {
        int end = j;
        while (end < to && entityAt[end] == entityAt[j]) end++;
        return end < to && tokens.get(end).lower().equals("as");
    }
}
