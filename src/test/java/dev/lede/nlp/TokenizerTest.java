package dev.lede.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenizerTest {

    /** The raw tokens as the tokenizer's regular expression found them before it matched them by hand. */
    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{L}\\.){2,}"
            + "|[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:[-'\u2019&][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*"
            + "|\\S");

    /** Letters, numbers and marks of several scripts and planes, joiners, dots, white space and not (NBSP), a lone surrogate. */
    private static final String[] PIECES = {"a", "B", "é", "e\u0301", "ß", "Ж", "中", "٣", "Ⅻ", "½", "\uD835\uDC00", "\uD83D\uDE00",
        "7", ".", "-", "'", "\u2019", "&", " ", "\n", "\t", "\u000B", "\f", "\r", "\u00A0", "\u2003", ",", "\"", "\u201C", "\uD800",
        "\u0301", "U.S.", "Ki-moon", "AT&T"};

    @ParameterizedTest(name = "{1} in \"{0}\" opens a sentence: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Intro.\\n\\n((WN))  Does Quorbtube store videos?                | Does | true
            Intro.\\n\\n((Sara Seager))  Probably not.                      | Probably | true
            (Quorbin News) Police said so.                                  | Police | true
            Shares (in London) Rose by a third.                             | Rose | false
            The firm (Quorbax) Does not comment.                            | Does | false
            Intro.\\n\\n((WN)) What (he said) Does matter.                  | Does | false
            """)
    void theWordAfterALabelInBracketsThatOpensItsLineOpensASentence(String text, String word, boolean opens) {
        String t = text.replace("\\n", "\n");
        Token token = new Tokenizer(Lexicon.get()).tokenize(t).stream().filter(k -> k.text().equals(word)).findFirst().orElseThrow();
        assertEquals(opens, token.sentenceInitial(), () -> word + " in " + t);
    }

    @ParameterizedTest(name = "{1} and {2} in \"{0}\" share a sentence: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Intro.\\n\\n((WN))  Tell me about the title you won.       | WN     | Tell     | false
            Intro.\\n\\n((Sara Seager))  Probably not.                   | Seager | Probably | false
            Intro.\\n\\n((WN)) What (he said) Does matter.               | he     | Does     | true
            Intro.\\n\\nThe Quorbin Review (WN) spoke to her.            | WN     | spoke    | true
            """)
    void aLabelThatOpensItsLineIsASentenceOfItsOwn(String text, String first, String second, boolean same) {
        String t = text.replace("\\n", "\n");
        List<Token> tokens = new Tokenizer(Lexicon.get()).tokenize(t);
        Token a = tokens.stream().filter(k -> k.text().equals(first)).findFirst().orElseThrow();
        Token b = tokens.stream().filter(k -> k.text().equals(second)).findFirst().orElseThrow();
        assertEquals(same, a.sentence() == b.sentence(), () -> first + " and " + second + " in " + t);
    }

    @Test
    void rawTokensAreWhatTheRegularExpressionMatches() {
        Random random = new Random(18);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(12);
            for (int p = 0; p < pieces; p++) text.append(PIECES[random.nextInt(PIECES.length)]);
            String t = text.toString();
            assertEquals(byRegex(t), byHand(t), () -> "tokens of \"" + t + "\"");
        }
    }

    @Test
    void joinedWordsAndDottedAbbreviationsStayWhole() {
        String t = "U.S. envoy Ban Ki-moon met AT&T's O\u2019Neill - a 3.5% rise, e.g. today.";
        assertEquals(byRegex(t), byHand(t));
        assertEquals(List.of("U.S.", "envoy", "Ban", "Ki-moon", "met", "AT&T's", "O\u2019Neill", "-", "a", "3", ".", "5", "%", "rise",
                ",", "e.g.", "today", "."), texts(t, byHand(t)));
    }

    private static List<String> byRegex(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) out.add(m.start() + "-" + m.end());
        return out;
    }

    private static List<String> byHand(String text) {
        List<String> out = new ArrayList<>();
        for (int at = Tokenizer.tokenStart(text, 0); at < text.length(); ) {
            int end = Tokenizer.tokenEnd(text, at);
            out.add(at + "-" + end);
            at = Tokenizer.tokenStart(text, end);
        }
        return out;
    }

    private static List<String> texts(String text, List<String> spans) {
        return spans.stream().map(s -> text.substring(Integer.parseInt(s.split("-")[0]), Integer.parseInt(s.split("-")[1]))).toList();
    }
}
