package dev.lede.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WrappedTextTest {

    private static List<String> lines(String text, int width) {
        WrappedText w = new WrappedText(text, width);
        List<String> lines = new ArrayList<>();
        for (int i = 0; w.hasLine(i); i++) lines.add(text.substring(w.start(i), w.end(i)));
        return lines;
    }

    @Test
    void wrapsAtSpacesAndKeepsParagraphBreaks() {
        assertThat(lines("the quick brown fox jumps\n\nover", 10))
                .containsExactly("the quick", "brown fox", "jumps", "", "over");
    }

    @Test
    void cutsWordsLongerThanTheLine() {
        assertThat(lines("abcdefghij kl", 4)).containsExactly("abcd", "efgh", "ij", "kl");
    }

    @Test
    void wideCharactersCountDouble() {
        assertThat(lines("日本語のテキスト", 6)).containsExactly("日本語", "のテキ", "スト");
        assertThat(lines("ab 日本 cd", 5)).containsExactly("ab 日", "本 cd");
    }

    @Test
    void wrapsOnlyAsFarAsAsked() {
        String text = "word ".repeat(1_000_000);
        WrappedText w = new WrappedText(text, 80);
        assertThat(w.hasLine(10)).isTrue();
        assertThat(w.start(10)).isEqualTo(10 * 80);
        assertThat(w.lineOf(text.length() - 1)).isEqualTo(w.lineCount() - 1);
    }

    @Test
    void findsTheLineOfAnOffset() {
        String text = "aaaa bbbb\ncccc";
        WrappedText w = new WrappedText(text, 5);
        assertThat(w.lineOf(0)).isZero();
        assertThat(w.lineOf(text.indexOf('b'))).isEqualTo(1);
        assertThat(w.lineOf(text.indexOf('c'))).isEqualTo(2);
        assertThat(new WrappedText("", 5).lineCount()).isZero();
    }
}
