package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.lede.corpus.Document;
import dev.lede.nlp.Annotation;
import dev.lede.ssh.SessionApp;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int lede(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void aMissingAuthorizedKeysFileIsOneLineAndExitTwo() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Title\n\nBody.\n");
        int status = lede("serve", "--no-cache", "--port", "0", "--authorized-keys", dir.resolve("nope").toString(),
                "--host-key", dir.resolve("host_key").toString(), dir.toString());
        assertThat(status).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("lede serve: authorized keys file " + dir.resolve("nope") + " not found");
        assertThat(dir.resolve("host_key")).doesNotExist();
    }

    @Test
    void anUnreadableDurationIsRefusedByTheParser() {
        int status = lede("serve", "--authorized-keys", "keys", "--idle-timeout", "soon", ".");
        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("'soon' is not a duration (try 90s, 15m or 1h30m)");
    }

    @Test
    void durationsAreWrittenTheWayPeopleWriteThem() {
        DurationConverter converter = new DurationConverter();
        assertThat(converter.convert("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(converter.convert("15m")).isEqualTo(Duration.ofMinutes(15));
        assertThat(converter.convert("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(converter.convert("PT2H")).isEqualTo(Duration.ofHours(2));
        assertThatThrownBy(() -> converter.convert("")).isInstanceOf(CommandLine.TypeConversionException.class);
    }

    @Test
    @Timeout(10)
    void theStandInAppListsTitlesMovesWithJAndQuitsWithQ() throws Exception {
        List<Document> docs = List.of(new Document("a.txt", dir.resolve("a.txt"), "First story", "", null, null),
                new Document("b.txt", dir.resolve("b.txt"), "Second story", "", null, null));
        DefaultVirtualTerminal screen = new DefaultVirtualTerminal(new TerminalSize(60, 10));
        BlockingQueue<KeyStroke> keys = new LinkedBlockingQueue<>();
        SessionApp app = ServeCommand.explorerApp(docs, List.of(Annotation.EMPTY, Annotation.EMPTY));
        Thread session = new Thread(() -> {
            try {
                app.run(typedInto(screen, keys), Map.of("TERM", "xterm"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        session.setDaemon(true);
        session.start();
        keys.add(new KeyStroke('j', false, false));
        while (!line(screen, 3).startsWith("> Second story")) {
            Thread.sleep(10);
        }
        assertThat(line(screen, 2)).startsWith("  First story  (0 entities, 0 quotes)");
        keys.add(new KeyStroke('q', false, false));
        session.join();
    }

    @Test
    @Timeout(10)
    void ctrlCLeavesTheStandInApp() throws Exception {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(60, 10));
        terminal.addInput(new KeyStroke('c', true, false));
        ServeCommand.explorerApp(List.of(), List.of()).run(terminal, Map.of("TERM", "xterm"));
    }

    /**
     * The virtual terminal, but with keys from {@code keys}: its own readInput holds its lock while it waits, so
     * nothing else could be typed or read meanwhile.
     */
    private static Terminal typedInto(DefaultVirtualTerminal screen, BlockingQueue<KeyStroke> keys) {
        return (Terminal) Proxy.newProxyInstance(Terminal.class.getClassLoader(), new Class<?>[] {Terminal.class},
                (proxy, method, args) -> method.getName().equals("readInput") ? keys.take() : method.invoke(screen, args));
    }

    private static String line(DefaultVirtualTerminal terminal, int row) {
        StringBuilder text = new StringBuilder();
        for (int column = 0; column < terminal.getTerminalSize().getColumns(); column++) {
            text.append(terminal.getBufferCharacter(column, row).getCharacterString());
        }
        return text.toString();
    }
}
