package dev.lede.cache;

import dev.lede.model.CorpusStorage;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The corpus linking kept beside the index, in a file of its own headed by the key it was computed for: a million
 * articles' linking is tens of megabytes, so it is written and read as a stream, never held as one array (in the
 * index it would be, twice). Written to a temporary file and moved into place, so a run killed while writing
 * leaves the last one whole.
 */
final class KeptLinking {

    private static final String FILE = "lede-linking";

    private final Path file;

    KeptLinking(Path folder) {
        this.file = folder.resolve(FILE);
    }

    /**
     * The linking kept for this key, positioned after its header; null when none is, one for another key is, or it
     * cannot be read (then the corpus is linked again).
     */
    InputStream open(String key) {
        InputStream in;
        try {
            in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        } catch (IOException none) {
            return null;
        }
        try {
            if (new DataInputStream(in).readUTF().equals(key)) return in;
            in.close();
        } catch (IOException unreadable) {
            closeQuietly(in);
        }
        return null;
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // nothing was read from it
        }
    }

    /** Keeps the linking {@code body} writes under this key, replacing the one before once it is whole. */
    void store(String key, CorpusStorage.LinkingBody body) throws IOException {
        Path partial = Files.createTempFile(file.getParent(), FILE, ".partial");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                DataOutputStream header = new DataOutputStream(out);
                header.writeUTF(key);
                header.flush();
                body.writeTo(out);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
