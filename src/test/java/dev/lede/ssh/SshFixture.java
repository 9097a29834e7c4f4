package dev.lede.ssh;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;

/** A Lede SSH server on a free loopback port with one authorized key, and a MINA client to talk to it. */
final class SshFixture implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(20);

    final Path dir;
    final KeyPair authorizedKey = newKey();
    final List<String> log = new CopyOnWriteArrayList<>();
    final LedeSshServer server;
    final SshClient client = SshClient.setUpDefaultClient();

    SshFixture(Path dir, int maxSessions, Duration idleTimeout, SessionApp app) throws IOException {
        this(dir, maxSessions, 1, maxSessions, idleTimeout, app);
    }

    SshFixture(Path dir, int maxSessions, int perConnection, int perKey, Duration idleTimeout, SessionApp app) throws IOException {
        this.dir = dir;
        Files.writeString(dir.resolve("authorized_keys"), PublicKeyEntry.toString(authorizedKey.getPublic()) + " reader@test\n");
        server = new LedeSshServer(new LedeSshServer.Config(0, "127.0.0.1", dir.resolve("authorized_keys"),
                dir.resolve("state/ssh_host_key"), maxSessions, perConnection, perKey, idleTimeout, app, log::add));
        server.start();
        client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        client.start();
    }

    SshFixture(Path dir) throws IOException {
        this(dir, 64, Duration.ofMinutes(5), new TestSessionApp());
    }

    static KeyPair newKey() {
        try {
            return KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A connection that has not logged in yet. */
    ClientSession connect() throws IOException {
        return client.connect("reader", "127.0.0.1", server.port()).verify(WAIT).getSession();
    }

    /** A logged-in connection, not yet with a channel. */
    ClientSession login(KeyPair key) throws IOException {
        ClientSession session = connect();
        session.addPublicKeyIdentity(key);
        session.auth().verify(WAIT);
        return session;
    }

    Terminal open(int columns, int rows) throws IOException {
        return new Terminal(login(authorizedKey), columns, rows, true);
    }

    @Override
    public void close() throws IOException {
        client.stop();
        server.close();
    }

    /** One client terminal: what the server drew (as raw text) and a way to type. */
    static final class Terminal implements AutoCloseable {
        final ClientSession session;
        final ChannelShell shell;
        private final ByteArrayOutputStream output = new ByteArrayOutputStream();

        Terminal(ClientSession session, int columns, int rows, boolean pty) throws IOException {
            this(session, pty, "xterm-256color", columns, rows, Map.of());
        }

        Terminal(ClientSession session, boolean pty, String term, int columns, int rows, Map<String, String> env)
                throws IOException {
            this.session = session;
            shell = session.createShellChannel();
            shell.setUsePty(pty);
            shell.setPtyType(term);
            shell.setPtyColumns(columns);
            shell.setPtyLines(rows);
            env.forEach(shell::setEnv);
            OutputStream sink = new OutputStream() {
                @Override
                public void write(int b) {
                    synchronized (output) {
                        output.write(b);
                    }
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    synchronized (output) {
                        output.write(b, off, len);
                    }
                }
            };
            shell.setOut(sink);
            shell.setErr(sink);
            shell.open().verify(WAIT);
        }

        String output() {
            synchronized (output) {
                return output.toString(StandardCharsets.UTF_8);
            }
        }

        /** The lines on the client's screen now. */
        String screen() {
            return String.join("\n", ScreenText.lines(output()));
        }

        /** Waits until {@code text} is on the screen, and fails with what is there instead. */
        Terminal awaitText(String text) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!screen().contains(text)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("no \"" + text + "\" on the screen:\n" + screen());
                }
                Thread.sleep(10);
            }
            return this;
        }

        Terminal type(String keys) throws IOException {
            OutputStream in = shell.getInvertedIn();
            in.write(keys.getBytes(StandardCharsets.UTF_8));
            in.flush();
            return this;
        }

        /** The exit status once the server has closed the channel. */
        Integer awaitExit() {
            shell.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), WAIT);
            return shell.getExitStatus();
        }

        @Override
        public void close() throws IOException {
            session.close(true);
        }
    }
}
