package dev.lede.corpus;

import static dev.lede.corpus.Fixtures.loadOne;
import static dev.lede.corpus.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusLoaderTextTest {

    @TempDir
    Path dir;

    @Test
    void textFileIsTitledByItsFirstNonEmptyLineAndKeptExactly() {
        String content = "\n  \n  Minister resigns  \r\n\r\nThe minister said \"enough\".\r\n";
        Document doc = loadOne(write(dir, "a.txt", content));

        assertThat(doc.isFailed()).isFalse();
        assertThat(doc.title()).isEqualTo("Minister resigns");
        assertThat(doc.text()).isEqualTo(content);
        assertThat(doc.note()).isNull();
        assertThat(doc.source()).isEqualTo(dir.resolve("a.txt"));
    }

    @Test
    void markdownTitleLosesItsHeadingMarks() {
        Document doc = loadOne(write(dir, "story.md", "## Floods in the north\n\nRivers rose *overnight*.\n"));

        assertThat(doc.title()).isEqualTo("Floods in the north");
        assertThat(doc.text()).isEqualTo("## Floods in the north\n\nRivers rose *overnight*.\n");
    }

    @Test
    void utf8ByteOrderMarkIsStripped() {
        byte[] body = "Title\n\nBody £5.\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        Document doc = loadOne(write(dir, "bom.txt", withBom));

        assertThat(doc.text()).isEqualTo("Title\n\nBody £5.\n");
        assertThat(doc.title()).isEqualTo("Title");
        assertThat(doc.note()).isNull();
    }

    @Test
    void invalidUtf8IsReadAsWindows1252WithANote() {
        byte[] cp1252 = "Prices\n\nIt costs \u00a35 \u2014 \u201cfair\u201d.\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));

        Document doc = loadOne(write(dir, "old.txt", cp1252));

        assertThat(doc.isFailed()).isFalse();
        assertThat(doc.text()).isEqualTo("Prices\n\nIt costs £5 — “fair”.\n");
        assertThat(doc.note()).isEqualTo("not valid UTF-8; read as Windows-1252");
    }

    @Test
    void utf16WithByteOrderMarkIsDecoded() {
        String content = "Überschrift\n\nText mit Umlauten: äöü.\n";
        Document bigEndian = loadOne(write(dir, "be.txt", content.getBytes(StandardCharsets.UTF_16))); // writes FE FF
        byte[] le = content.getBytes(StandardCharsets.UTF_16LE);
        byte[] leWithBom = new byte[le.length + 2];
        leWithBom[0] = (byte) 0xFF;
        leWithBom[1] = (byte) 0xFE;
        System.arraycopy(le, 0, leWithBom, 2, le.length);
        Document littleEndian = loadOne(write(dir, "le.txt", leWithBom));

        for (Document doc : new Document[] {bigEndian, littleEndian}) {
            assertThat(doc.isFailed()).isFalse();
            assertThat(doc.text()).isEqualTo(content);
            assertThat(doc.title()).isEqualTo("Überschrift");
            assertThat(doc.note()).isEqualTo("read as UTF-16");
        }
    }
}
