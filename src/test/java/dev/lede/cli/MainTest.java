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

    /** Without a terminal too: the first screen as text, as wide as the screen drawn, and nothing else. */
    @Test
    void printScreenPrintsTheFirstScreenAsText(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Minister resigns\n\n\"We will go on,\" the minister said.\n");
        Files.writeString(dir.resolve("b.txt"), "Storm floods the coast\n\nRain fell all night.\n");
        CommandRun run = new CommandRun();

        assertThat(run.lede("--print-screen", "--no-cache", dir.toString())).isZero();

        String[] lines = run.out.toString().split("\n", -1);
        assertThat(lines).hasSize(FirstScreen.ROWS + 1); // each row ends its line
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(FirstScreen.COLUMNS));
        assertThat(lines[0]).contains("Documents");
        assertThat(run.out.toString()).contains("Minister resigns", "Storm floods the coast", "We will go on");
        assertThat(run.err.toString()).isEmpty();
    }
}
