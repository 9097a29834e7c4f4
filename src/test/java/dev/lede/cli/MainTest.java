package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {

    @Test
    void withoutPathsLedePrintsItsHelp() {
        StringWriter out = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));

        assertThat(cli.execute()).isZero();

        assertThat(out.toString()).contains("Usage: lede", "PATH", "--theme=NAME", "--no-cache", "export");
    }
}
