package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.model.Library;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

    /** A warm start draws its first screen from what is saved beside the index: the same screen the index draws. */
    @Test
    void theFirstScreenDrawnFromTheSavedRowsIsTheOneTheIndexDraws(@TempDir Path dir, @TempDir Path cache) throws Exception {
        for (int i = 0; i < 300; i++) {
            Files.writeString(dir.resolve("a%03d.txt".formatted(i)), "Story " + i + "\n\n\"Quoted " + i + ",\" she said.\n");
        }
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString(), "HOME", cache.toString(), "TERM", "xterm-256color");
        String cold = firstScreen(dir, env);
        String warm = firstScreen(dir, env);
        try (var saved = Files.walk(cache)) {
            for (Path p : saved.filter(p -> p.getFileName().toString().equals("lede-first-screen")).toList()) Files.delete(p);
        }
        String fromTheIndex = firstScreen(dir, env);

        assertThat(warm).contains("Story 0", "Quoted 0").isEqualTo(fromTheIndex).isEqualTo(cold);
    }

    private static String firstScreen(Path dir, Map<String, String> env) throws InterruptedException {
        Main.Opened opened = Main.open(List.of(dir), null, false, env);
        StringWriter screen = new StringWriter();
        try (Library library = opened.library()) {
            assertThat(FirstScreen.print(library, opened.settings(), new PrintWriter(screen))).isTrue();
        }
        return screen.toString();
    }
}
