package dev.lede.ssh;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;

/**
 * Lede over SSH: every client that logs in with a key from the authorized_keys file gets its own terminal session
 * running the {@link SessionApp}. Public keys only; no passwords, commands, subsystems (sftp, scp) or forwarding.
 * One log line per connection goes to {@link Config#log}.
 */
public final class LedeSshServer implements Closeable {

    /**
     * @param port           TCP port; 0 picks a free one (see {@link #port()})
     * @param bind           address to listen on; loopback unless the operator opens it up
     * @param authorizedKeys OpenSSH authorized_keys file, re-read when it changes
     * @param hostKey        host key file, created on first start
     * @param maxSessions    terminal sessions at once; the next client is told the server is full
     * @param maxSessionsPerConnection terminal sessions one connection may open at once (channels of one ssh)
     * @param maxSessionsPerKey        terminal sessions at once logged in with the same key
     * @param idleTimeout    a session without a key pressed for this long is closed
     * @param app            what each session runs
     * @param log            where the one line per connection goes
     */
    public record Config(int port, String bind, Path authorizedKeys, Path hostKey, int maxSessions,
                         int maxSessionsPerConnection, int maxSessionsPerKey, Duration idleTimeout, SessionApp app,
                         Consumer<String> log) {
        public Config {
            Objects.requireNonNull(bind, "bind");
            Objects.requireNonNull(authorizedKeys, "authorizedKeys");
            Objects.requireNonNull(hostKey, "hostKey");
            Objects.requireNonNull(idleTimeout, "idleTimeout");
            Objects.requireNonNull(app, "app");
            Objects.requireNonNull(log, "log");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
            }
            if (maxSessions < 1 || maxSessionsPerConnection < 1 || maxSessionsPerKey < 1) {
                throw new IllegalArgumentException("session limits must be at least 1, not " + maxSessions + ", "
                        + maxSessionsPerConnection + " per connection, " + maxSessionsPerKey + " per key");
            }
            if (idleTimeout.isNegative() || idleTimeout.isZero()) {
                throw new IllegalArgumentException("idle timeout must be positive, not " + idleTimeout);
            }
        }
    }

    /** How long sessions get to say goodbye and clients to hang up when the server stops. */
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(3);
    /** How long connections cut off at the end of a shutdown get to write their log line. */
    private static final Duration LAST_LOG_LINES = Duration.ofSeconds(1);
    /**
     * MINA's own idle timeout also counts output; it closes connections that never open a terminal. It runs a little
     * after the session's own, input-only timeout so that a terminal session gets its goodbye line first.
     */
    private static final Duration CONNECTION_IDLE_SLACK = Duration.ofSeconds(30);
    private static final long RECEIVE_WINDOW_BYTES = 64 * 1024;
    private static final AttributeKey<ConnectionRecord> RECORD = new AttributeKey<>();

    private final Config config;
    private final SshServer sshd = SshServer.setUpDefaultServer();
    private final Set<TerminalSession> sessions = ConcurrentHashMap.newKeySet();
    private final Set<Session> connections = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "lede-ssh-idle");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile String hostKeyFingerprint;

    public LedeSshServer(Config config) {
        this.config = config;
    }

    /**
     * Reads the authorized keys (so a typo fails now, not at the first login), loads or creates the host key and
     * starts listening. Every problem is an {@link IOException} whose message is fit to show as is.
     */
    public void start() throws IOException {
        AuthorizedKeysFile authorized = new AuthorizedKeysFile(config.authorizedKeys(), ZoneId.systemDefault(), config.log());
        if (authorized.load() == 0) {
            config.log().accept("lede serve: " + config.authorizedKeys() + " has no keys yet; nobody can log in until one is added");
        }
        authorized.permissionWarnings().forEach(config.log());
        KeyPair hostKey = HostKeyFile.loadOrCreate(config.hostKey());
        hostKeyFingerprint = KeyUtils.getFingerPrint(hostKey.getPublic());

        sshd.setHost(config.bind());
        sshd.setPort(config.port());
        sshd.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        sshd.setUserAuthFactories(List.of(UserAuthPublicKeyFactory.INSTANCE));
        sshd.setPasswordAuthenticator(null);
        sshd.setKeyboardInteractiveAuthenticator(null);
        sshd.setPublickeyAuthenticator((user, key, session) -> {
            String refused = authorized.refusal(key, ((InetSocketAddress) session.getClientAddress()).getAddress());
            if (refused == null) {
                record(session).authenticatedWith(KeyUtils.getFingerPrint(key));
            } else {
                config.log().accept(record(session).refusal(Instant.now(), user, KeyUtils.getFingerPrint(key), refused));
            }
            return refused == null;
        });
        // Only session channels: direct-tcpip (ssh -L) is refused as an unknown channel type.
        sshd.setChannelFactories(List.of(TerminalChannelSession.FACTORY));
        sshd.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
        sshd.setAgentFactory(null);
        sshd.setSubsystemFactories(List.of());
        sshd.setShellFactory(channel -> new TerminalSession(this, record(channel), channel.getSession()));
        sshd.setCommandFactory((channel, command) -> new ExecRefusal(command, record(channel)));
        CoreModuleProperties.IDLE_TIMEOUT.set(sshd, config.idleTimeout().plus(CONNECTION_IDLE_SLACK));
        // A small receive window: a client can have at most this much in flight ahead of its next key (a q in a flood).
        CoreModuleProperties.WINDOW_SIZE.set(sshd, RECEIVE_WINDOW_BYTES);
        sshd.addSessionListener(new SessionListener() {
            @Override
            public void sessionCreated(Session session) {
                session.setAttribute(RECORD, new ConnectionRecord(Instant.now(), address(session.getRemoteAddress())));
                connections.add(session);
            }

            @Override
            public void sessionClosed(Session session) {
                ConnectionRecord record = session.getAttribute(RECORD);
                if (record != null) {
                    String user = session.isAuthenticated() ? session.getUsername() : null;
                    config.log().accept(record.line(Instant.now(), user));
                }
                connections.remove(session);
            }
        });
        try {
            sshd.start();
        } catch (IOException e) {
            throw new IOException("cannot listen on " + config.bind() + ":" + config.port() + ": " + e.getMessage(), e);
        }
    }

    /** The port listened on: the one asked for, or the one picked when that was 0. */
    public int port() {
        return sshd.getPort();
    }

    /** SHA256 fingerprint of the host key, for the operator to compare with what clients are shown. */
    public String hostKeyFingerprint() {
        return hostKeyFingerprint;
    }

    /** Blocks until {@link #close()} has finished. */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    /**
     * Tells every session the server is going away and gives their clients a moment to hang up, then cuts off whoever
     * is left and stops listening. Every connection's log line is written before this returns.
     */
    @Override
    public void close() throws IOException {
        if (closing.getAndSet(true)) {
            return;
        }
        try {
            for (TerminalSession session : sessions) {
                session.stop("server shutting down", "lede: the server is shutting down");
            }
            awaitNoConnections(SHUTDOWN_GRACE);
            sshd.stop(true);
            awaitNoConnections(LAST_LOG_LINES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            scheduler.shutdownNow();
            closed.countDown();
        }
    }

    private void awaitNoConnections(Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!connections.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    Config config() {
        return config;
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    /** Why a session may not start: what the log says, what the client is told, and whether it ends the connection. */
    record Refusal(String logged, String told, boolean endsConnection) {
    }

    /**
     * Lets a session in when there is room, or says why not: the counts and the check are one step, so the limits
     * hold under a rush. A connection that already has its sessions keeps them; only the extra channel is refused.
     */
    synchronized Refusal admit(TerminalSession session) {
        if (closing.get()) {
            return new Refusal("server shutting down", "lede: the server is shutting down", true);
        }
        if (sessions.size() >= config.maxSessions()) {
            return new Refusal("server full", "lede: the server is full (" + config.maxSessions() + " sessions); try again later", true);
        }
        long onConnection = sessions.stream().filter(other -> other.connection() == session.connection()).count();
        if (onConnection >= config.maxSessionsPerConnection()) {
            return new Refusal("sessions per connection", "lede: this connection has its " + config.maxSessionsPerConnection()
                    + " session(s) already; open another connection", false);
        }
        String key = session.keyFingerprint();
        long withKey = sessions.stream().filter(other -> other.keyFingerprint().equals(key)).count();
        if (withKey >= config.maxSessionsPerKey()) {
            return new Refusal("sessions per key", "lede: this key has " + config.maxSessionsPerKey()
                    + " session(s) open already; close one first", true);
        }
        sessions.add(session);
        return null;
    }

    synchronized void release(TerminalSession session) {
        sessions.remove(session);
    }

    private static ConnectionRecord record(ChannelSession channel) {
        return record(channel.getSession());
    }

    private static ConnectionRecord record(Session session) {
        return session.getAttribute(RECORD);
    }

    private static String address(SocketAddress remote) {
        if (remote instanceof InetSocketAddress inet) {
            return inet.getAddress().getHostAddress() + ":" + inet.getPort();
        }
        return String.valueOf(remote);
    }
}
