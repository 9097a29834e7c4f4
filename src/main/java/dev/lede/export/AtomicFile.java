package dev.lede.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a file through a temporary file beside it and a rename, so an interrupted write leaves no
 * half-written file. The file gets the permissions a new file gets (the umask), or keeps those of the file
 * it replaces.
 */
public final class AtomicFile {

    /**
     * The temporary files being written now: deleted if Lede is stopped (Ctrl-C, SIGTERM) before they are renamed, so
     * a stopped export leaves neither a half-written file nor its temporary one. A file is in the set only while it is
     * written, so a server that writes for days holds none.
     */
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(AtomicFile::deleteInFlight, "lede-temporary-files"));
    }

    /** Writes what it is given, in order. */
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private AtomicFile() {
    }

    public static void write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        // Not createTempFile: its files are private to the owner whatever the umask says.
        Path tmp = dir.resolve(".lede-" + UUID.randomUUID() + ".tmp");
        IN_FLIGHT.add(tmp);
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                content.writeTo(w);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            try {
                keepPermissions(target, tmp);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
        } finally {
            IN_FLIGHT.remove(tmp);
        }
    }

    private static void deleteInFlight() {
        for (Path tmp : IN_FLIGHT) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // stopping anyway: what cannot be deleted is left, as before
            }
        }
    }

    private static void keepPermissions(Path target, Path tmp) throws IOException {
        if (!Files.exists(target) || !Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) return;
        Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
    }
}
