package dev.lede.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.ssh.SshFixture.Terminal;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
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
