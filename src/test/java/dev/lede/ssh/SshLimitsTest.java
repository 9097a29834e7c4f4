package dev.lede.ssh;

import dev.lede.ssh.SshFixture.Terminal;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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

}
