package dev.lede.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lede.ssh.OpenSsh.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The server as people meet it: the real OpenSSH client, in a real terminal (tmux). */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class SshOpenSshTest {

    @TempDir
    Path dir;

    private SshFixture ssh;
    private OpenSsh client;
    private Path key;

    @BeforeAll
    static void needsOpenSshAndTmux() {
        assumeTrue(OpenSsh.available(), "ssh, ssh-keygen and tmux are needed");
    }

    @BeforeEach
    void start() throws Exception {
        ssh = new SshFixture(dir);
        client = new OpenSsh(dir);
        key = client.newKey("id_ed25519");
        Files.writeString(dir.resolve("authorized_keys"), Files.readString(dir.resolve("id_ed25519.pub")),
                StandardOpenOption.APPEND);
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        ssh.close();
    }

    @Test
    void anAuthorizedKeySeesTheScreenTypesResizesAndQuits() throws Exception {
        client.openInTmux("lede", key, port(), 80, 24);
        client.awaitPane("lede", "Lede test session 80x24");
        client.tmux("send-keys", "-t", "lede", "+");
        client.awaitPane("lede", "count 1");
        client.tmux("resize-window", "-t", "lede", "-x", "100", "-y", "30");
        client.awaitPane("lede", "Lede test session 100x30");
        client.tmux("send-keys", "-t", "lede", "q");
        client.awaitExit("lede", 0);
    }

    @Test
    void ctrlCEndsOneSessionAndKillingAClientLeavesTheOthersWorking() throws Exception {
        for (String session : List.of("quits", "killed", "stays")) {
            client.openInTmux(session, key, port(), 80, 24);
        }
        for (String session : List.of("quits", "killed", "stays")) {
            client.awaitPane(session, "count 0");
        }

        client.tmux("send-keys", "-t", "quits", "C-c");
        client.awaitExit("quits", 0);
        client.killClient("killed");

        client.tmux("send-keys", "-t", "stays", "+");
        client.awaitPane("stays", "count 1");
    }

    @Test
    void aCommandIsRefusedWithALine() throws Exception {
        Result result = OpenSsh.run(client.args(key, port(), "ls"));
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.output()).contains("lede: this server runs no commands");
    }

    @Test
    void withoutATerminalTheClientIsToldToUseSshT() throws Exception {
        List<String> args = client.args(key, port());
        args.add(1, "-T");
        Result result = OpenSsh.run(args);
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.output()).contains("connect with ssh -t");
    }

    @Test
    void anUnknownKeyAndPasswordsAreRefused() throws Exception {
        Result unknown = OpenSsh.run(client.args(client.newKey("stranger"), port()));
        assertThat(unknown.status()).isEqualTo(255);
        assertThat(unknown.output()).contains("Permission denied (publickey)");

        List<String> password = client.args(key, port());
        password.addAll(1, List.of("-o", "PreferredAuthentications=password,keyboard-interactive"));
        Result refused = OpenSsh.run(password);
        assertThat(refused.status()).isEqualTo(255);
        assertThat(refused.output()).contains("Permission denied (publickey)");
    }

    private int port() {
        return ssh.server.port();
    }
}
