package dev.lede.nlp;

import java.util.List;

/** Title Case lines (headlines), whose capitals say nothing about names. */
final class Headlines {

    private final Lexicon lex;

    Headlines(Lexicon lexicon) {
        this.lex = lexicon;
    }

    /** Which tokens stand on a Title Case line. */
    boolean[] titleCaseLines(String text, List<Token> tokens) {
        boolean[] out = new boolean[tokens.size()];
        int lineStart = 0;
        for (int i = 1; i <= tokens.size(); i++) {
            boolean newLine = i == tokens.size() || Tokenizer.hasLineBreak(text, tokens.get(i - 1).end(), tokens.get(i).start());
            if (newLine) {
                if (isTitleCase(tokens.subList(lineStart, i), lineStart == 0 && i < tokens.size())) {
                    for (int j = lineStart; j < i; j++) out[j] = true;
                }
                lineStart = i;
            }
        }
        return out;
    }

    /**
     * A headline: short, three in four of its longer words capitalised, and no closing full stop unless it is the
     * text's first line and a body follows (some archives end every title with one: "Hillary Clinton Speaks 'Directly To …'.").
     */
    private boolean isTitleCase(List<Token> line, boolean firstLine) {
        if (line.isEmpty() || line.size() > 40 || !firstLine && line.get(line.size() - 1).text().equals(".")) return false;
        int words = 0;
        int capitalized = 0;
        for (Token t : line) {
            if (t.isWord() && t.text().length() > 3 && !lex.functionWords.contains(t.lower())) {
                words++;
                if (t.isCapitalized()) capitalized++;
            }
        }
        // A first line ending in a full stop may be a sentence ("Anna Berg met Tom Price."): it takes more words to tell.
        int enough = line.get(line.size() - 1).text().equals(".") ? 5 : 3;
        return words >= enough && capitalized * 4 >= words * 3;
    }
}
