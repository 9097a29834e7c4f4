package dev.lede.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.ssh.SshFixture.Terminal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What one client may claim or take: terminal size, sessions per connection and per key, logins that fail. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SshLimitsTest {

    @TempDir
    Path dir;

    private SshFixture ssh;

    @AfterEach
    void stop() throws Exception {
        ssh.close();
    }

    @Test
    void aHugeTerminalIsDrawnAtTheCappedSizeAndOthersKeepWorking() throws Exception {
        ssh = new SshFixture(dir);
        try (Terminal huge = ssh.open(65535, 65535); Terminal other = ssh.open(80, 24)) {
            huge.awaitText("Lede test session 500x200");
            other.awaitText("count 0");
            huge.shell.sendWindowChange(80, 24);
            huge.awaitText("Lede test session 80x24");
            huge.shell.sendWindowChange(65535, 65535);
            huge.awaitText("Lede test session 500x200");
            other.type("+").awaitText("count 1");
        }
    }

    @Test
    void oneConnectionGetsOneSessionByDefaultAndKeepsIt() throws Exception {
        ssh = new SshFixture(dir);
        ClientSession connection = ssh.login(ssh.authorizedKey);
        try (Terminal first = new Terminal(connection, 80, 24, true)) {
            first.awaitText("count 0");
            Terminal second = new Terminal(connection, 80, 24, true);
            assertThat(second.awaitExit()).isEqualTo(1);
            assertThat(second.output()).contains("lede: this connection has its 1 session(s) already; open another connection");
            first.type("+").awaitText("count 1");
            first.type("q");
            assertThat(first.awaitExit()).isZero();
        }
        awaitLog("user=reader key=SHA256:", "refused: session: sessions per connection");
        awaitLog("ended: quit");
    }

    @Test
    void oneKeyGetsAtMostItsSessions() throws Exception {
        ssh = new SshFixture(dir, 10, 1, 2, Duration.ofMinutes(5), new TestSessionApp());
        KeyPair other = SshFixture.newKey();
        Files.writeString(dir.resolve("authorized_keys"),
                PublicKeyEntry.toString(other.getPublic()) + "\n",
                StandardOpenOption.APPEND);
        try (Terminal first = ssh.open(80, 24); Terminal second = ssh.open(80, 24); Terminal refused = ssh.open(80, 24);
             Terminal otherKey = new Terminal(ssh.login(other), 80, 24, true)) {
            first.awaitText("count 0");
            second.awaitText("count 0");
            assertThat(refused.awaitExit()).isEqualTo(1);
            assertThat(refused.output()).contains("lede: this key has 2 session(s) open already; close one first");
            otherKey.awaitText("count 0");
        }
        awaitLog("refused: session: sessions per key");
    }

    @Test
    void aRefusedKeyIsLoggedWhenItIsTriedWithAddressUserAndFingerprint() throws Exception {
        ssh = new SshFixture(dir);
        KeyPair stranger = SshFixture.newKey();
        String fingerprint = KeyUtils.getFingerPrint(stranger.getPublic());
        ClientSession connection = ssh.connect();
        connection.addPublicKeyIdentity(stranger);
        assertThat(connection.auth().await(SshFixture.WAIT)).isTrue();
        awaitLog("127.0.0.1:", "user=reader key=" + fingerprint + " refused: key not authorized");
        assertThat(ssh.log).noneMatch(line -> line.contains("ended:")); // the connection is still open: logged at once
        connection.close(true);
    }

    private void awaitLog(String... parts) throws InterruptedException {
        long deadline = System.nanoTime() + SshFixture.WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (ssh.log.stream().anyMatch(line -> Arrays.stream(parts).allMatch(line::contains))) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no log line with " + String.join(", ", parts) + " in " + ssh.log);
    }
}
