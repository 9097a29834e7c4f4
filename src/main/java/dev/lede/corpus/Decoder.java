package dev.lede.corpus;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Turns a file's bytes into text, or says why they are not text. */
final class Decoder {

    /** Decoded text and an optional remark on how it was read. */
    record Decoded(String text, String note) {
    }

    /** A streamed file's text, with an optional remark on how it is read. */
    record Stream(Reader reader, String note) {
    }

    /** A streamed file's encoding is judged on this many bytes at its start. */
    private static final int SNIFF_BYTES = 64 * 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF_CHARS = 8192;
    /** Above this share of control characters a file is binary, whatever its bytes decode to. */
    private static final double MAX_CONTROL_SHARE = 0.05;

    private record Magic(String kind, byte[] bytes) {
        Magic(String kind, int... values) {
            this(kind, toBytes(values));
        }

        boolean matches(byte[] data) {
            return data.length >= bytes.length && Arrays.equals(data, 0, bytes.length, bytes, 0, bytes.length);
        }
    }

    private static final Magic[] MAGICS = {
            new Magic("PNG image", 0x89, 'P', 'N', 'G'),
            new Magic("JPEG image", 0xFF, 0xD8, 0xFF),
            new Magic("GIF image", 'G', 'I', 'F', '8'),
            new Magic("PDF document", '%', 'P', 'D', 'F', '-'),
            new Magic("ZIP archive", 'P', 'K', 3, 4),
            new Magic("ZIP archive", 'P', 'K', 5, 6),
            new Magic("GZIP archive", 0x1F, 0x8B),
            new Magic("BZIP2 archive", 'B', 'Z', 'h'),
            new Magic("7-Zip archive", '7', 'z', 0xBC, 0xAF, 0x27, 0x1C),
            new Magic("RAR archive", 'R', 'a', 'r', '!', 0x1A, 0x07),
            new Magic("ELF executable", 0x7F, 'E', 'L', 'F'),
            new Magic("Java class file", 0xCA, 0xFE, 0xBA, 0xBE),
    };

    private Decoder() {
    }

    static Decoded decode(byte[] data) throws NotAnArticle {
        checkMagic(data);
        Decoded decoded = decodeText(data);
        checkNotBinary(decoded.text());
        if (decoded.text().isBlank()) {
            throw new NotAnArticle("only whitespace");
        }
        return decoded;
    }

    /**
     * A file too large to hold whole, read as text from its first 64 KB the way {@link #decode} reads a whole file:
     * binary files are refused, a byte-order mark chooses UTF-8 or UTF-16, and a start that is not UTF-8 means
     * Windows-1252. Bytes further on that are not valid in the chosen encoding read as U+FFFD.
     */
    static Stream decodeStream(InputStream raw) throws IOException, NotAnArticle {
        BufferedInputStream in = new BufferedInputStream(raw, SNIFF_BYTES);
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        checkMagic(head);
        Charset charset = StandardCharsets.UTF_8;
        String note = null;
        int bom = 0;
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            bom = 3;
        } else if (startsWith(head, 0xFE, 0xFF) || startsWith(head, 0xFF, 0xFE)) {
            charset = head[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            note = "read as UTF-16";
            bom = 2;
        } else if (!isUtf8Start(head)) {
            charset = WINDOWS_1252;
            note = "not valid UTF-8; read as Windows-1252";
        }
        in.skipNBytes(bom);
        String start = new String(head, bom, head.length - bom, charset);
        checkNotBinary(start);
        if (head.length < SNIFF_BYTES && start.isBlank()) {
            throw new NotAnArticle("only whitespace");
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new Stream(new BufferedReader(new InputStreamReader(in, decoder), SNIFF_BYTES), note);
    }

    /** Valid UTF-8 up to the end of the bytes, where a character may be cut in two. */
    private static boolean isUtf8Start(byte[] head) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        return !strict.decode(ByteBuffer.wrap(head), CharBuffer.allocate(head.length), false).isError();
    }

    private static void checkMagic(byte[] data) throws NotAnArticle {
        if (data.length == 0) {
            throw new NotAnArticle("empty file");
        }
        for (Magic magic : MAGICS) {
            if (magic.matches(data)) {
                throw new NotAnArticle("binary file (looks like " + refine(magic.kind(), data) + ")");
            }
        }
    }

    private static Decoded decodeText(byte[] data) {
        if (startsWith(data, 0xEF, 0xBB, 0xBF)) {
            return strictUtf8(data, 3);
        }
        if (startsWith(data, 0xFE, 0xFF)) {
            return new Decoded(new String(data, 2, data.length - 2, StandardCharsets.UTF_16BE), "read as UTF-16");
        }
        if (startsWith(data, 0xFF, 0xFE)) {
            return new Decoded(new String(data, 2, data.length - 2, StandardCharsets.UTF_16LE), "read as UTF-16");
        }
        return strictUtf8(data, 0);
    }

    private static Decoded strictUtf8(byte[] data, int offset) {
        // The JDK's own UTF-8 constructor is several times faster than a decoder; it only hides malformed input
        // behind U+FFFD, so the strict decoder runs just for texts that contain one.
        String fast = new String(data, offset, data.length - offset, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return new Decoded(fast, null);
        }
        ByteBuffer bytes = ByteBuffer.wrap(data, offset, data.length - offset);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString();
            return new Decoded(text, null);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(data, offset, data.length - offset, WINDOWS_1252),
                    "not valid UTF-8; read as Windows-1252");
        }
    }

    /** Text files have no NULs and few control characters besides tab, line feed, form feed and carriage return. */
    private static void checkNotBinary(String text) throws NotAnArticle {
        int end = Math.min(text.length(), SNIFF_CHARS);
        int controls = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new NotAnArticle("binary file (contains NUL bytes)");
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') || c == 0x7F) {
                controls++;
            }
        }
        if (controls > end * MAX_CONTROL_SHARE) {
            throw new NotAnArticle("binary file (many control characters)");
        }
    }

    /** A JAR is a ZIP whose first entry is usually META-INF/; the name helps the user recognise it. */
    private static String refine(String kind, byte[] data) {
        int nameLength = data.length > 28 ? (data[26] & 0xFF) | (data[27] & 0xFF) << 8 : 0;
        if (kind.equals("ZIP archive") && data.length >= 30 + nameLength
                && new String(data, 30, nameLength, StandardCharsets.ISO_8859_1).startsWith("META-INF/")) {
            return "JAR archive";
        }
        return kind;
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        return new Magic("", prefix).matches(data);
    }

    private static byte[] toBytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
