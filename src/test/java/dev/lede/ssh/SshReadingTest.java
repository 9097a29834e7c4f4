package dev.lede.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.cli.ServeCommand;
import dev.lede.model.Articles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Over SSH (MINA's client, reading the raw bytes): the clipboard reaches the client; a chosen theme writes nothing on the server. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SshReadingTest {

    @TempDir
    Path dir;

    private SshFixture ssh;

    @AfterEach
    void stop() throws Exception {
        ssh.close();
    }

    private void serve() throws Exception {
        ssh = new SshFixture(dir, 4, Duration.ofMinutes(5), ServeCommand.explorerApp(Articles.sample().library(), null,
                Map.of("XDG_CONFIG_HOME", dir.resolve("config").toString(), "XDG_STATE_HOME", dir.resolve("state").toString())));
    }

    @Test
    void yPutsTheQuoteOnTheClientsClipboardByOsc52() throws Exception {
        serve();
        try (SshFixture.Terminal terminal = ssh.open(120, 30)) {
            terminal.awaitText("1 Documents");
            terminal.type("]y");
            terminal.awaitText("copied “it is not going to happen” — Masoud Jazayeri");
            String cited = "“it is not going to happen” — Masoud Jazayeri, Iranian general denies withdrawal";
            String osc52 = "\033]52;c;" + Base64.getEncoder().encodeToString(cited.getBytes(StandardCharsets.UTF_8)) + "\007";
            assertThat(terminal.output()).contains(osc52);
        }
    }

    @Test
    void aThemeChosenOverSshIsKeptForTheSessionAndNothingIsWrittenOnTheServer() throws Exception {
        serve();
        try (SshFixture.Terminal terminal = ssh.open(120, 30)) {
            terminal.awaitText("1 Documents");
            terminal.type("t");
            terminal.awaitText("theme: light");
            terminal.type("j");
            terminal.awaitText("? help");
        }
        assertThat(dir.resolve("state/lede/state.json")).doesNotExist();
    }
}
