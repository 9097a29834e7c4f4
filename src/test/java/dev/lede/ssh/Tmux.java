package dev.lede.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** A tmux server of the test's own (its socket in the test's folder): sessions, keys by name, and the screen. */
final class Tmux implements AutoCloseable {

    private final Path socket;

    Tmux(Path dir) {
        this.socket = dir.resolve("tmux.sock");
    }

    /** Runs {@code command} (one shell line) in a new detached session of the given size. */
    void start(String session, int columns, int rows, String command) throws Exception {
        run("new-session", "-d", "-s", session, "-x", String.valueOf(columns), "-y", String.valueOf(rows), command);
    }

    /** Presses keys by their tmux names (Enter, BSpace, Up, NPage, BTab, Escape, C-c, or a character). */
    void keys(String session, String... names) throws Exception {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", session));
        args.addAll(List.of(names));
        run(args.toArray(String[]::new));
    }

    String screen(String session) throws Exception {
        return run("capture-pane", "-p", "-t", session);
    }

    void await(String session, String text) throws Exception {
        await(session, screen -> screen.contains(text), "\"" + text + "\"");
    }

    String await(String session, Predicate<String> test, String what) throws Exception {
        return await(session, test, what, SshFixture.WAIT);
    }

    /** Waits until the screen satisfies {@code test}, and fails with the screen as it is. */
    String await(String session, Predicate<String> test, String what, Duration wait) throws Exception {
        long deadline = System.nanoTime() + wait.toNanos();
        String screen = screen(session);
        while (!test.test(screen)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + what + " in tmux " + session + " after " + wait.toSeconds() + "s:\n" + screen);
            }
            Thread.sleep(50);
            screen = screen(session);
        }
        return screen;
    }

    void kill(String session) throws Exception {
        run("kill-session", "-t", session);
    }

    String run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("tmux", "-S", socket.toString()));
        command.addAll(List.of(args));
        OpenSsh.Result result = OpenSsh.run(command);
        assertThat(result.status()).as("tmux %s: %s", String.join(" ", args), result.output()).isZero();
        return result.output();
    }

    @Override
    public void close() throws Exception {
        if (Files.exists(socket)) {
            OpenSsh.run(List.of("tmux", "-S", socket.toString(), "kill-server"));
        }
    }
}
