package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @Test
    void withoutPathsLedePrintsItsHelp() {
        CommandRun run = new CommandRun();

        assertThat(run.lede()).isZero();

        assertThat(run.out.toString()).contains("Usage: lede", "PATH", "--theme=NAME", "--no-cache", "export");
    }

    @Test
    void aPathThatDoesNotExistIsAnErrorAsLsMakesIt(@TempDir Path dir) {
        Path missing = dir.resolve("nope");
        for (String[] args : new String[][] {{missing.toString()}, {"export", missing.toString()}}) {
            CommandRun run = new CommandRun();
            assertThat(run.lede(args)).isEqualTo(2);
            assertThat(run.err.toString()).isEqualTo("lede: no such file or folder: " + missing + System.lineSeparator());
            assertThat(run.out.toString()).isEmpty();
        }
    }

    /** The tests run with no terminal (standard input is a pipe), as a script or a cron job would. */
    @Test
    void withoutATerminalLedeSaysWhatToUseInstead(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Title\n\nText.\n");
        CommandRun run = new CommandRun();

        assertThat(run.lede(dir.toString())).isEqualTo(2);

        assertThat(run.err.toString()).isEqualTo("lede needs a terminal; for a file of annotations use `lede export`" + System.lineSeparator());
    }
}
