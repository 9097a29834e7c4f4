package dev.lede.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code lede serve} from the packaged jar, with its stderr (the log) collected line by line. */
final class ServeProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("lede serve: \\d+ articles on 127\\.0\\.0\\.1 port (\\d+), host key (SHA256:\\S+)");

    static final Path HOME = Path.of(System.getProperty("lede.home", "."));

    final List<String> stderr = new CopyOnWriteArrayList<>();
    final Process process;
    final int port;
    final String hostKeyFingerprint;

    /**
     * Starts {@code java -jar target/lede.jar serve --port 0 ARGS...} with {@code env} added to this environment and
     * waits until it listens.
     */
    ServeProcess(Map<String, String> env, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-jar", HOME.resolve("target/lede.jar").toString(), "serve", "--port", "0"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(env);
        process = builder.start();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                lines.lines().forEach(stderr::add);
            } catch (IOException ended) {
                // The server is gone.
            }
        });
        reader.setDaemon(true);
        reader.start();
        Matcher listening = awaitListening();
        port = Integer.parseInt(listening.group(1));
        hostKeyFingerprint = listening.group(2);
    }

    private Matcher awaitListening() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            for (String line : stderr) {
                Matcher m = LISTENING.matcher(line);
                if (m.lookingAt()) {
                    return m;
                }
            }
            assertThat(process.isAlive()).as("lede serve exited: %s", stderr).isTrue();
            Thread.sleep(50);
        }
        throw new AssertionError("lede serve did not start: " + stderr);
    }

    void awaitStderr(String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (stderr.stream().noneMatch(line -> line.contains(text)) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(stderr).anyMatch(line -> line.contains(text));
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
