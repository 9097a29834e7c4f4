package dev.lede.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.ssh.SshFixture.Terminal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ChannelSubsystem;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.SshException;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The server driven by MINA's own SSH client over loopback. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SshServerTest {

    @TempDir
    Path dir;

    private SshFixture ssh;

    @AfterEach
    void stop() throws Exception {
        if (ssh != null) {
            ssh.close();
        }
    }

    @Test
    void anAuthorizedKeySeesTheScreenAndQuitsWithQ() throws Exception {
        ssh = new SshFixture(dir);
        try (Terminal terminal = ssh.open(80, 24)) {
            terminal.awaitText("Lede test session 80x24 xterm-256color").awaitText("count 0");
            terminal.type("q");
            assertThat(terminal.awaitExit()).isZero();
        }
        awaitLog("ended: quit");
        assertThat(ssh.log).anySatisfy(line -> assertThat(line)
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ 127\\.0\\.0\\.1:\\d+ user=reader key=SHA256:\\S+ "
                        + "term=xterm-256color 80x24 \\d+s ended: quit"));
    }

    @Test
    void ctrlCEndsThatSessionOnly() throws Exception {
        ssh = new SshFixture(dir);
        try (Terminal first = ssh.open(80, 24); Terminal second = ssh.open(80, 24)) {
            first.awaitText("count 0");
            second.awaitText("count 0");
            first.type("\u0003");
            assertThat(first.awaitExit()).isZero();
            second.type("+").awaitText("count 1");
        }
    }

    @Test
    void theClientsEnvironmentReachesTheAppNotTheServers() throws Exception {
        ssh = new SshFixture(dir);
        try (Terminal terminal = new Terminal(ssh.login(ssh.authorizedKey), true, "screen", 80, 24, Map.of("NO_COLOR", "1"))) {
            terminal.awaitText("Lede test session 80x24 screen").awaitText("count 0 NO_COLOR=1");
        }
    }

    @Test
    void aClientThatNamesNoTerminalTypeGetsXterm256color() throws Exception {
        ssh = new SshFixture(dir);
        try (Terminal terminal = new Terminal(ssh.login(ssh.authorizedKey), true, "", 80, 24, Map.of())) {
            terminal.awaitText("Lede test session 80x24 xterm-256color");
        }
    }

    @Test
    void aKeyNotInAuthorizedKeysIsRefused() throws Exception {
        ssh = new SshFixture(dir);
        ClientSession session = ssh.connect();
        session.addPublicKeyIdentity(SshFixture.newKey());
        assertThatThrownBy(() -> session.auth().verify(SshFixture.WAIT)).isInstanceOf(SshException.class);
        session.close(true);
        awaitLog("ended: not authenticated");
    }

    @Test
    void passwordsAreRefused() throws Exception {
        ssh = new SshFixture(dir);
        ClientSession session = ssh.connect();
        session.addPasswordIdentity("reader");
        assertThatThrownBy(() -> session.auth().verify(SshFixture.WAIT)).isInstanceOf(SshException.class);
        session.close(true);
    }

    @Test
    void aKeyAddedToAuthorizedKeysWorksWithoutARestart() throws Exception {
        ssh = new SshFixture(dir);
        KeyPair added = SshFixture.newKey();
        Files.writeString(dir.resolve("authorized_keys"), PublicKeyEntry.toString(added.getPublic()) + " new@test\n",
                StandardOpenOption.APPEND);
        try (Terminal terminal = new Terminal(ssh.login(added), 80, 24, true)) {
            terminal.awaitText("count 0");
        }
    }

    @Test
    void aKeyRemovedFromAuthorizedKeysIsRefusedWithoutARestart() throws Exception {
        ssh = new SshFixture(dir);
        ssh.login(ssh.authorizedKey).close(true);
        Files.writeString(dir.resolve("authorized_keys"), "# nobody for now\n");
        ClientSession session = ssh.connect();
        session.addPublicKeyIdentity(ssh.authorizedKey);
        assertThatThrownBy(() -> session.auth().verify(SshFixture.WAIT)).isInstanceOf(SshException.class);
        session.close(true);
    }

    @Test
    void commandsAreRefusedWithALine() throws Exception {
        ssh = new SshFixture(dir);
        ClientSession session = ssh.login(ssh.authorizedKey);
        ChannelExec exec = session.createExecChannel("ls");
        var out = new java.io.ByteArrayOutputStream();
        exec.setOut(out);
        exec.setErr(out);
        exec.open().verify(SshFixture.WAIT);
        exec.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), SshFixture.WAIT);
        assertThat(exec.getExitStatus()).isEqualTo(1);
        assertThat(out.toString()).contains("runs no commands");
        session.close(true);
        awaitLog("ended: refused: command ls");
    }

    @Test
    void subsystemsAndPortForwardingAreRefused() throws Exception {
        ssh = new SshFixture(dir);
        ClientSession session = ssh.login(ssh.authorizedKey);
        ChannelSubsystem sftp = session.createSubsystemChannel("sftp");
        sftp.open().verify(SshFixture.WAIT);
        assertThat(sftp.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), SshFixture.WAIT)).contains(ClientChannelEvent.CLOSED);
        var tunnel = session.createDirectTcpipChannel(new SshdSocketAddress("127.0.0.1", 0),
                new SshdSocketAddress("127.0.0.1", ssh.server.port()));
        assertThatThrownBy(() -> tunnel.open().verify(SshFixture.WAIT)).isInstanceOf(SshException.class);
        assertThatThrownBy(() -> session.startRemotePortForwarding(new SshdSocketAddress("127.0.0.1", 0),
                new SshdSocketAddress("127.0.0.1", 9))).isInstanceOf(java.io.IOException.class);
        session.close(true);
    }

    @Test
    void aSessionWithoutAPtyIsToldWhyAndClosed() throws Exception {
        ssh = new SshFixture(dir);
        try (Terminal terminal = new Terminal(ssh.login(ssh.authorizedKey), 80, 24, false)) {
            assertThat(terminal.awaitExit()).isEqualTo(1);
            assertThat(terminal.output()).contains("needs a terminal; connect with ssh -t");
        }
        awaitLog("ended: refused: no pty");
    }

    @Test
    void aResizeReachesTheApp() throws Exception {
        ssh = new SshFixture(dir);
        try (Terminal terminal = ssh.open(80, 24)) {
            terminal.awaitText("80x24");
            terminal.shell.sendWindowChange(120, 40);
            terminal.awaitText("Lede test session 120x40");
        }
        awaitLog("120x40");
    }

    @Test
    void twoSessionsHaveIndependentState() throws Exception {
        ssh = new SshFixture(dir);
        try (Terminal first = ssh.open(80, 24); Terminal second = ssh.open(100, 30)) {
            first.awaitText("count 0");
            second.awaitText("100x30").awaitText("count 0");
            first.type("++").awaitText("count 2");
            second.type("+").awaitText("count 1");
            assertThat(second.screen()).doesNotContain("count 2");
            assertThat(first.screen()).doesNotContain("100x30");
        }
    }

    @Test
    void aSessionThatThrowsEndsAloneAndTheServerKeepsServing() throws Exception {
        ssh = new SshFixture(dir);
        try (Terminal failing = ssh.open(80, 24); Terminal other = ssh.open(80, 24)) {
            failing.awaitText("count 0");
            other.awaitText("count 0");
            failing.type("x");
            assertThat(failing.awaitExit()).isEqualTo(1);
            assertThat(failing.output()).contains("lede: the session failed: test session failed on purpose");
            other.type("+").awaitText("count 1");
        }
        try (Terminal later = ssh.open(80, 24)) {
            later.awaitText("count 0");
        }
        awaitLog("ended: error: test session failed on purpose");
    }

    @Test
    void theSessionLimitIsEnforcedWithAMessage() throws Exception {
        ssh = new SshFixture(dir, 2, Duration.ofMinutes(5), new TestSessionApp());
        try (Terminal first = ssh.open(80, 24); Terminal second = ssh.open(80, 24)) {
            first.awaitText("count 0");
            second.awaitText("count 0");
            try (Terminal refused = ssh.open(80, 24)) {
                assertThat(refused.awaitExit()).isEqualTo(1);
                assertThat(refused.output()).contains("lede: the server is full (2 sessions); try again later");
            }
            first.type("q").awaitExit();
            try (Terminal third = ssh.open(80, 24)) {
                third.awaitText("count 0");
            }
        }
        awaitLog("ended: refused: server full");
    }

    @Test
    void anIdleSessionIsClosedWithAMessage() throws Exception {
        ssh = new SshFixture(dir, 4, Duration.ofSeconds(1), new TestSessionApp());
        try (Terminal terminal = ssh.open(80, 24)) {
            terminal.awaitText("count 0");
            assertThat(terminal.awaitExit()).isZero();
            assertThat(terminal.output()).contains("lede: closed after 1s without a key pressed");
        }
        awaitLog("ended: idle");
    }

    @Test
    void anAppThatReadsOnAfterEndOfInputStillEnds() throws Exception {
        SessionApp stubborn = (terminal, env, notices) -> {
            terminal.putString("stubborn");
            terminal.flush();
            while (true) {
                terminal.readInput();
            }
        };
        ssh = new SshFixture(dir, 4, Duration.ofSeconds(1), stubborn);
        try (Terminal terminal = ssh.open(80, 24)) {
            terminal.awaitText("stubborn");
            assertThat(terminal.awaitExit()).isNotNull();
            assertThat(terminal.output()).contains("lede: closed after 1s without a key pressed");
        }
        awaitLog("ended: idle");
    }

    @Test
    void killingOneClientLeavesTheOthersWorkingAndFreesItsPlace() throws Exception {
        ssh = new SshFixture(dir, 2, Duration.ofMinutes(5), new TestSessionApp());
        try (Terminal killed = ssh.open(80, 24); Terminal other = ssh.open(80, 24)) {
            killed.awaitText("count 0");
            other.awaitText("count 0");
            killed.session.close(true);
            awaitLog("ended: disconnected");
            other.type("+").awaitText("count 1");
            try (Terminal replacement = ssh.open(80, 24)) {
                replacement.awaitText("count 0");
            }
        }
    }

    @Test
    void fiftyConcurrentSessionsEachGetAWorkingScreen() throws Exception {
        ssh = new SshFixture(dir);
        ExecutorService clients = Executors.newFixedThreadPool(50);
        List<Terminal> terminals = new ArrayList<>();
        try {
            List<Future<Terminal>> opening = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                opening.add(clients.submit(() -> ssh.open(80, 24).awaitText("count 0")));
            }
            for (Future<Terminal> future : opening) {
                terminals.add(future.get(40, TimeUnit.SECONDS));
            }
            List<Future<Terminal>> typing = new ArrayList<>();
            for (Terminal terminal : terminals) {
                typing.add(clients.submit(() -> terminal.type("+").awaitText("count 1")));
            }
            for (Future<Terminal> future : typing) {
                future.get(40, TimeUnit.SECONDS);
            }
            long start = System.nanoTime();
            try (Terminal oneMore = ssh.open(80, 24)) {
                oneMore.awaitText("count 0");
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        } finally {
            for (Terminal terminal : terminals) {
                terminal.close();
            }
            clients.shutdownNow();
        }
    }

    @Test
    void closingTheServerTellsEverySession() throws Exception {
        ssh = new SshFixture(dir);
        try (Terminal terminal = ssh.open(80, 24)) {
            terminal.awaitText("count 0");
            ssh.server.close();
            assertThat(terminal.awaitExit()).isZero();
            assertThat(terminal.output()).contains("lede: the server is shutting down");
        }
        awaitLog("ended: server shutting down");
    }

    private void awaitLog(String text) throws InterruptedException {
        long deadline = System.nanoTime() + SshFixture.WAIT.toNanos();
        while (ssh.log.stream().noneMatch(line -> line.contains(text))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no log line with \"" + text + "\" in " + ssh.log);
            }
            Thread.sleep(10);
        }
    }
}
