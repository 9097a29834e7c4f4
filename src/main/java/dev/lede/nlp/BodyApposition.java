package dev.lede.nlp;

import dev.lede.nlp.TypeRules.Candidate;
import java.util.List;

/**
 * "Chemist Warehouse, an Australian pharmacy chain,", "Rosneft, the country's largest oil company,": a name followed by
 * an apposition whose head noun is a kind of body names that body. The head is the apposition's last word before it
 * closes or a function word follows ("a maker of chips": "maker"), so "the club's captain" is a person's.
 */
final class BodyApposition {

    /** How many tokens after its article an apposition may run up to its head: "the country's largest private bank". */
    private static final int WORDS_TO_HEAD = 5;

    private BodyApposition() {
    }

    static boolean bodyNounInApposition(Candidate c) {
        List<Token> t = c.tokens;
        if (c.to + 2 >= t.size() || !t.get(c.to).text().equals(",") || !isArticle(t.get(c.to + 1).lower())) return false;
        int end = Math.min(t.size(), c.to + 3 + WORDS_TO_HEAD); // the head and the word that closes it
        for (int i = c.to + 2; i < end; i++) {
            Token w = t.get(i);
            if (isJoin(w)) continue; // "US-based", "the country's"
            // After an owner the noun phrase goes on: "the firm's two main shareholders".
            boolean ownerBefore = isJoin(t.get(i - 1)) && !t.get(i - 1).lower().equals("-");
            boolean functionWord = c.lex.functionWords.contains(w.lower()) && !w.isCapitalized(); // not "US"
            if (w.isWord() && !(functionWord && !ownerBefore)) continue;
            boolean closes = !w.isWord() || c.lex.appositionHeadFollowers.contains(w.lower());
            return closes && i > c.to + 2 && isBodyNoun(c, t.get(i - 1));
        }
        return end == t.size() && isBodyNoun(c, t.get(end - 1)); // the sentence ends with the apposition
    }

    private static boolean isBodyNoun(Candidate c, Token t) {
        return t.isWord() && !t.isCapitalized() && c.lex.appositionBodyNouns.contains(t.lower());
    }

    private static boolean isArticle(String w) {
        return w.equals("a") || w.equals("an") || w.equals("the");
    }

    private static boolean isJoin(Token t) {
        String w = t.lower();
        return w.equals("-") || w.equals("'s") || w.equals("\u2019s");
    }
}
