package dev.lede.corpus;

import static dev.lede.corpus.Fixtures.ids;
import static dev.lede.corpus.Fixtures.loadOne;
import static dev.lede.corpus.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusLoaderCsvTest {

    @TempDir
    Path dir;

    private List<Document> load(Columns columns) {
        return CorpusLoader.load(List.of(dir), new LoadOptions(columns, n -> { }));
    }

    @Test
    void columnsAreFoundByTheirCommonNamesAndQuotedFieldsSpanLines() {
        write(dir, "dump.csv", """
                Headline,Body,Published At,Link,Publisher,Byline,shares
                Storm hits coast,"Winds reached 100 km/h.
                
                ""It was loud,"" a resident said.",2016-11-08 14:30:00,https://news.example/storm,Coast News,By Ann Lee,12
                Quiet day,Nothing happened.,"Tue, 08 Nov 2016 09:00:00 GMT",,,,3
                """);

        List<Document> docs = load(Columns.COMMON_NAMES);

        assertThat(ids(docs)).containsExactly("dump.csv#1", "dump.csv#2");
        assertThat(docs.get(0).title()).isEqualTo("Storm hits coast");
        assertThat(docs.get(0).text()).isEqualTo("Storm hits coast\n\nWinds reached 100 km/h.\n\n\"It was loud,\" a resident said.");
        assertThat(docs.get(0).origin()).isEqualTo(new Origin("2016-11-08T14:30:00", "Coast News", "Ann Lee",
                "https://news.example/storm"));
        assertThat(docs.get(1).origin()).isEqualTo(new Origin("2016-11-08T09:00:00Z", null, null, null));
    }

    @Test
    void theColumnsOptionOverridesTheCommonNames() {
        write(dir, "odd.csv", "kop,romp,title\nRain,It rained all day.,ignored\n");

        Document doc = load(Columns.parse("title=kop,text=romp")).get(0);

        assertThat(doc.title()).isEqualTo("Rain");
        assertThat(doc.text()).isEqualTo("Rain\n\nIt rained all day.");
    }

    @Test
    void aColumnNamedInTheOptionButMissingIsOneLine() {
        write(dir, "odd.csv", "a,b\nx,y\n");

        assertThat(load(Columns.parse("text=story")).get(0).failure())
                .isEqualTo("CSV has no column \"story\" (columns: a, b)");
    }

    @Test
    void aWrongColumnsOptionIsRefused() {
        assertThatThrownBy(() -> Columns.parse("headline")).hasMessageContaining("expected FIELD=COLUMN");
        assertThatThrownBy(() -> Columns.parse("colour=red")).hasMessageContaining("\"colour=red\"");
    }

    @Test
    void noTextColumnSaysWhatWasLookedFor() {
        Document doc = loadOne(write(dir, "x.csv", "name,age\nAnn,3\n"));

        assertThat(doc.failure()).isEqualTo("CSV has no text column (looked for text, body, content, article, …;"
                + " columns: name, age); name it with --columns text=COLUMN");
    }

    @Test
    void aTableWithoutTextInAFolderIsAnIndexPassedByWithANotice() {
        write(dir, "001.txt", "Storm\n\nIt rained.\n");
        Path index = write(dir, "index.tsv", "file\tdate\ttitle\n001.txt\t2019-01-04\tStorm\n");
        List<String> notices = new java.util.ArrayList<>();

        List<Document> docs = CorpusLoader.load(List.of(dir), LoadOptions.DEFAULT.withNotices(notices::add));

        assertThat(ids(docs)).containsExactly("001.txt");
        assertThat(notices).containsExactly("index.tsv: not read as articles: TSV has no text column (looked for text,"
                + " body, content, article, …; columns: file, date, title); name it with --columns text=COLUMN");
        assertThat(loadOne(index).failure()).startsWith("TSV has no text column");
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsOrNoTextFailsAlone() {
        write(dir, "rows.csv", "title,text\nA,Alpha.\nB,Beta.,extra\nC,\nD,Delta.\n");

        List<Document> docs = load(Columns.COMMON_NAMES);

        assertThat(ids(docs)).containsExactly("rows.csv#1", "rows.csv#2", "rows.csv#3", "rows.csv#4");
        assertThat(docs).extracting(Document::failure).containsExactly(null,
                "row has 3 fields, the header 2 (line 3)", "empty text (line 4)", null);
        assertThat(docs.get(3).title()).isEqualTo("D");
    }

    @Test
    void anUnclosedQuoteEndsTheFileWithOneLineAndTheRowsBeforeLoad() {
        write(dir, "cut.csv", "title,text\nA,Alpha.\nB,\"Beta never ends\nand on\n");

        List<Document> docs = load(Columns.COMMON_NAMES);

        assertThat(ids(docs)).containsExactly("cut.csv#1", "cut.csv#2");
        assertThat(docs.get(0).text()).isEqualTo("A\n\nAlpha.");
        assertThat(docs.get(1).failure()).startsWith("malformed CSV: ").endsWith("; the rest of the file is not read")
                .doesNotContain("\n");
    }

    @Test
    void tabSeparatedWithAByteOrderMark() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] tsv = "title\tcontent\tdate\nA\tAlpha, with a comma.\t8 November 2016\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + tsv.length];
        System.arraycopy(bom, 0, file, 0, 3);
        System.arraycopy(tsv, 0, file, 3, tsv.length);

        Document doc = loadOne(write(dir, "a.tsv", file));

        assertThat(doc.text()).isEqualTo("A\n\nAlpha, with a comma.");
        assertThat(doc.origin().date()).isEqualTo("2016-11-08");
    }

    @Test
    void gzippedCsvAndACutOne() throws IOException {
        byte[] csv = ("title,text\n" + "A,Alpha is here.\n".repeat(3000)).getBytes(StandardCharsets.UTF_8);
        byte[] gz = CorpusLoaderWarcTest.gzip(csv);
        write(dir, "whole.csv.gz", gz);
        write(dir, "cut.csv.gz", java.util.Arrays.copyOf(gz, gz.length / 2));

        List<Document> docs = load(Columns.COMMON_NAMES);

        long whole = docs.stream().filter(d -> d.id().startsWith("whole.csv.gz#")).count();
        List<Document> cut = docs.stream().filter(d -> d.id().startsWith("cut.csv.gz")).toList();
        assertThat(whole).isEqualTo(3000);
        assertThat(cut.size()).isBetween(2, 3000);
        assertThat(cut.subList(0, cut.size() - 1)).allMatch(d -> !d.isFailed());
        assertThat(cut.get(cut.size() - 1).failure())
                .isEqualTo("cannot read: gzip data ends early (truncated file); the records before it loaded");
    }

    @Test
    void headerOnlyIsNotAnArticle() {
        assertThat(loadOne(write(dir, "h.csv", "title,text\n")).failure()).isEqualTo("CSV has a header but no rows");
    }
}
