package dev.lede.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The annotator's version, which keys the annotation cache: a hash of the annotator's code and word lists
 * (and the pom, for the models it pulls in), computed by the build ({@code pom.xml} runs {@link #main} after
 * compiling) so that no rule change can forget to change it.
 */
final class AnnotatorVersion {

    static final String RESOURCE = "annotator-version.txt";

    private AnnotatorVersion() {
    }

    /** The version the build wrote beside the classes. */
    static String current() {
        try (InputStream in = AnnotatorVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing: build Lede with Maven (mvn -B package)");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 over every file below the roots (path relative to its root, then content), in path order. */
    static String hash(List<Path> roots) throws IOException {
        MessageDigest sha = sha256();
        for (Path root : roots) {
            List<Path> files = new ArrayList<>();
            if (Files.isRegularFile(root)) {
                files.add(root);
            } else {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            }
            for (Path f : files) {
                String name = Files.isRegularFile(root) ? root.getFileName().toString() : root.relativize(f).toString().replace('\\', '/');
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(f));
                sha.update((byte) 0);
            }
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }

    /** Build step: {@code AnnotatorVersion OUTPUT_FILE ROOT...}. */
    public static void main(String[] args) throws IOException {
        List<Path> roots = Stream.of(args).skip(1).map(Path::of).toList();
        Path out = Path.of(args[0]);
        Files.createDirectories(out.getParent());
        Files.writeString(out, hash(roots) + "\n");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
