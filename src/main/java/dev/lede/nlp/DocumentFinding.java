package dev.lede.nlp;

import java.util.List;
import java.util.Set;

/**
 * "A Government Accountability Office report released last year found that the agency could not be sure that money …
 * was not coming from "…"": a verb of finding ({@code finding-verbs.txt}) frames a quote as its subject's words only
 * when that subject is a document (a report, a study) whose author the phrase names, and which speaks for that author;
 * "police found" frames nothing, nor does "the report found" (the text may not say whose).
 */
final class DocumentFinding {

    private DocumentFinding() {
    }

    static final Set<String> FINDING_VERBS = Lexicon.words("finding-verbs.txt");

    /** How many words before the verb the document's noun may stand ("report by the Rights Committee found"). */
    private static final int REACH = 6;

    /** How many tokens a clause set off by commas between the document and the verb may run ("The report, which …, found"). */
    private static final int CLAUSE_TOKENS = 20;

    /**
     * "A Government Accountability Office report", "a report by the CBI": the document's author is named right before its
     * noun or after "by" or "from" right after it; "the report found" and "a new study has found" name nobody, and what
     * such a document found is left to the text around it.
     */
    private static boolean authorNamed(List<Token> tokens, int noun) {
        Lexicon lex = Lexicon.get();
        Token before = noun > 0 ? tokens.get(noun - 1) : null;
        if (before != null && before.isWord() && before.isCapitalized() && !lex.functionWords.contains(before.lower())) return true;
        int j = noun + 1;
        if (j >= tokens.size() || !(tokens.get(j).lower().equals("by") || tokens.get(j).lower().equals("from"))) return false;
        j++;
        if (j < tokens.size() && tokens.get(j).lower().equals("the")) j++;
        return j < tokens.size() && tokens.get(j).isWord() && tokens.get(j).isCapitalized();
    }

    /** Whether token k is a verb of finding whose subject, a few words before it, is a document's noun. */
    static boolean isAt(List<Token> tokens, int k) {
        if (!FINDING_VERBS.contains(tokens.get(k).lower())) return false;
        int sentence = tokens.get(k).sentence();
        int j = k - 1;
        if (j >= 0 && tokens.get(j).text().equals(",")) {
            int comma = j - 1;
            while (comma >= 0 && comma >= j - CLAUSE_TOKENS && !tokens.get(comma).text().equals(",")) comma--;
            if (comma < 0 || comma < j - CLAUSE_TOKENS) return false;
            j = comma - 1;
        }
        for (int words = 0; j >= 0 && words < REACH && tokens.get(j).sentence() == sentence; j--, words++) {
            Token t = tokens.get(j);
            if (!t.isWord()) return false;
            if (SpeechWords.DOCUMENT_NOUNS.contains(t.lower()) && !t.isCapitalized()) return authorNamed(tokens, j);
            if (SpeechWords.isActiveSpeechVerb(tokens, j)) return false;
        }
        return false;
    }
}
