package dev.lede.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.lede.corpus.CorpusLoader;
import dev.lede.corpus.Document;
import dev.lede.model.Library;
import dev.lede.nlp.EnglishAnnotator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder holding every kind of bad file the loaders know (written here, nothing binary is committed)
 * and two good articles, opened in the explorer: each bad file is a failed entry with its reason, in the
 * list and in the reader, the good ones open and are annotated, and no stack trace reaches the screen.
 */
class BadFilesInTheExplorerTest {

    @TempDir
    Path dir;

    @TempDir
    Path home;

    /** File (or record) id → the reason it is listed with. */
    private final Map<String, String> failures = new LinkedHashMap<>();

    @Test
    void badFilesAreListedWithTheirReasonsAndTheGoodOnesWork() throws Exception {
        writeFixtures();
        List<Document> docs = CorpusLoader.load(List.of(dir));
        assertThat(docs).filteredOn(Document::isFailed).extracting(Document::id).containsExactlyInAnyOrderElementsOf(failures.keySet());
        for (Document d : docs) {
            if (d.isFailed()) assertThat(d.failure()).as(d.id()).startsWith(failures.get(d.id()));
        }
        assertThat(docs).filteredOn(d -> !d.isFailed()).extracting(Document::id)
                .containsExactlyInAnyOrder("blair.txt", "storm.html", "old.txt", "utf16.txt");

        Map<String, String> env = Map.of("TERM", "xterm-256color", "HOME", home.toString(),
                "XDG_CONFIG_HOME", home.resolve("config").toString(), "XDG_STATE_HOME", home.resolve("state").toString());
        try (Library library = Library.annotating(docs, new EnglishAnnotator(), 2);
             VirtualSession s = new VirtualSession(library, Settings.load(null, env), 200, 60)) {
            String list = s.awaitScreen(screen -> screen.contains("Blair visits Paris") && !s.row(59).contains("annotating"), "annotation done");
            noStackTrace(list);
            for (int i = 0; i < docs.size(); i++) {
                Document d = docs.get(i);
                s.type("1g" + "j".repeat(i)).press(KeyType.Enter);
                String heading = "2 Reader  " + Canvas.fit(d.title().replace("\n", "␊"), 40);
                if (d.isFailed()) {
                    String reason = "✗ " + d.failure();
                    // The reader wraps the reason, so its start and its last word are both shown.
                    String inReader = reason.substring(0, Math.min(reason.length(), 40));
                    String lastWord = reason.substring(reason.lastIndexOf(' ') + 1);
                    String inList = reason.substring(0, Math.min(reason.length(), 14));
                    // The open document's row (▶) shows the reason too, shortened to the list's width.
                    String screen = s.awaitScreen(shown -> shown.contains(heading) && shown.contains(inReader) && shown.contains(lastWord)
                            && shown.lines().anyMatch(row -> row.startsWith("▶") && row.contains(inList)), d.id() + " failed: " + reason);
                    noStackTrace(screen);
                } else {
                    String screen = s.awaitText(heading, "4 Quotes");
                    assertThat(screen).as("%s is annotated", d.id()).containsPattern("\\d+e \\d+q");
                    if (d.note() != null) assertThat(screen).as("the reader says how %s was read", d.id()).contains(d.note());
                    noStackTrace(screen);
                }
            }
            int blair = docs.stream().map(Document::id).toList().indexOf("blair.txt");
            s.type("1g" + "j".repeat(blair)).press(KeyType.Enter);
            assertThat(s.awaitText("Tony Blair met", "People", "Tony Blair")).contains("Paris");
            s.type("]");
            assertThat(s.awaitText("quote 1/")).contains("Blair");
            s.type("q");
            assertThat(s.awaitEnd()).isTrue();
        }
        assertThat(home.resolve("state/lede/lede.log")).as("nothing went wrong").doesNotExist();
    }

    private static void noStackTrace(String screen) {
        assertThat(screen).doesNotContain("Exception", "\tat ", "at dev.lede", "at java.", "Caused by");
    }

    private void writeFixtures() throws IOException {
        write("blair.txt", "Blair visits Paris\n\nTony Blair met French officials in Paris on Monday. "
                + "\"We are close to a deal,\" Blair said after the talks.\n");
        write("storm.html", "<!DOCTYPE html><html><head><title>Storm</title></head><body><nav><a href=/>Home</a></nav>"
                + "<article><h1>Storm hits the coast</h1><p>High winds closed roads across Cornwall on Tuesday, "
                + "and the Met Office warned of more to come.</p><p>\"Stay indoors if you can,\" said John Smith, "
                + "a forecaster at the Met Office in Exeter.</p></article></body></html>");
        // Not bad, only unusual: read with a fallback and a note.
        write("old.txt", "Prices\n\nIt costs \u00a35 \u2014 \u201cfair\u201d, said the baker.\n".getBytes(Charset.forName("windows-1252")));
        write("utf16.txt", "Überschrift\n\nText mit Umlauten: äöü.\n".getBytes(StandardCharsets.UTF_16));

        fail("empty.txt", "", "empty file");
        fail("blank.md", " \n\t\r\n  \n", "only whitespace");
        byte[] png = new byte[4096];
        new Random(1).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, png, 0, 8);
        fail("picture.txt", png, "binary file (looks like PNG image)");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("notes.txt"));
            out.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        fail("archive.txt", zip.toByteArray(), "binary file (looks like ZIP archive)");
        fail("nul.txt", "Title\n\nText\0with a NUL", "binary file (contains NUL bytes)");
        try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(50L * 1024 * 1024); // sparse: cheap to make
        }
        failures.put("huge.txt", "too large: 50.0 MB (limit 16 MB)");
        fail("app.html", "<html><head><title>Home</title></head><body><nav><a href=/>Home</a> <a href=/about>About</a></nav>"
                + "<div class=app></div><footer>© 2024</footer></body></html>", "no article text found");
        fail("deep.html", "<html><body>" + "<div>".repeat(10_000) + "</div>".repeat(10_000) + "</body></html>", "no article text found");
        fail("broken.json", "{\n  \"title\": \"x\",\n  oops\n}", "malformed JSON: ");
        fail("types.json", "{\"title\": \"Numbers\", \"text\": 42}", "JSON field \"text\" is a number, expected a string");
        write("feed.jsonl", "{\"title\": \"B\", \"text\": \n{\"title\": [1], \"text\": \"x\"}\n");
        failures.put("feed.jsonl#1", "malformed JSON: ");
        failures.put("feed.jsonl#2", "JSON field \"title\" is an array, expected a string");
        fail("new\nline.txt", "", "empty file");
        fail("Zürich – café 日本.md", "   ", "only whitespace");
        Files.createDirectories(dir.resolve("sub"));
        Files.createSymbolicLink(dir.resolve("sub/loop"), dir); // skipped: it loops back into the folder
    }

    private void fail(String name, String content, String reason) throws IOException {
        fail(name, content.getBytes(StandardCharsets.UTF_8), reason);
    }

    private void fail(String name, byte[] content, String reason) throws IOException {
        write(name, content);
        failures.put(name, reason);
    }

    private void write(String name, String content) throws IOException {
        write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private void write(String name, byte[] content) throws IOException {
        Files.write(dir.resolve(name), content);
    }
}
