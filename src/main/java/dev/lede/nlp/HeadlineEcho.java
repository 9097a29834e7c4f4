package dev.lede.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A headline quotes words the body quotes in full: "Obama Sees 'Personal Insult' if …" above "The president told
 * African-Americans he would consider it a "personal insult"", "Black Lawmakers Rip Donald Trump As A 'Disgusting
 * Fraud.'" above ""Donald Trump is a disgusting fraud," said Rep. G.K. Butterfield". A headline quote no pass gave a
 * speaker is then the words of whoever the body gives them to: headlines are written from the body. Not when the
 * body's own narration uses the words too ("Apple unveils low-cost 'Mac mini'", "Row over 'police' power"): then they
 * are a term the story uses, not somebody's words.
 */
final class HeadlineEcho {

    private HeadlineEcho() {
    }

    /**
     * The attributions with each undecided headline quote's replaced by that of the first body quote holding its words
     * in a row (case and punctuation aside), when that body quote has a speaker and the narration lacks those words.
     */
    static List<Attribution> apply(String text, List<QuoteFinder.Span> quotes, List<QuoteFinder.Span> allMarked,
                                   List<Attribution> attributions, int headlineEnd) {
        List<Attribution> out = new ArrayList<>(attributions);
        List<String> narration = null;
        for (int h = 0; h < quotes.size() && quotes.get(h).end() <= headlineEnd; h++) {
            List<String> headline = words(text, quotes.get(h).start(), quotes.get(h).end());
            if (headline.isEmpty() || attributions.get(h).pass() != null) continue;
            for (int b = h + 1; b < quotes.size(); b++) {
                QuoteFinder.Span body = quotes.get(b);
                if (body.start() <= headlineEnd || !holdsInARow(words(text, body.start(), body.end()), headline)) continue;
                if (narration == null) narration = narration(text, allMarked, headlineEnd);
                if (attributions.get(b).speaker() >= 0 && !holdsInARow(narration, headline)) {
                    out.set(h, new Attribution(attributions.get(b).speaker(), SpeakerPass.HEADLINE_ECHO));
                }
                break;
            }
        }
        return out;
    }

    /** The body's words outside every pair of quotation marks. */
    private static List<String> narration(String text, List<QuoteFinder.Span> marked, int headlineEnd) {
        List<String> words = new ArrayList<>();
        int from = headlineEnd;
        for (QuoteFinder.Span q : marked) {
            if (q.end() <= from) continue;
            words.addAll(words(text, from, Math.max(from, q.start())));
            from = q.end();
        }
        words.addAll(words(text, from, text.length()));
        return words;
    }

    private static List<String> words(String text, int from, int to) {
        List<String> words = new ArrayList<>();
        for (String w : text.substring(from, to).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) words.add(w);
        }
        return words;
    }

    private static boolean holdsInARow(List<String> words, List<String> phrase) {
        return java.util.Collections.indexOfSubList(words, phrase) >= 0;
    }
}
