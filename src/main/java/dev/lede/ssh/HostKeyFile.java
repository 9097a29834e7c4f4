package dev.lede.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.Map;
import java.util.Set;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.util.io.resource.PathResource;
import org.apache.sshd.common.util.security.SecurityUtils;

/**
 * The server's host key: generated on first start, then read back on every start so clients never see it change.
 * It is written owner-only (rw-------) in OpenSSH format, through a temporary file so a crash leaves no half key, and
 * an existing file is never replaced: one Lede cannot read is an error to fix, not a key to throw away.
 */
public final class HostKeyFile {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");

    private HostKeyFile() {
    }

    /** {@code $XDG_STATE_HOME/lede/ssh_host_key}, or {@code ~/.local/state/lede/ssh_host_key}. */
    public static Path defaultPath(Map<String, String> env) {
        String xdg = env.get("XDG_STATE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "state");
        return base.resolve("lede").resolve("ssh_host_key");
    }

    /** The key in {@code file}, creating it (and its folder) first when there is none. */
    static KeyPair loadOrCreate(Path file) throws IOException {
        if (!Files.exists(file)) {
            try {
                create(file);
            } catch (FileAlreadyExistsException anotherServerWasFaster) {
                // Fine: read the one it wrote.
            }
        }
        return load(file);
    }

    private static KeyPair load(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("host key " + file + " is a folder; give the path of the key file (it is created on first start)");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException("host key " + file + " is not a regular file");
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (!OWNER_ONLY.containsAll(permissions)) {
            throw new IOException("host key " + file + " can be read by others (" + PosixFilePermissions.toString(permissions)
                    + "); run chmod 600 " + file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            Iterable<KeyPair> keys = SecurityUtils.loadKeyPairIdentities(null, new PathResource(file), in, null);
            if (keys != null && keys.iterator().hasNext()) {
                return keys.iterator().next();
            }
        } catch (AccessDeniedException e) {
            throw new IOException("cannot read host key " + file + ": permission denied to user " + System.getProperty("user.name"), e);
        } catch (GeneralSecurityException | IOException | RuntimeException unreadable) {
            String why = unreadable.getMessage() == null ? unreadable.getClass().getSimpleName() : unreadable.getMessage();
            throw new IOException("host key " + file + " is not a private key Lede can read (" + why + "); move it away to have a new one made", unreadable);
        }
        throw new IOException("host key " + file + " holds no private key; move it away to have a new one made");
    }

    private static void create(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
        }
        KeyPair key;
        try {
            key = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot generate a host key: " + e.getMessage(), e);
        }
        Path partial = Files.createTempFile(folder, ".ssh_host_key-", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                new OpenSSHKeyPairResourceWriter().writePrivateKey(key, "lede host key", null, out);
            } catch (GeneralSecurityException e) {
                throw new IOException("cannot write host key " + file + ": " + e.getMessage(), e);
            }
            Files.move(partial, file); // no REPLACE_EXISTING: an existing key is never overwritten
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
