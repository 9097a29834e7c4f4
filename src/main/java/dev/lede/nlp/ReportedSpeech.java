package dev.lede.nlp;

import java.util.List;

/** Tells speech from scare quotes and terms: which quote-mark spans are somebody's words. */
final class ReportedSpeech {

    private ReportedSpeech() {
    }

    /**
     * Long quotes are speech; a quote of a word or three is speech only when its sentence reports someone
     * saying something and the words are not introduced as a name ("a phenomenon called 'knocking'"), when
     * somebody characterises something in them ("described him as a 'disgrace'"), or
     * when it stands in the headline, where quotation marks report words and scare quotes are rare.
     */
    static boolean is(String text, List<Token> tokens, boolean[] quoted, QuoteFinder.Span quote, int headlineEnd) {
        if (quote.end() < headlineEnd) return true;
        int open = Token.firstAt(tokens, quote.start() - 1);
        int close = Token.firstAt(tokens, quote.end());
        int words = 0;
        for (int k = open; k < close && k < tokens.size(); k++) if (tokens.get(k).isWord()) words++;
        if (words > 3) return true;
        // '…the president added. "We're America."': a quoted sentence of its own is said, not a term.
        char last = quote.end() > quote.start() ? text.charAt(quote.end() - 1) : ' ';
        boolean opensSentence = open == 0 || open < tokens.size() && tokens.get(open - 1).sentence() != tokens.get(open).sentence();
        if (opensSentence && words > 1 && (last == '.' || last == '!' || last == '?')) return true;
        int sentenceStart = open < tokens.size() ? tokens.get(open).sentence() : -1;
        // "Christie described Clinton as a 'disgrace'": somebody characterised it in those words.
        for (int k = open - 1; k >= 0 && k >= open - 8 && tokens.get(k).sentence() >= sentenceStart; k--) {
            if (!quoted[k] && SpeechWords.CHARACTERIZING_VERBS.contains(tokens.get(k).lower())) return true;
        }
        if (open > 0 && SpeechWords.NAMING_WORDS.contains(tokens.get(open - 1).lower())) return false;
        for (int k = open - 1; k >= 0 && tokens.get(k).sentence() >= sentenceStart; k--) {
            if (!quoted[k] && SpeechWords.isSpeechVerbAt(tokens, k)) return true;
        }
        int sentenceEnd = close < tokens.size() ? tokens.get(close).sentence() : -1;
        for (int k = close + 1; k < tokens.size() && tokens.get(k).sentence() <= sentenceEnd; k++) {
            if (!quoted[k] && SpeechWords.isSpeechVerbAt(tokens, k)) return true;
        }
        return false;
    }
}
