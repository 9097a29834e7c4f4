package dev.lede.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file written through a temporary one: whole or not at all, and no temporary file left when Lede is stopped. */
class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void aWriteStoppedWithSigtermLeavesNeitherTheFileNorItsTemporaryOne() throws Exception {
        Path target = dir.resolve("out.jsonl");
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SlowWrite.class.getName(), target.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("writing");
            run.destroy(); // SIGTERM, as `kill` or a closing terminal sends
            assertThat(run.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aFinishedWriteReplacesTheFileWhole() throws Exception {
        Path target = dir.resolve("out.txt");
        Files.writeString(target, "old");
        AtomicFile.write(target, w -> w.write("new"));
        assertThat(Files.readString(target)).isEqualTo("new");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    /** Writes a line, says so, then waits until stopped. */
    static final class SlowWrite {
        public static void main(String[] args) throws Exception {
            AtomicFile.write(Path.of(args[0]), w -> {
                w.write("{\"doc\": \"a\"}\n");
                w.flush();
                System.out.println("writing");
                System.out.flush();
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
    }
}
