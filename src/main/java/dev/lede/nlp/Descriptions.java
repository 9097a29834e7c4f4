package dev.lede.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the text calls each person or body besides its name: the words right before a mention ("Indiana Gov. Mike
 * Pence", "the carmaker Toyota") and in an apposition after it ("Keith Lamont Scott, a 43-year-old black man,").
 * A later description ("the Indiana governor said", "the 43-year-old said", "the carmaker said") stands for the
 * entity the text introduced with those words, which is often not the one named last or most.
 */
final class Descriptions {

    /** How many words before a mention can describe it: "former Indiana Gov. Mike Pence". */
    private static final int WORDS_BEFORE = 4;
    /** How many words an apposition after a mention may run: ", a 43-year-old black man,". */
    private static final int APPOSITION_WORDS = 7;

    private final List<Token> tokens;
    private final List<Entity> entities;
    private final int[] entityAt;
    private final Lexicon lex = Lexicon.get();
    /** Per entity, its describing words in lower case; an abbreviation keeps its dot ("gov."). */
    private final List<Set<String>> wordsOf = new ArrayList<>();
    /** Per entity, the heads it has only with an office's qualifier: "shadow chancellor" → chancellor → shadow. */
    private final List<java.util.Map<String, String>> qualifiedOf = new ArrayList<>();
    /** Per entity, the first token of its first mention. */
    private final int[] firstMention;
    /** Where the headline ends: a description there ("Retired General Reveals …") stands for somebody the body introduces. */
    private final int headlineEnd;

    Descriptions(List<Token> tokens, List<Entity> entities, int[] entityAt, boolean[] quoted, int headlineEnd) {
        this.tokens = tokens;
        this.headlineEnd = headlineEnd;
        this.entities = entities;
        this.entityAt = entityAt;
        this.firstMention = new int[entities.size()];
        java.util.Arrays.fill(firstMention, Integer.MAX_VALUE);
        for (int e = 0; e < entities.size(); e++) {
            wordsOf.add(new HashSet<>());
            qualifiedOf.add(new java.util.HashMap<>());
        }
        for (int a = 0; a < tokens.size(); a++) {
            int e = entityAt[a];
            if (e < 0 || a > 0 && entityAt[a - 1] == e || quoted[a]) continue;
            firstMention[e] = Math.min(firstMention[e], a);
            int b = a;
            while (b + 1 < tokens.size() && entityAt[b + 1] == e) b++;
            for (int j = a - 1; j >= 0 && j >= a - WORDS_BEFORE && describes(j, quoted); j--) add(e, j);
            if (b + 2 < tokens.size() && tokens.get(b + 1).text().equals(",") && SpeechWords.DETERMINERS.contains(tokens.get(b + 2).lower())) {
                int j = b + 3;
                while (j < tokens.size() && j <= b + 2 + APPOSITION_WORDS && describes(j, quoted)) j++;
                // Closed by a comma: "Echoing Condoleezza Rice, the prime minister said" is no apposition.
                if (j < tokens.size() && tokens.get(j).text().equals(",")) {
                    for (int w = b + 3; w < j; w++) add(e, w);
                }
            }
        }
    }

    private void add(int e, int j) {
        String w = tokens.get(j).lower();
        wordsOf.get(e).add(w);
        String before = j > 0 ? tokens.get(j - 1).lower() : "";
        if (lex.titleModifiers.contains(before)) qualifiedOf.get(e).put(w, before);
    }

    /** Whether the text describes entity e with one of the words: "9/11 widow Terry Strada" is a woman. */
    boolean describedWithAny(int e, Set<String> nouns) {
        for (String w : wordsOf.get(e)) if (nouns.contains(w)) return true;
        return false;
    }

    private boolean describes(int j, boolean[] quoted) {
        Token t = tokens.get(j);
        String w = t.lower();
        // A place describes ("Indiana Gov. Mike Pence"); a person or body before a name is another name.
        boolean place = entityAt[j] < 0 || entities.get(entityAt[j]).type() == EntityType.LOCATION;
        return t.isWord() && !quoted[j] && place && !lex.functionWords.contains(w) && !SpeechWords.DETERMINERS.contains(w)
                && !SpeechWords.SPEECH_VERBS.contains(w);
    }

    /**
     * The entity of the wanted type introduced with the description whose head noun is at {@code head}
     * ("the Indiana governor": "governor", and "Indiana" before it), or -1 when none or several fit equally. Introduced
     * before it, or anywhere for a description in the headline, which the body goes on to tell of.
     */
    int describedAt(int head, EntityType wanted) {
        String noun = tokens.get(head).lower();
        List<String> modifiers = new ArrayList<>();
        for (int j = head - 1; j >= 0 && j >= head - 3; j--) {
            String w = tokens.get(j).lower();
            if (!tokens.get(j).isWord() || SpeechWords.DETERMINERS.contains(w) || lex.functionWords.contains(w)) break;
            modifiers.add(w);
        }
        // "the club said" means the story's own club more often than the one introduced as "rival local club X".
        if (modifiers.isEmpty() && wanted == EntityType.ORGANIZATION) return -1;
        int best = -1;
        int bestScore = 0;
        boolean tie = false;
        for (int e = 0; e < entities.size(); e++) {
            boolean introducedLater = firstMention[e] >= head && tokens.get(head).end() > headlineEnd;
            if (entities.get(e).type() != wanted || introducedLater) continue;
            Set<String> words = wordsOf.get(e);
            // "the chancellor" is not the "shadow chancellor", nor "the mayor" the "deputy mayor".
            String qualifier = qualifiedOf.get(e).get(noun);
            boolean sameOffice = qualifier == null || modifiers.contains(qualifier);
            int score = sameOffice && names(words, noun) ? 2 : 0;
            for (String m : modifiers) if (names(words, m)) score++;
            if (score < 2) continue;
            if (score > bestScore) {
                best = e;
                bestScore = score;
                tie = false;
            } else if (score == bestScore) {
                tie = true;
            }
        }
        return tie ? -1 : best;
    }

    /** The word itself, or an abbreviation of it with a dot ("Gov." for "governor", "Sen." for "senator"). */
    private static boolean names(Set<String> words, String word) {
        if (words.contains(word)) return true;
        for (int n = 2; n < word.length() && n <= 5; n++) if (words.contains(word.substring(0, n) + ".")) return true;
        return false;
    }
}
