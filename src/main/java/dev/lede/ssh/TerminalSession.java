package dev.lede.ssh;

import com.googlecode.lanterna.TerminalSize;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.channel.ChannelSession;

/**
 * One client's terminal session: checks it may start, then runs the {@link SessionApp} on a thread of its own and
 * ends the channel when the app ends, whether it quit, threw, went idle or the server is shutting down.
 */
final class TerminalSession extends ChannelCommand {

    /** The parts of the client's environment an app may use for its looks; nothing else crosses over. */
    private static final List<String> APP_VARIABLES = List.of("NO_COLOR", "COLORTERM", "LANG");
    private static final String DEFAULT_TERM = "xterm-256color";

    private final LedeSshServer server;
    private final ConnectionRecord record;
    private final Session connection;
    private volatile SessionInput input;
    private volatile String farewell;
    private volatile boolean finished;
    private volatile ScheduledFuture<?> idleCheck;
    private final Notices notices = new Notices();

    TerminalSession(LedeSshServer server, ConnectionRecord record, Session connection) {
        this.server = server;
        this.record = record;
        this.connection = connection;
    }

    Session connection() {
        return connection;
    }

    /** The key the connection logged in with (sessions start only after a login). */
    String keyFingerprint() {
        return String.valueOf(record.keyFingerprint());
    }

    @Override
    public void start(ChannelSession channel, Environment environment) {
        if (!(channel instanceof TerminalChannelSession session && session.ptyRequested())) {
            record.ended("refused: no pty");
            exit(1, "lede: this is a full-screen terminal app and needs a terminal; connect with ssh -t");
            return;
        }
        // Admitted first: a refused extra channel must leave the record of the connection's own session alone.
        LedeSshServer.Refusal refused = server.admit(this);
        if (refused != null) {
            server.config().log().accept(record.refusal(Instant.now(), connection.getUsername(), null, "session: " + refused.logged()));
            if (refused.endsConnection()) {
                record.ended("refused: " + refused.logged());
            }
            exit(1, refused.told());
            return;
        }
        SessionApp app = server.config().app();
        List<String> quitKeys = app.keysThatAlwaysPass();
        input = new SessionInput(stdin, () -> flooding(quitKeys), quitKeys);
        ChannelTerminal terminal = new ChannelTerminal(input, stdout, environment);
        Map<String, String> env = appEnvironment(environment.getEnv());
        record.terminal(env.get("TERM"), sizeText(terminal.size()));
        terminal.addResizeListener((resized, size) -> record.resized(sizeText(size)));
        Thread thread = new Thread(() -> serve(app, terminal, env), "lede-ssh-session");
        thread.setDaemon(true);
        scheduleIdleCheck(server.config().idleTimeout());
        thread.start();
    }

    /** Keys beyond the budget: logged once, and the reader is told why their keys stopped working. */
    private void flooding(List<String> quitKeys) {
        server.config().log().accept(record.refusal(Instant.now(), connection.getUsername(), null,
                "keys beyond " + KeyBudget.BURST_BYTES / 1024 + " KB at once and " + KeyBudget.BYTES_PER_SECOND / 1024
                        + " KB/s, dropped from now on (" + String.join(", ", quitKeys) + " and Ctrl-C still pass)"));
        notices.tell("keys are coming faster than anyone types, so the extra ones are dropped; "
                + (quitKeys.isEmpty() ? "" : quitKeys.get(0) + " or ") + "Ctrl-C still quits");
    }

    private void serve(SessionApp app, ChannelTerminal terminal, Map<String, String> env) {
        int status = 0;
        String line;
        try {
            app.run(terminal, env, notices);
            record.ended(input.clientClosed() ? "disconnected" : "quit");
            line = farewell;
        } catch (Throwable failure) { // even an Error in one session must not take the others down
            String message = failure.getMessage() == null ? "" : failure.getMessage().lines().findFirst().orElse("");
            String reason = message.isBlank() ? failure.getClass().getSimpleName() : message;
            record.ended("error: " + reason);
            status = 1;
            line = farewell != null ? farewell : "lede: the session failed: " + reason;
        } finally {
            finished = true;
            idleCheck.cancel(false);
        }
        try {
            terminal.close(); // leaves the alternate screen and shows the cursor again, whatever the app left behind
        } catch (IOException | RuntimeException clientGone) {
            // The channel is already gone: nothing to restore.
        } finally {
            try {
                exit(status, line);
            } finally {
                server.release(this);
            }
        }
    }

    /** Ends the session from the server's side: the app sees end of input, and the client then sees {@code line}. */
    void stop(String reason, String line) {
        record.ended(reason);
        farewell = line;
        if (input == null) {
            return; // admitted a moment ago and not started yet: the server's stop ends its channel
        }
        try {
            input.end();
        } catch (IOException alreadyClosed) {
            // The app will see end of input either way.
        }
    }

    @Override
    public void destroy(ChannelSession channel) {
        if (input != null) {
            stop("disconnected", null);
        }
    }

    private void scheduleIdleCheck(Duration after) {
        idleCheck = server.scheduler().schedule(this::checkIdle, after.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void checkIdle() {
        if (finished) {
            return;
        }
        Duration timeout = server.config().idleTimeout();
        Duration left = timeout.minusNanos(System.nanoTime() - input.lastInputNanos());
        if (left.isNegative() || left.isZero()) {
            stop("idle", "lede: closed after " + ConnectionRecord.human(timeout) + " without a key pressed");
        } else {
            scheduleIdleCheck(left);
        }
    }

    private static Map<String, String> appEnvironment(Map<String, String> client) {
        Map<String, String> env = new HashMap<>();
        String term = client.get(Environment.ENV_TERM);
        env.put("TERM", term == null || term.isBlank() ? DEFAULT_TERM : term);
        for (String name : APP_VARIABLES) {
            if (client.containsKey(name)) {
                env.put(name, client.get(name));
            }
        }
        return Map.copyOf(env);
    }

    private static String sizeText(TerminalSize size) {
        return size.getColumns() + "x" + size.getRows();
    }

    /** Holds the app's listener once it listens; a notice before that has no reader to reach and is dropped. */
    private static final class Notices implements SessionApp.Notices {
        private volatile Consumer<String> reader = notice -> { };

        @Override
        public void listen(Consumer<String> reader) {
            this.reader = reader;
        }

        void tell(String notice) {
            reader.accept(notice);
        }
    }
}
