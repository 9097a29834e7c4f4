package dev.lede.nlp;

import java.util.List;

/**
 * "The New York Post reports that Hillary Clinton's team avoided … in order to "…"": "reports" right before "that" is
 * a verb that frames the clause's quote as its subject's words. Elsewhere "reports" is a noun as often as not ("media
 * reports said", "reports of fighting"), so it is no speech verb of the list.
 */
final class ReportsThat {

    private ReportsThat() {
    }

    /** Whether token k is "reports" followed by "that" after a name or a pronoun, not after a determiner ("the reports that …"). */
    static boolean isAt(List<Token> tokens, int k) {
        if (!tokens.get(k).lower().equals("reports") || k + 1 >= tokens.size() || !tokens.get(k + 1).lower().equals("that")) return false;
        if (k == 0 || SpeechWords.NOUN_DETERMINERS.contains(tokens.get(k - 1).lower()) || !tokens.get(k - 1).isWord()) return false;
        Token before = tokens.get(k - 1);
        // "Media reports that …", "Unconfirmed reports that …": an everyday word opening the sentence is no name.
        Lexicon lex = Lexicon.get();
        boolean everyday = before.sentenceInitial() && (lex.everydayWords.contains(before.lower()) || lex.adjectives.contains(before.lower()));
        return before.isCapitalized() && !everyday || SpeechWords.SUBJECT_PRONOUNS.contains(before.lower());
    }
}
