package dev.lede.ssh;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PublicKey;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The authorized_keys file as the server uses it: read at start (a bad line stops the start), then re-read at the next
 * login after it changes. A bad line added while running keeps the last good keys in use, so nobody is locked out by a
 * typo, and the log says which line it is.
 */
final class AuthorizedKeysFile {

    private static final Set<PosixFilePermission> WRITABLE_BY_OTHERS = Set.of(PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.OTHERS_WRITE);

    /** What tells a changed file: its identity, size and modification time. */
    private record Stamp(Object fileKey, long size, Instant modified) {
    }

    private final Path file;
    private final ZoneId zone;
    private final Consumer<String> log;
    private AuthorizedKeys keys;
    private Stamp stamp;

    AuthorizedKeysFile(Path file, ZoneId zone, Consumer<String> log) {
        this.file = file;
        this.zone = zone;
        this.log = log;
    }

    /** Reads the file for the first time; every problem is an {@link IOException} fit to show as is. */
    synchronized int load() throws IOException {
        try {
            stamp = stamp();
            keys = AuthorizedKeys.read(file, zone);
            return keys.size();
        } catch (NoSuchFileException e) {
            throw new IOException("authorized keys file " + file + " not found", e);
        } catch (IOException e) {
            throw new IOException(problem(e), e);
        }
    }

    private String problem(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "cannot read authorized keys file " + file + ": permission denied";
        }
        return "cannot use authorized keys file " + (e.getMessage() != null && e.getMessage().startsWith(file.toString())
                ? e.getMessage() : file + ": " + e.getMessage());
    }

    /** Why {@code key} may not log in from {@code address} now, or null when it may; re-reads a changed file first. */
    synchronized String refusal(PublicKey key, InetAddress address) {
        reloadIfChanged();
        return keys.refusal(key, address, Instant.now());
    }

    private void reloadIfChanged() {
        Stamp now;
        try {
            now = stamp();
        } catch (IOException e) {
            now = null;
        }
        if (Objects.equals(now, stamp)) {
            return;
        }
        stamp = now;
        try {
            keys = AuthorizedKeys.read(file, zone);
            log.accept("lede serve: re-read " + file + ": " + keys.size() + " keys");
        } catch (IOException e) {
            log.accept("lede serve: " + problem(e) + "; keeping the " + keys.size() + " keys read before");
        }
    }

    private Stamp stamp() throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new Stamp(attributes.fileKey(), attributes.size(), attributes.lastModifiedTime().toInstant());
    }

    /**
     * What OpenSSH's StrictModes would object to: the file or its folder writable by others, who could then add a
     * key of their own. Lede serves anyway, with a warning for each.
     */
    List<String> permissionWarnings() throws IOException {
        List<String> warnings = new ArrayList<>();
        for (Path path : List.of(file, file.toAbsolutePath().getParent())) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
            if (permissions.stream().anyMatch(WRITABLE_BY_OTHERS::contains)) {
                warnings.add("lede serve: warning: " + path + " can be written by others ("
                        + PosixFilePermissions.toString(permissions) + "), who could add a key of their own; run chmod go-w " + path);
            }
        }
        return warnings;
    }
}
