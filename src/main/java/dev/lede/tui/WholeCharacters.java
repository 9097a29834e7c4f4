package dev.lede.tui;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;

/**
 * Lanterna's stream terminals send a string one {@code char} at a time and encode each on its own, so the two
 * halves of an emoji (a surrogate pair) each became "?" on a real terminal while the virtual terminal, which
 * encodes nothing, showed it right. Terminals of Lede's send their strings through here: a pair goes out as
 * one character, everything else as Lanterna sends it.
 */
public final class WholeCharacters {

    /** Lanterna's own way of sending one char (it also turns line drawing into VT100 codes without UTF-8). */
    public interface CharOut {
        void put(char c) throws IOException;
    }

    /** Raw bytes to the terminal. */
    public interface BytesOut {
        void write(byte[] bytes) throws IOException;
    }

    private WholeCharacters() {
    }

    public static void put(String s, Charset charset, CharOut chars, BytesOut bytes) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes.write(encode(s.substring(i, i + 2), charset));
                i++;
            } else {
                chars.put(c);
            }
        }
    }

    /** The character in the terminal's charset ("?" when it has no such character). */
    static byte[] encode(String character, Charset charset) {
        ByteBuffer encoded = charset.encode(character);
        byte[] out = new byte[encoded.remaining()];
        encoded.get(out);
        return out;
    }
}
