package dev.lede.tui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the real ./lede in tmux through the scripts in src/test/e2e, after the jar is packaged: tmux-e2e.sh (a
 * session on seeds/) and tmux-first-hour.sh (emoji and CJK, the help and entity boxes, the status bar at 80 columns).
 */
class ExplorerTmuxIT {

    @ParameterizedTest
    @ValueSource(strings = {"tmux-e2e.sh", "tmux-first-hour.sh"})
    void explorerWorksInARealTerminal(String script) throws IOException, InterruptedException {
        assumeTrue(onPath("tmux"), "tmux is not installed");
        assumeTrue(script.equals("tmux-e2e.sh") || onPath("python3"), "python3 is not installed");
        Path home = Path.of(System.getProperty("lede.home", "."));
        Path log = Files.createTempFile("lede-tmux-e2e", ".log");
        Process run = new ProcessBuilder("bash", home.resolve("src/test/e2e").resolve(script).toString())
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean finished = run.waitFor(5, TimeUnit.MINUTES);
        if (!finished) run.destroyForcibly();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        assertThat(finished).as("the script finished within 5 minutes:%n%s", output).isTrue();
        assertThat(run.exitValue()).as("%s output:%n%s", script, output).isZero();
        assertThat(output).contains(": all passed");
    }

    private static boolean onPath(String command) throws IOException, InterruptedException {
        return new ProcessBuilder("sh", "-c", "command -v " + command).start().waitFor() == 0;
    }
}
