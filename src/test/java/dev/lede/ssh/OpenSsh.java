package dev.lede.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real OpenSSH client, run directly or inside a tmux of its own (its socket in the test's folder). */
final class OpenSsh implements AutoCloseable {

    record Result(int status, String output) {
    }

    private final Path dir;
    final Tmux tmux;

    OpenSsh(Path dir) {
        this.dir = dir;
        this.tmux = new Tmux(dir);
    }

    static boolean available() {
        return onPath("ssh") && onPath("ssh-keygen") && onPath("tmux");
    }

    /** A new passphrase-less ed25519 key made by ssh-keygen; its public half is {@code name.pub} beside it. */
    Path newKey(String name) throws Exception {
        Path file = dir.resolve(name);
        Result made = run(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", file.toString()));
        assertThat(made.status).as(made.output).isZero();
        return file;
    }

    /** ssh with nothing from the user's own configuration; options may be inserted at index 1. */
    List<String> args(Path identity, int port, String... command) {
        List<String> args = new ArrayList<>(List.of("ssh", "-F", "/dev/null", "-i", identity.toString(),
                "-p", String.valueOf(port), "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes",
                "-o", "StrictHostKeyChecking=accept-new", "-o", "UserKnownHostsFile=" + dir.resolve("known_hosts"),
                "reader@127.0.0.1"));
        args.addAll(List.of(command));
        return args;
    }

    /**
     * Starts ssh -tt with {@code identity} in a detached tmux session of the given size. The shell around it prints
     * ssh's exit status when it ends: tmux's own pane_dead_status is sometimes left empty.
     */
    void openInTmux(String session, Path identity, int port, int columns, int rows) throws Exception {
        List<String> ssh = args(identity, port);
        ssh.add(1, "-tt");
        tmux.start(session, columns, rows, String.join(" ", ssh) + "; echo ssh exited with $?; sleep 600");
    }

    /** Kills the ssh client in {@code session} with SIGKILL: no goodbye to the server, just a dropped connection. */
    void killClient(String session) throws Exception {
        long shell = Long.parseLong(tmux("display-message", "-p", "-t", session, "#{pane_pid}").strip());
        ProcessHandle ssh = ProcessHandle.of(shell).orElseThrow().children().findFirst().orElseThrow();
        ssh.destroyForcibly();
        ssh.onExit().get(10, TimeUnit.SECONDS);
    }

    String tmux(String... args) throws Exception {
        return tmux.run(args);
    }

    void awaitPane(String session, String text) throws Exception {
        tmux.await(session, text);
    }

    /** Waits for ssh in {@code session} to exit with {@code status}. */
    void awaitExit(String session, int status) throws Exception {
        awaitPane(session, "ssh exited with " + status);
    }

    static Result run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
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

    @Override
    public void close() throws Exception {
        tmux.close();
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
