package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void withoutPathsLedePrintsItsHelp() {
        CommandRun run = new CommandRun();

        assertThat(run.lede()).isZero();

        assertThat(run.out.toString()).contains("Usage: lede", "PATH", "--theme=NAME", "--no-cache", "export");
    }
}
