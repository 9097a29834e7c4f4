package dev.lede.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.cli.ServeCommand;
import dev.lede.model.Articles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The real explorer over SSH (MINA's client), as {@code lede serve} runs it, reading the raw bytes it sends. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SshExplorerTest {

    @TempDir
    Path dir;

    private SshFixture ssh;

    @AfterEach
    void stop() throws Exception {
        ssh.close();
    }

    @Test
    void controlCharactersInAnArticleAreDrawnAsTheirPicturesAndNothingRawIsSent() throws Exception {
        Articles articles = new Articles().add("Odd \u009B2J title \u001b[31m", "A C1 CSI \u009B2J, a NUL \u0000 and ESC \u001b[2J in the text.",
                List.of(), List.of());
        ssh = new SshFixture(dir, 4, Duration.ofMinutes(5), ServeCommand.explorerApp(articles.library(), null,
                Map.of("XDG_CONFIG_HOME", dir.resolve("config").toString(), "XDG_STATE_HOME", dir.resolve("state").toString())));
        try (SshFixture.Terminal terminal = ssh.open(100, 24)) {
            terminal.awaitText("A C1 CSI \uFFFD2J, a NUL \u2400 and ESC \u241B[2J");
            terminal.awaitText("Odd \uFFFD2J title \u241B[31m");
            byte[] sent = terminal.output().getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < sent.length; i++) {
                assertThat(sent[i]).as("byte %d of what was sent", i).isNotEqualTo((byte) 0);
                if (sent[i] == (byte) 0xC2 && i + 1 < sent.length) {
                    assertThat(sent[i + 1] & 0xff).as("a C1 control at byte %d", i).isGreaterThan(0x9F);
                }
            }
        }
    }
}
