package dev.lede.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
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
    private Path key;
    private Path tmuxSocket;

    @BeforeAll
    static void needsOpenSshAndTmux() {
        assumeTrue(onPath("ssh") && onPath("ssh-keygen") && onPath("tmux"), "ssh, ssh-keygen and tmux are needed");
    }

    @BeforeEach
    void start() throws Exception {
        ssh = new SshFixture(dir);
        key = newOpenSshKey("id_ed25519");
        Files.writeString(dir.resolve("authorized_keys"), Files.readString(key.resolveSibling("id_ed25519.pub")),
                StandardOpenOption.APPEND);
        tmuxSocket = dir.resolve("tmux.sock");
    }

    @AfterEach
    void stop() throws Exception {
        if (tmuxSocket != null && Files.exists(tmuxSocket)) {
            run(List.of("tmux", "-S", tmuxSocket.toString(), "kill-server"));
        }
        if (ssh != null) {
            ssh.close();
        }
    }

    @Test
    void anAuthorizedKeySeesTheScreenTypesResizesAndQuits() throws Exception {
        tmux("new-session", "-d", "-s", "lede", "-x", "80", "-y", "24", sshCommand(key));
        tmux("set-option", "-t", "lede", "remain-on-exit", "on");
        awaitPane("lede", "Lede test session 80x24");
        tmux("send-keys", "-t", "lede", "+");
        awaitPane("lede", "count 1");
        tmux("resize-window", "-t", "lede", "-x", "100", "-y", "30");
        awaitPane("lede", "Lede test session 100x30");
        tmux("send-keys", "-t", "lede", "q");
        awaitPaneStatus("lede", "0");
    }

    @Test
    void ctrlCEndsOneSessionAndKillingAClientLeavesTheOthersWorking() throws Exception {
        tmux("new-session", "-d", "-s", "quits", "-x", "80", "-y", "24", sshCommand(key));
        tmux("set-option", "-t", "quits", "remain-on-exit", "on");
        tmux("new-session", "-d", "-s", "killed", "-x", "80", "-y", "24", sshCommand(key));
        tmux("new-session", "-d", "-s", "stays", "-x", "80", "-y", "24", sshCommand(key));
        awaitPane("quits", "count 0");
        awaitPane("killed", "count 0");
        awaitPane("stays", "count 0");

        tmux("send-keys", "-t", "quits", "C-c");
        awaitPaneStatus("quits", "0");
        String sshPid = tmux("display-message", "-p", "-t", "killed", "#{pane_pid}").strip();
        run(List.of("kill", "-9", sshPid));

        tmux("send-keys", "-t", "stays", "+");
        awaitPane("stays", "count 1");
    }

    @Test
    void aCommandIsRefusedWithALine() throws Exception {
        Result result = run(sshArgs(key, "ls"));
        assertThat(result.status).isEqualTo(1);
        assertThat(result.output).contains("lede: this server runs no commands");
    }

    @Test
    void withoutATerminalTheClientIsToldToUseSshT() throws Exception {
        List<String> args = sshArgs(key);
        args.add(1, "-T");
        Result result = run(args);
        assertThat(result.status).isEqualTo(1);
        assertThat(result.output).contains("connect with ssh -t");
    }

    @Test
    void anUnknownKeyAndPasswordsAreRefused() throws Exception {
        Result unknown = run(sshArgs(newOpenSshKey("stranger")));
        assertThat(unknown.status).isEqualTo(255);
        assertThat(unknown.output).contains("Permission denied (publickey)");

        List<String> password = sshArgs(key);
        password.addAll(1, List.of("-o", "PreferredAuthentications=password,keyboard-interactive"));
        Result refused = run(password);
        assertThat(refused.status).isEqualTo(255);
        assertThat(refused.output).contains("Permission denied (publickey)");
    }

    private Path newOpenSshKey(String name) throws Exception {
        Path file = dir.resolve(name);
        Result made = run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", file.toString()));
        assertThat(made.status).as(made.output).isZero();
        return file;
    }

    /** ssh with nothing from the user's own configuration, talking to the test server only; options go at index 1. */
    private List<String> sshArgs(Path identity, String... command) {
        List<String> args = new ArrayList<>(List.of("ssh", "-F", "/dev/null", "-i", identity.toString(),
                "-p", String.valueOf(ssh.server.port()), "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes",
                "-o", "StrictHostKeyChecking=accept-new", "-o", "UserKnownHostsFile=" + dir.resolve("known_hosts"),
                "reader@127.0.0.1"));
        args.addAll(List.of(command));
        return args;
    }

    private String sshCommand(Path identity) {
        List<String> args = sshArgs(identity);
        args.add(1, "-tt");
        return String.join(" ", args);
    }

    private String tmux(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("tmux", "-S", tmuxSocket.toString()));
        command.addAll(List.of(args));
        Result result = run(command);
        assertThat(result.status).as("tmux %s: %s", String.join(" ", args), result.output).isZero();
        return result.output;
    }

    private void awaitPane(String session, String text) throws Exception {
        long deadline = System.nanoTime() + SshFixture.WAIT.toNanos();
        String pane = "";
        while (System.nanoTime() < deadline) {
            pane = tmux("capture-pane", "-p", "-t", session);
            if (pane.contains(text)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no \"" + text + "\" in tmux " + session + ":\n" + pane);
    }

    private void awaitPaneStatus(String session, String status) throws Exception {
        long deadline = System.nanoTime() + SshFixture.WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (tmux("display-message", "-p", "-t", session, "#{pane_dead}:#{pane_dead_status}").strip().equals("1:" + status)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("ssh in tmux " + session + " did not exit with " + status + ":\n"
                + tmux("capture-pane", "-p", "-t", session));
    }

    private record Result(int status, String output) {
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().putIfAbsent("TERM", "xterm-256color");
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + String.join(" ", command));
        }
        return new Result(process.exitValue(), output);
    }

    private static boolean onPath(String program) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }
}
