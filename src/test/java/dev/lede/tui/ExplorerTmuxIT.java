package dev.lede.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the real ./lede in tmux through src/test/e2e/tmux-e2e.sh, after the jar is packaged. */
class ExplorerTmuxIT {

    @Test
    void explorerWorksInARealTerminal() throws IOException, InterruptedException {
        assumeTrue(onPath("tmux"), "tmux is not installed");
        Path home = Path.of(System.getProperty("lede.home", "."));
        Path log = Files.createTempFile("lede-tmux-e2e", ".log");
        Process run = new ProcessBuilder("bash", home.resolve("src/test/e2e/tmux-e2e.sh").toString())
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean finished = run.waitFor(5, TimeUnit.MINUTES);
        if (!finished) run.destroyForcibly();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        assertThat(finished).as("the script finished within 5 minutes:%n%s", output).isTrue();
        assertThat(run.exitValue()).as("tmux-e2e.sh output:%n%s", output).isZero();
        assertThat(output).contains("tmux-e2e: all passed");
    }

    private static boolean onPath(String command) throws IOException, InterruptedException {
        return new ProcessBuilder("sh", "-c", "command -v " + command).start().waitFor() == 0;
    }
}
