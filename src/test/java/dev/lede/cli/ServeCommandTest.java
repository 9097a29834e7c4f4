package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.lede.model.Articles;
import dev.lede.model.Library;
import dev.lede.ssh.SessionApp;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {

    @TempDir
    Path dir;

    private final CommandRun run = new CommandRun();
    private final StringWriter err = run.err;

    private int lede(String... args) {
        return run.lede(args);
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
    void anUnsupportedAuthorizedKeysOptionStopsTheStartNamingTheLine() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Title\n\nBody.\n");
        Path keys = Files.writeString(dir.resolve("authorized_keys"), "# readers\n"
                + "environment=\"LD_PRELOAD=x\" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl x\n");
        int status = lede("serve", "--no-cache", "--port", "0", "--authorized-keys", keys.toString(),
                "--host-key", dir.resolve("host_key").toString(), dir.toString());
        assertThat(status).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("lede serve: cannot use authorized keys file " + keys
                + " line 2: option environment is not supported");
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
    @Timeout(20)
    void eachSessionIsAnExplorerOverTheSharedLibraryWithTheClientsEnvironment() throws Exception {
        Library library = Articles.sample().library();
        SessionApp app = ServeCommand.explorerApp(library, null, Map.of());
        DefaultVirtualTerminal first = new DefaultVirtualTerminal(new TerminalSize(100, 24));
        DefaultVirtualTerminal second = new DefaultVirtualTerminal(new TerminalSize(100, 24));
        Thread a = session(app, first, Map.of("TERM", "xterm-256color", "HOME", dir.toString()));
        Thread b = session(app, second, Map.of("TERM", "xterm", "NO_COLOR", "1", "HOME", dir.toString()));
        awaitText(first, "Masoud Jazayeri");
        awaitText(second, "Masoud Jazayeri");

        first.addInput(new KeyStroke(']', false, false));
        awaitText(first, "quote 1/2");
        assertThat(screen(second)).doesNotContain("quote 1/2"); // each session has its own model

        first.addInput(new KeyStroke('q', false, false));
        second.addInput(new KeyStroke('c', true, false)); // Ctrl-C ends that session only
        a.join(5000);
        b.join(5000);
        assertThat(a.isAlive()).isFalse();
        assertThat(b.isAlive()).isFalse();
    }

    @Test
    @Timeout(20)
    void whatTheServerTellsASessionShowsInItsStatusBar() throws Exception {
        SessionApp app = ServeCommand.explorerApp(Articles.sample().library(), null, Map.of());
        assertThat(app.keysThatAlwaysPass()).containsExactly("q");
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(100, 24));
        AtomicReference<Consumer<String>> reader = new AtomicReference<>();
        Thread t = session(app, terminal, Map.of("TERM", "xterm-256color", "HOME", dir.toString()), reader::set);
        awaitText(terminal, "Masoud Jazayeri");
        reader.get().accept("keys are coming faster than anyone types");
        awaitText(terminal, "keys are coming faster than anyone types");
        terminal.addInput(new KeyStroke('q', false, false));
        t.join(5000);
        assertThat(t.isAlive()).isFalse();
    }

    @Test
    @Timeout(20)
    void aRemoteSessionExportsNoFile() throws Exception {
        SessionApp app = ServeCommand.explorerApp(Articles.sample().library(), null, Map.of());
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(100, 24));
        Thread t = session(app, terminal, Map.of("TERM", "xterm-256color", "HOME", dir.toString()));
        awaitText(terminal, "Masoud Jazayeri");
        terminal.addInput(new KeyStroke('x', false, false));
        awaitText(terminal, "x is off over SSH");
        assertThat(screen(terminal)).doesNotContain("export quotes to");
        terminal.addInput(new KeyStroke('q', false, false));
        t.join(5000);
        assertThat(t.isAlive()).isFalse();
    }

    @Test
    @Timeout(20)
    void aSessionUsesTheServersSettingsNotTheClientsOrTheAccountsHome() throws Exception {
        Path config = Files.createDirectories(dir.resolve("server-config/lede"));
        Files.writeString(config.resolve("keys.json"), "{\"quit\": \"Q\"}");
        SessionApp app = ServeCommand.explorerApp(Articles.sample().library(), null,
                Map.of("XDG_CONFIG_HOME", dir.resolve("server-config").toString(), "XDG_STATE_HOME", dir.resolve("state").toString()));
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(100, 24));
        // HOME is set by the client here only to show it is not used: the server's XDG_CONFIG_HOME decides.
        Thread t = session(app, terminal, Map.of("TERM", "xterm-256color", "HOME", dir.resolve("client-home").toString()));
        awaitText(terminal, "Masoud Jazayeri");
        assertThat(app.keysThatAlwaysPass()).as("keys a key flood cannot drown").containsExactly("Q");
        terminal.addInput(new KeyStroke('q', false, false));
        awaitText(terminal, "q does nothing here");
        terminal.addInput(new KeyStroke('Q', false, false));
        t.join(5000);
        assertThat(t.isAlive()).isFalse();
    }

    private static Thread session(SessionApp app, DefaultVirtualTerminal terminal, Map<String, String> env) {
        return session(app, terminal, env, reader -> { });
    }

    private static Thread session(SessionApp app, DefaultVirtualTerminal terminal, Map<String, String> env, SessionApp.Notices notices) {
        Thread t = new Thread(() -> {
            try {
                app.run(terminal, env, notices);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void awaitText(DefaultVirtualTerminal terminal, String text) throws InterruptedException {
        while (!screen(terminal).contains(text)) Thread.sleep(10);
    }

    private static String screen(DefaultVirtualTerminal terminal) {
        StringBuilder s = new StringBuilder();
        TerminalSize size = terminal.getTerminalSize();
        for (int row = 0; row < size.getRows(); row++) {
            for (int col = 0; col < size.getColumns(); col++) s.append(terminal.getCharacter(col, row).getCharacterString());
            s.append('\n');
        }
        return s.toString();
    }
}
