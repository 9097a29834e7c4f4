package dev.lede.corpus;

import static dev.lede.corpus.Fixtures.loadOne;
import static dev.lede.corpus.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Random;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of file that is not an article becomes one failed document with a one-line reason. */
class CorpusLoaderFailureTest {

    @TempDir
    Path dir;

    @Test
    void emptyFile() {
        assertFailure(loadOne(write(dir, "empty.txt", "")), "empty file");
    }

    @Test
    void onlyWhitespace() {
        assertFailure(loadOne(write(dir, "blank.md", " \n\t\r\n  \n")), "only whitespace");
    }

    @Test
    void pngImageWithATextExtension() {
        byte[] png = new byte[4096];
        new Random(1).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, png, 0, 8);

        assertFailure(loadOne(write(dir, "picture.txt", png)), "binary file (looks like PNG image)");
    }

    @Test
    void jarAndZipRenamedToText() throws IOException {
        ByteArrayOutputStream jar = new ByteArrayOutputStream();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        try (JarOutputStream out = new JarOutputStream(jar, manifest)) {
            out.putNextEntry(new JarEntry("dev/lede/Main.class"));
            out.write(new byte[] {(byte) 0xCA, (byte) 0xFE});
        }
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("notes.txt"));
            out.write("hello".getBytes(StandardCharsets.UTF_8));
        }

        assertFailure(loadOne(write(dir, "lede.txt", jar.toByteArray())), "binary file (looks like JAR archive)");
        assertFailure(loadOne(write(dir, "notes.txt", zip.toByteArray())), "binary file (looks like ZIP archive)");
    }

    @Test
    void nulBytesAndControlCharactersMeanBinary() {
        byte[] withNul = "Title\n\nText\0with a NUL".getBytes(StandardCharsets.UTF_8);
        byte[] controls = new byte[2000];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        }

        assertFailure(loadOne(write(dir, "nul.txt", withNul)), "binary file (contains NUL bytes)");
        assertFailure(loadOne(write(dir, "controls.txt", controls)), "binary file (many control characters)");
    }

    @Test
    void fileOverTheSizeLimitIsRefusedWithoutReadingIt() throws IOException {
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024); // sparse: cheap to create, and it would be all NULs if read
        }

        assertFailure(loadOne(huge), "too large: 50.0 MB (limit 16 MB)");
    }

    @Test
    void fileAtTheSizeLimitIsRead() throws IOException {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(CorpusLoader.MAX_FILE_BYTES);
            file.write("Big story\n".getBytes(StandardCharsets.UTF_8));
        }

        // Read, then refused for what is in it (zeros), not for its size.
        assertFailure(loadOne(big), "binary file (contains NUL bytes)");
    }

    @Test
    void unreadableFile() throws IOException {
        Path secret = write(dir, "secret.txt", "Title\n\nBody\n");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(secret), "running as root: permissions do not stop reading");

        assertFailure(loadOne(secret), "cannot read: permission denied");
    }

    @Test
    void unreadableFolderIsOneFailureAndTheRestLoads() throws IOException {
        write(dir, "ok.txt", "Fine\n");
        Path locked = Files.createDirectory(dir.resolve("locked"));
        write(locked, "inside.txt", "Hidden away\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "running as root: permissions do not stop reading");
        try {
            List<Document> docs = CorpusLoader.load(List.of(dir));

            assertThat(Fixtures.ids(docs)).containsExactly("locked", "ok.txt");
            assertThat(docs.get(0).failure()).isEqualTo("cannot read: permission denied");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void missingPathBrokenLinkAndUnsupportedNamedFile() throws IOException {
        Path picture = write(dir, "photo.jpeg", "not really");
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.txt"), dir.resolve("nowhere.txt"));

        List<Document> docs = CorpusLoader.load(List.of(dir.resolve("gone.txt"), dangling, picture));

        assertFailure(docs.get(0), "cannot read: no such file or folder");
        assertFailure(docs.get(1), "cannot read: broken symbolic link");
        assertFailure(docs.get(2), "unsupported file type");
        // In a folder, neither the broken link nor the picture is an article, and neither is worth a message.
        assertThat(CorpusLoader.load(List.of(dir))).isEmpty();
    }

    @Test
    void failuresNeverStopTheRestAndPrintNothing() {
        write(dir, "a.txt", "");
        write(dir, "b.txt", "Good\n");
        write(dir, "c.json", "{oops");
        write(dir, "d.html", "<nav><a href=/>Home</a></nav>");
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        List<Document> docs;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
            docs = CorpusLoader.load(List.of(dir));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }

        assertThat(docs).extracting(Document::isFailed).containsExactly(true, false, true, true);
        assertThat(docs.get(1).title()).isEqualTo("Good");
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    private static void assertFailure(Document doc, String reason) {
        assertThat(doc.isFailed()).isTrue();
        assertThat(doc.failure()).isEqualTo(reason);
        assertThat(doc.failure()).doesNotContain("\n");
        assertThat(doc.title()).isEqualTo(doc.source().getFileName().toString());
        assertThat(doc.text()).isEmpty();
    }
}
