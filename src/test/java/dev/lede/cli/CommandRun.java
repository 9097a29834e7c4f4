package dev.lede.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the real {@code lede} command line in this JVM and keeps what it printed. */
final class CommandRun {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int lede(String... args) {
        var cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
