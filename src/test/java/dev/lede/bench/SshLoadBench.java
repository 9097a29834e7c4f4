package dev.lede.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;

/**
 * {@code lede serve} under load, from MINA's client: the server's RSS idle and with 50 busy sessions, the 51st
 * session's first frame, and one reader's key-to-frame latency while a second session floods keys and a third claims
 * a 65535×65535 terminal, with the server's RSS during that attack.
 * Usage: SshLoadBench LEDE_JAR CORPUS WORK_DIR (./bench runs it on bbc).
 */
public final class SshLoadBench {

    private static final Pattern LISTENING = Pattern.compile("lede serve: \\d+ articles on \\S+ port (\\d+)");

    private final SshClient client = SshClient.setUpDefaultClient();
    private final KeyPair key;
    private final int port;

    private SshLoadBench(KeyPair key, int port) {
        this.key = key;
        this.port = port;
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        Path corpus = Path.of(args[1]);
        Path work = Files.createDirectories(Path.of(args[2]));
        KeyPair key = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
        Path keys = Files.writeString(work.resolve("readers.keys"), PublicKeyEntry.toString(key.getPublic()) + "\n");
        ProcessBuilder serve = new ProcessBuilder("java", "-jar", jar.toString(), "serve", "--port", "0", "--max-sessions", "60",
                "--max-sessions-per-key", "60", "--authorized-keys", keys.toString(), "--host-key", work.resolve("host_key").toString(),
                corpus.toString());
        serve.environment().put("XDG_CACHE_HOME", work.resolve("cache").toString());
        serve.environment().put("XDG_STATE_HOME", work.resolve("state").toString());
        serve.environment().put("XDG_CONFIG_HOME", work.resolve("config").toString());
        Process server = serve.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            SshLoadBench bench = new SshLoadBench(key, awaitPort(server));
            bench.client.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
            bench.client.start();
            bench.run(server.pid());
            bench.client.stop();
        } finally {
            server.destroy();
        }
    }

    private void run(long serverPid) throws Exception {
        Screen warmUp = open(100, 30);
        warmUp.awaitFrame(Duration.ofMinutes(5)); // the first session also waits for the articles to load
        Thread.sleep(20_000); // annotation of the corpus in the background settles
        warmUp.close();
        System.gc();
        Thread.sleep(2_000);
        long idle = rssKb(serverPid);
        System.out.printf("server RSS idle: %d MB%n", idle / 1024);

        attack(serverPid, idle);
        busy(serverPid, idle);
    }

    /** One reader types while a second session floods keys and a third claims 65535x65535. */
    private void attack(long serverPid, long idle) throws Exception {
        Screen reader = open(100, 30);
        reader.awaitFrame(Duration.ofSeconds(30));
        Screen huge = open(65535, 65535);
        Screen flooder = open(100, 30);
        AtomicBoolean flooding = new AtomicBoolean(true);
        Thread flood = new Thread(() -> {
            byte[] keys = "jkGg".repeat(4096).getBytes(StandardCharsets.US_ASCII);
            try {
                while (flooding.get()) flooder.type(keys);
            } catch (Exception ended) {
                // the session is gone
            }
        });
        flood.start();
        AtomicLong peak = new AtomicLong();
        Thread sampler = sampler(serverPid, peak, flooding);
        Thread.sleep(2_000);
        long[] latencies = new long[300];
        for (int i = 0; i < latencies.length; i++) {
            latencies[i] = reader.keyToFrameNanos(i % 2 == 0 ? "j" : "k");
            Thread.sleep(30);
        }
        flooding.set(false);
        flood.join();
        sampler.join();
        Arrays.sort(latencies);
        System.out.printf("reader key to frame during flood + 65535x65535: p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d keys)%n",
                latencies[latencies.length / 2] / 1e6, latencies[latencies.length * 99 / 100] / 1e6,
                latencies[latencies.length - 1] / 1e6, latencies.length);
        System.out.printf("server RSS during the attack: peak %d MB, %d MB above idle%n", peak.get() / 1024, (peak.get() - idle) / 1024);
        long quitStart = System.nanoTime();
        flooder.type("q".getBytes(StandardCharsets.US_ASCII));
        flooder.shell.waitFor(java.util.EnumSet.of(org.apache.sshd.client.channel.ClientChannelEvent.CLOSED), Duration.ofSeconds(30));
        System.out.printf("flooder's q to its session closed: %.0f ms%n", (System.nanoTime() - quitStart) / 1e6);
        reader.close();
        huge.close();
    }

    /** 50 sessions each pressing a key every 100 ms, then a 51st session's first frame. */
    private void busy(long serverPid, long idle) throws Exception {
        List<Screen> sessions = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Screen s = open(100, 30);
            s.awaitFrame(Duration.ofSeconds(60));
            sessions.add(s);
        }
        AtomicBoolean typing = new AtomicBoolean(true);
        Thread typist = new Thread(() -> {
            String[] keys = {"j", "k", "]", "[", "\t", "j"};
            try {
                for (int n = 0; typing.get(); n++) {
                    for (Screen s : sessions) s.type(keys[n % keys.length].getBytes(StandardCharsets.US_ASCII));
                    Thread.sleep(100);
                }
            } catch (Exception ended) {
                // stopped
            }
        });
        typist.start();
        AtomicLong peak = new AtomicLong();
        Thread sampler = sampler(serverPid, peak, typing);
        Thread.sleep(10_000);
        long start = System.nanoTime();
        Screen last = open(100, 30);
        last.awaitFrame(Duration.ofSeconds(60));
        System.out.printf("51st session's first frame, 50 busy: %.0f ms (connect, log in, open, first frame)%n",
                (System.nanoTime() - start) / 1e6);
        typing.set(false);
        typist.join();
        sampler.join();
        System.out.printf("server RSS with 50 busy sessions: peak %d MB, %d MB above idle%n", peak.get() / 1024, (peak.get() - idle) / 1024);
        last.close();
        for (Screen s : sessions) s.close();
    }

    private static Thread sampler(long pid, AtomicLong peak, AtomicBoolean running) {
        Thread t = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(rssKb(pid), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        t.start();
        return t;
    }

    private Screen open(int columns, int rows) throws Exception {
        ClientSession session = client.connect("reader", "127.0.0.1", port).verify(Duration.ofSeconds(30)).getSession();
        session.addPublicKeyIdentity(key);
        session.auth().verify(Duration.ofSeconds(30));
        return new Screen(session, columns, rows);
    }

    /** One session: counts the bytes the server sends and when the last came. */
    private static final class Screen {
        final ClientSession session;
        final ChannelShell shell;
        final AtomicLong received = new AtomicLong();
        volatile CountDownLatch next = new CountDownLatch(1);

        Screen(ClientSession session, int columns, int rows) throws Exception {
            this.session = session;
            shell = session.createShellChannel();
            shell.setPtyType("xterm-256color");
            shell.setPtyColumns(columns);
            shell.setPtyLines(rows);
            OutputStream sink = new OutputStream() {
                @Override
                public void write(int b) {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    received.addAndGet(len);
                    next.countDown();
                }
            };
            shell.setOut(sink);
            shell.setErr(sink);
            shell.open().verify(Duration.ofSeconds(30));
        }

        void awaitFrame(Duration atMost) throws Exception {
            long deadline = System.nanoTime() + atMost.toNanos();
            while (received.get() < 2000 && System.nanoTime() < deadline) Thread.sleep(5);
            if (received.get() < 2000) throw new IllegalStateException("no frame within " + atMost);
        }

        /** From the key sent to the first byte of the frame that answers it. */
        long keyToFrameNanos(String key) throws Exception {
            Thread.sleep(5); // let the previous frame end
            next = new CountDownLatch(1);
            long start = System.nanoTime();
            type(key.getBytes(StandardCharsets.US_ASCII));
            next.await();
            return System.nanoTime() - start;
        }

        void type(byte[] bytes) throws Exception {
            OutputStream in = shell.getInvertedIn();
            in.write(bytes);
            in.flush();
        }

        void close() throws Exception {
            session.close(true);
        }
    }

    private static int awaitPort(Process server) throws Exception {
        BufferedReader err = new BufferedReader(new InputStreamReader(server.getErrorStream(), StandardCharsets.UTF_8));
        for (String line = err.readLine(); line != null; line = err.readLine()) {
            Matcher m = LISTENING.matcher(line);
            if (m.lookingAt()) {
                Thread drain = new Thread(() -> err.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(m.group(1));
            }
        }
        throw new IllegalStateException("lede serve did not start");
    }

    private static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", ""));
            }
        } catch (Exception gone) {
            // the process ended
        }
        return 0;
    }
}
