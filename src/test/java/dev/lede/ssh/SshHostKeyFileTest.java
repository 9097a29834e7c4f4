package dev.lede.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.Map;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SshHostKeyFileTest {

    @TempDir
    Path dir;

    @Test
    void theFirstStartCreatesAnOwnerOnlyKeyThatLaterStartsReuse() throws Exception {
        Path file = dir.resolve("state/lede/ssh_host_key");

        KeyPair first = HostKeyFile.loadOrCreate(file);
        KeyPair again = HostKeyFile.loadOrCreate(file);

        assertThat(KeyUtils.getFingerPrint(again.getPublic())).isEqualTo(KeyUtils.getFingerPrint(first.getPublic()));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        assertThat(Files.readString(file)).startsWith("-----BEGIN OPENSSH PRIVATE KEY-----");
        try (var leftovers = Files.list(file.getParent())) {
            assertThat(leftovers).containsExactly(file);
        }
    }

    @Test
    void aKeyOthersCanReadIsRefusedWithTheFix() throws Exception {
        Path file = dir.resolve("ssh_host_key");
        HostKeyFile.loadOrCreate(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> HostKeyFile.loadOrCreate(file))
                .isInstanceOf(IOException.class)
                .hasMessage("host key " + file + " can be read by others (rw-r--r--); run chmod 600 " + file);
    }

    @Test
    void anUnreadableKeyIsAnErrorAndIsNeverReplaced() throws Exception {
        Path file = dir.resolve("ssh_host_key");
        Files.writeString(file, "not a key\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        assertThatThrownBy(() -> HostKeyFile.loadOrCreate(file)).isInstanceOf(IOException.class)
                .hasMessageStartingWith("host key " + file + " ").hasMessageContaining("move it away to have a new one made");
        assertThat(Files.readString(file)).isEqualTo("not a key\n");
    }

    @Test
    void aFolderIsSaidToBeAFolder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("keys"));

        assertThatThrownBy(() -> HostKeyFile.loadOrCreate(folder)).isInstanceOf(IOException.class)
                .hasMessage("host key " + folder + " is a folder; give the path of the key file (it is created on first start)");
    }

    @Test
    void theDefaultPlaceFollowsXdgStateHome() {
        assertThat(HostKeyFile.defaultPath(Map.of("XDG_STATE_HOME", "/srv/state")))
                .isEqualTo(Path.of("/srv/state/lede/ssh_host_key"));
        assertThat(HostKeyFile.defaultPath(Map.of()))
                .isEqualTo(Path.of(System.getProperty("user.home"), ".local/state/lede/ssh_host_key"));
    }
}
