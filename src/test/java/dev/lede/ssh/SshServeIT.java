package dev.lede.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lede.ssh.OpenSsh.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code lede serve} from the packaged jar, reached with the real OpenSSH client, stopped with SIGTERM. */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class SshServeIT {

    @TempDir
    Path dir;

    private ServeProcess server;
    private OpenSsh client;

    @BeforeAll
    static void needsOpenSshAndTmux() {
        assumeTrue(OpenSsh.available(), "ssh, ssh-keygen and tmux are needed");
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (client != null) {
            client.close();
        }
    }

    @Test
    void readersSeeTheArticlesAndSigtermEndsEverySessionCleanly() throws Exception {
        client = new OpenSsh(dir);
        Path key = client.newKey("id_ed25519");
        Files.copy(dir.resolve("id_ed25519.pub"), dir.resolve("authorized_keys"));
        ServeProcess started = startServer();
        int port = started.port;
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("state/ssh_host_key"))))
                .isEqualTo("rw-------");

        client.openInTmux("quits", key, port, 100, 20);
        client.openInTmux("stays", key, port, 100, 20);
        client.awaitPane("quits", "Masoud Jazayeri");
        client.awaitPane("stays", "Masoud Jazayeri");
        client.tmux("send-keys", "-t", "quits", "q");
        client.awaitExit("quits", 0);

        server.process.toHandle().destroy(); // SIGTERM; Process.destroy() would also close the pipe its last words go to
        client.awaitPane("stays", "lede: the server is shutting down");
        client.awaitExit("stays", 0);
        assertThat(server.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        server.awaitStderr("ended: server shutting down");
        assertThat(server.stderr).anyMatch(line -> line.matches(".* 127\\.0\\.0\\.1:\\d+ user=reader key=SHA256:\\S+ "
                + "term=\\S+ 100x20 \\d+s ended: quit"));
        assertThat(String.join("\n", server.stderr)).doesNotContain("Exception").doesNotContain("\tat ");

        // Same host key on the next start: a client that insists on the known key still gets in.
        ServeProcess restarted = startServer();
        assertThat(restarted.hostKeyFingerprint).isEqualTo(started.hostKeyFingerprint);
        List<String> strict = client.args(key, restarted.port);
        strict.addAll(1, List.of("-T", "-o", "StrictHostKeyChecking=yes", "-o", "HostKeyAlias=[127.0.0.1]:" + port));
        Result noTerminal = OpenSsh.run(strict);
        assertThat(noTerminal.output()).contains("connect with ssh -t").doesNotContain("IDENTIFICATION HAS CHANGED");
    }

    private ServeProcess startServer() throws Exception {
        server = new ServeProcess(Map.of(), List.of("--no-cache", "--authorized-keys", dir.resolve("authorized_keys").toString(),
                "--host-key", dir.resolve("state/ssh_host_key").toString(), ServeProcess.HOME.resolve("seeds").toString()));
        return server;
    }
}
