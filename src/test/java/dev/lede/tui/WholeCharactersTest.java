package dev.lede.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What a stream terminal sends for emoji. Lanterna's own sends each half of a surrogate pair as "?"; the
 * virtual terminal encodes nothing, so only the bytes (or tmux, see tmux-e2e.sh) show it.
 */
class WholeCharactersTest {

    /** A stream terminal like Lede's own two (local and SSH), writing into a buffer. */
    private static class BufferTerminal extends ANSITerminal {
        final ByteArrayOutputStream sent;

        BufferTerminal(ByteArrayOutputStream sent, Charset charset) {
            super(new ByteArrayInputStream(new byte[0]), sent, charset);
            this.sent = sent;
        }

        @Override
        public void putString(String string) throws IOException {
            WholeCharacters.put(string, getCharset(), this::putCharacter, this::writeToTerminal);
        }
    }

    private static String sent(String s, Charset charset) throws IOException {
        BufferTerminal terminal = new BufferTerminal(new ByteArrayOutputStream(), charset);
        terminal.putString(s);
        return terminal.sent.toString(charset);
    }

    @Test
    void emojiGoOutWholeBesideCjkAndAscii() throws IOException {
        assertThat(sent("Emoji 🎉 and 中文 test", StandardCharsets.UTF_8)).isEqualTo("Emoji 🎉 and 中文 test");
        assertThat(sent("👍🏽🚀", StandardCharsets.UTF_8)).isEqualTo("👍🏽🚀");
    }

    @Test
    void lanternasOwnWayWasTwoQuestionMarks() throws IOException {
        BufferTerminal plain = new BufferTerminal(new ByteArrayOutputStream(), StandardCharsets.UTF_8) {
            @Override
            public void putString(String string) throws IOException {
                for (char c : string.toCharArray()) putCharacter(c);
            }
        };
        plain.putString("🎉");
        assertThat(plain.sent.toString(StandardCharsets.UTF_8)).isEqualTo("??");
    }

    @Test
    void aCharsetWithoutEmojiGetsOneQuestionMarkNotTwo() throws IOException {
        assertThat(sent("a🎉b", StandardCharsets.US_ASCII)).isEqualTo("a?b");
    }
}
