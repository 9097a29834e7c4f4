package dev.lede.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lede.ssh.OpenSsh.Result;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code lede serve} from the packaged jar, reached with the real OpenSSH client, stopped with SIGTERM. */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class SshServeIT {

    private static final Pattern LISTENING = Pattern.compile("lede serve: \\d+ articles on 127\\.0\\.0\\.1 port (\\d+), host key (SHA256:\\S+)");

    @TempDir
    Path dir;

    private final Path home = Path.of(System.getProperty("lede.home", "."));
    private final List<String> stderr = new CopyOnWriteArrayList<>();
    private Process server;
    private OpenSsh client;

    @BeforeAll
    static void needsOpenSshAndTmux() {
        assumeTrue(OpenSsh.available(), "ssh, ssh-keygen and tmux are needed");
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.destroyForcibly();
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
        Matcher started = startServer();
        int port = Integer.parseInt(started.group(1));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("state/ssh_host_key"))))
                .isEqualTo("rw-------");

        client.openInTmux("quits", key, port, 100, 20);
        client.openInTmux("stays", key, port, 100, 20);
        client.awaitPane("quits", "Masoud Jazayeri");
        client.awaitPane("stays", "Masoud Jazayeri");
        client.tmux("send-keys", "-t", "quits", "q");
        client.awaitExit("quits", 0);

        server.toHandle().destroy(); // SIGTERM; Process.destroy() would also close the pipe its last words go to
        client.awaitPane("stays", "lede: the server is shutting down");
        client.awaitExit("stays", 0);
        assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        awaitStderr("ended: server shutting down");
        assertThat(stderr).anyMatch(line -> line.matches(".* 127\\.0\\.0\\.1:\\d+ user=reader key=SHA256:\\S+ "
                + "term=\\S+ 100x20 \\d+s ended: quit"));
        assertThat(String.join("\n", stderr)).doesNotContain("Exception").doesNotContain("\tat ");

        // Same host key on the next start: a client that insists on the known key still gets in.
        Matcher restarted = startServer();
        assertThat(restarted.group(2)).isEqualTo(started.group(2));
        List<String> strict = client.args(key, Integer.parseInt(restarted.group(1)));
        strict.addAll(1, List.of("-T", "-o", "StrictHostKeyChecking=yes", "-o", "HostKeyAlias=[127.0.0.1]:" + port));
        Result noTerminal = OpenSsh.run(strict);
        assertThat(noTerminal.output()).contains("connect with ssh -t").doesNotContain("IDENTIFICATION HAS CHANGED");
    }

    private Matcher startServer() throws Exception {
        stderr.clear();
        server = new ProcessBuilder("java", "-jar", home.resolve("target/lede.jar").toString(), "serve", "--no-cache",
                "--port", "0", "--authorized-keys", dir.resolve("authorized_keys").toString(),
                "--host-key", dir.resolve("state/ssh_host_key").toString(), home.resolve("seeds").toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(server.getErrorStream(), StandardCharsets.UTF_8))) {
                lines.lines().forEach(stderr::add);
            } catch (java.io.IOException ended) {
                // The server is gone.
            }
        });
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            for (String line : stderr) {
                Matcher m = LISTENING.matcher(line);
                if (m.lookingAt()) {
                    return m;
                }
            }
            assertThat(server.isAlive()).as("lede serve exited: %s", stderr).isTrue();
            Thread.sleep(50);
        }
        throw new AssertionError("lede serve did not start: " + stderr);
    }

    private void awaitStderr(String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (stderr.stream().noneMatch(line -> line.contains(text)) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(stderr).anyMatch(line -> line.contains(text));
    }
}
