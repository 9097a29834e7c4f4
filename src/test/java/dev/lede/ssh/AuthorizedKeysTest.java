package dev.lede.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** authorized_keys options as OpenSSH reads them, for a server that serves only the explorer. */
class AuthorizedKeysTest {

    @TempDir
    Path dir;

    private final KeyPair key = SshFixture.newKey();
    private final String line = PublicKeyEntry.toString(key.getPublic()) + " reader@test";

    @Test
    void fromIsEnforcedWithWildcardsNetworksAndNegation() throws Exception {
        assertThat(refusal("from=\"10.9.9.9\" " + line, "127.0.0.1")).isEqualTo("line 1: from=\"10.9.9.9\" does not allow 127.0.0.1");
        assertThat(refusal("from=\"10.9.9.9,127.0.0.*\" " + line, "127.0.0.1")).isNull();
        assertThat(refusal("from=\"10.0.0.0/8\" " + line, "10.200.3.4")).isNull();
        assertThat(refusal("from=\"10.0.0.0/8\" " + line, "11.0.0.1")).startsWith("line 1: from=");
        assertThat(refusal("from=\"10.0.0.0/8,!10.6.6.6\" " + line, "10.6.6.6")).startsWith("line 1: from=");
        assertThat(refusal("from=\"2001:db8::/32\" " + line, "2001:db8::7")).isNull();
        assertThat(refusal("from=\"newsroom.example\" " + line, "127.0.0.1")).startsWith("line 1: from="); // names are never looked up
    }

    @Test
    void expiryTimeIsEnforcedInTheServersZoneOrUtc() throws Exception {
        assertThat(refusal("expiry-time=\"20000101\" " + line, "127.0.0.1")).startsWith("line 1: the key expired at 2000-01-01");
        assertThat(refusal("expiry-time=\"29991231\" " + line, "127.0.0.1")).isNull();
        AuthorizedKeys keys = read("expiry-time=\"202611251200Z\" " + line);
        InetAddress local = InetAddress.getByName("127.0.0.1");
        assertThat(keys.refusal(key.getPublic(), local, Instant.parse("2026-11-25T11:59:59Z"))).isNull();
        assertThat(keys.refusal(key.getPublic(), local, Instant.parse("2026-11-25T12:00:00Z"))).contains("expired");
    }

    @Test
    void aKeyWithACommandOrWithoutAPtyIsRefused() throws Exception {
        assertThat(refusal("command=\"true\" " + line, "127.0.0.1")).startsWith("line 1: command is set");
        assertThat(refusal("no-pty " + line, "127.0.0.1")).startsWith("line 1: no-pty is set");
        // Another line with the same key and no such option still lets it in, as in OpenSSH.
        assertThat(refusal("no-pty " + line + "\n" + line, "127.0.0.1")).isNull();
    }

    @Test
    void restrictionsTheServerMeetsAnywayAreAccepted() throws Exception {
        assertThat(refusal("restrict,no-port-forwarding,no-agent-forwarding,no-X11-forwarding,no-user-rc " + line, "127.0.0.1")).isNull();
    }

    @Test
    void anyOtherOptionOrABadLineStopsTheReadNamingTheLine() throws Exception {
        for (String bad : List.of("environment=\"A=b\" " + line, "permitopen=\"x:1\" " + line, "ssh-ed25519 AAAAnotakey x",
                "from=\"10.0.0.0/99\" " + line, "expiry-time=\"2026\" " + line)) {
            assertThatThrownBy(() -> read("# comment\n\n" + line + "\n" + bad))
                    .as(bad).isInstanceOf(IOException.class).hasMessageStartingWith(dir.resolve("authorized_keys") + " line 4: ");
        }
    }

    @Test
    void aBadLineAddedWhileRunningKeepsTheLastGoodKeysAndIsLogged() throws Exception {
        List<String> log = new CopyOnWriteArrayList<>();
        Path file = dir.resolve("authorized_keys");
        Files.writeString(file, line + "\n");
        AuthorizedKeysFile keys = new AuthorizedKeysFile(file, ZoneOffset.UTC, log::add);
        assertThat(keys.load()).isEqualTo(1);
        InetAddress local = InetAddress.getByName("127.0.0.1");

        Files.writeString(file, line + "\nenvironment=\"A=b\" " + line + "\n");
        assertThat(keys.refusal(key.getPublic(), local)).isNull();
        assertThat(log).singleElement().asString()
                .startsWith("lede serve: cannot use authorized keys file " + file + " line 2: option environment is not supported")
                .endsWith("; keeping the 1 keys read before");

        Files.writeString(file, "from=\"10.9.9.9\" " + line + "\n");
        assertThat(keys.refusal(key.getPublic(), local)).startsWith("line 1: from=");
        assertThat(log).last().isEqualTo("lede serve: re-read " + file + ": 1 keys");
    }

    @Test
    void aFileOrFolderOthersCanWriteIsWarnedAbout() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("keys"));
        Path file = Files.writeString(folder.resolve("authorized_keys"), line + "\n");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        AuthorizedKeysFile keys = new AuthorizedKeysFile(file, ZoneOffset.UTC, s -> { });
        assertThat(keys.permissionWarnings()).isEmpty();

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxr-x"));
        assertThat(keys.permissionWarnings()).containsExactly(
                "lede serve: warning: " + file + " can be written by others (rw-rw-rw-), who could add a key of their own; run chmod go-w " + file,
                "lede serve: warning: " + folder + " can be written by others (rwxrwxr-x), who could add a key of their own; run chmod go-w " + folder);
    }

    @Test
    void overSshAKeyFromAnotherAddressIsRefusedAndLoggedWithTheReason() throws Exception {
        try (SshFixture ssh = new SshFixture(dir)) {
            String authorized = PublicKeyEntry.toString(ssh.authorizedKey.getPublic());
            Files.writeString(dir.resolve("authorized_keys"), "from=\"10.9.9.9\",restrict " + authorized + "\n");
            assertThatThrownBy(() -> ssh.login(ssh.authorizedKey)).isInstanceOf(IOException.class);
            assertThat(ssh.log).anyMatch(l -> l.matches(".* 127\\.0\\.0\\.1:\\d+ user=reader key=SHA256:\\S+ refused: line 1: "
                    + "from=\"10\\.9\\.9\\.9\" does not allow 127\\.0\\.0\\.1"));

            Files.writeString(dir.resolve("authorized_keys"), "from=\"127.0.0.0/8\",expiry-time=\"29990101\" " + authorized + "\n");
            try (SshFixture.Terminal terminal = new SshFixture.Terminal(ssh.login(ssh.authorizedKey), 80, 24, true)) {
                terminal.awaitText("count 0");
            }
        }
    }

    private String refusal(String content, String address) throws Exception {
        return read(content).refusal(key.getPublic(), InetAddress.getByName(address), Instant.now());
    }

    private AuthorizedKeys read(String content) throws IOException {
        return AuthorizedKeys.read(Files.writeString(dir.resolve("authorized_keys"), content + "\n"), ZoneId.systemDefault());
    }
}
