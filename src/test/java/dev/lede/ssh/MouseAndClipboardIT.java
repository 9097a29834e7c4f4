package dev.lede.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the virtual terminal cannot show, in a real terminal (tmux), locally ({@code java -jar lede.jar}) and through the
 * real OpenSSH client against {@code lede serve}: mouse clicks and the wheel as xterm reports them, and the OSC 52
 * bytes {@code y} sends, read from the pane's output (tmux {@code pipe-pane}) and from tmux's clipboard.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class MouseAndClipboardIT {

    private static final int COLUMNS = 100;
    private static final int ROWS = 30;
    private static final Duration STARTUP = Duration.ofSeconds(90);
    /** ESC ] 52 ; c ; base64 BEL: the clipboard sequence. */
    private static final Pattern OSC52 = Pattern.compile("\033]52;c;([A-Za-z0-9+/=]*)\007");

    @TempDir
    static Path dir;

    private static Tmux tmux;
    private static ServeProcess server;
    private static OpenSsh ssh;
    private static Path identity;
    private static int sessions;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(OpenSsh.available(), "ssh, ssh-keygen and tmux are needed");
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        try (var seeds = Files.list(ServeProcess.HOME.resolve("seeds"))) {
            for (Path seed : seeds.toList()) Files.copy(seed, corpus.resolve(seed.getFileName()));
        }
        for (int i = 1; i <= 5; i++) {
            Files.writeString(corpus.resolve(String.format("story-%02d.txt", i)), String.format("Pier %d%n%nThe board met in Dover.%n", i));
        }
        ssh = new OpenSsh(dir);
        tmux = ssh.tmux;
        tmux.start("keeper", COLUMNS, ROWS, "sleep 3600");
        // Programs in the panes may set tmux's clipboard (its paste buffer) with OSC 52.
        tmux.run("set-option", "-s", "set-clipboard", "on");
        identity = ssh.newKey("id_ed25519");
        Files.copy(dir.resolve("id_ed25519.pub"), dir.resolve("authorized_keys"));
        server = new ServeProcess(settings(), List.of("--no-cache", "--authorized-keys", dir.resolve("authorized_keys").toString(),
                "--host-key", dir.resolve("state/ssh_host_key").toString(), corpus.toString()));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) server.close();
        if (ssh != null) ssh.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "ssh"})
    void aClickSelectsTheRowUnderItAndTheWheelScrollsThePaneUnderThePointer(String target) throws Exception {
        String name = open(target);
        String screen = tmux.screen(name);
        int[] at = find(screen, "Pier 3");
        click(name, at[0] + 2, at[1]);
        tmux.keys(name, "Enter");
        tmux.await(name, "2 Reader  Pier 3");

        tmux.keys(name, "1"); // the list again
        click(name, at[0] + 2, at[1] - 2); // two rows up
        tmux.keys(name, "Enter");
        tmux.await(name, "2 Reader  Pier 1");

        // The seed article, longer than the pane; the wheel over the reader scrolls it, whichever pane has the focus.
        int[] seed = find(tmux.screen(name), "Iranian General");
        tmux.keys(name, "1");
        click(name, seed[0] + 2, seed[1]);
        tmux.keys(name, "Enter", "1");
        int[] reader = find(tmux.await(name, s -> s.contains("2 Reader  Iranian"), "the seed open"), "2 Reader");
        String before = tmux.screen(name);
        for (int i = 0; i < 4; i++) wheel(name, true, reader[0] + 10, reader[1] + 10);
        String after = tmux.await(name, s -> !rowsOf(s, reader[0]).equals(rowsOf(before, reader[0])), "the reader scrolled by the wheel");
        assertThat(after).contains("1 Documents");
        tmux.kill(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "ssh"})
    void yCopiesTheCurrentQuoteWithOsc52(String target) throws Exception {
        String name = open(target);
        Path output = dir.resolve(name + ".out");
        tmux.run("pipe-pane", "-O", "-t", name, "cat >> '" + output + "'");
        tmux.keys(name, "]", "y");
        tmux.await(name, "copied “");
        String sent = awaitContent(output, OSC52);
        Matcher m = OSC52.matcher(sent);
        assertThat(m.find()).as("an OSC 52 sequence in what was sent").isTrue();
        String copied = new String(Base64.getDecoder().decode(m.group(1)), StandardCharsets.UTF_8);
        assertThat(copied).startsWith("“").contains("” — ").endsWith(", Iranian General Denies Reports of Withdrawal From Southern Syria: 'It's Not Going to Happen'");
        assertThat(tmux.run("show-buffer")).as("tmux's clipboard").isEqualTo(copied);
        tmux.await(name, "copied " + copied.substring(0, 20)); // the whole status line, not a frame half written
        tmux.kill(name);
    }

    /** xterm's mouse report (X10 encoding, as Lede asks for with mode 1000): ESC [ M, button, column, row, each + 32, 1-based. */
    private static void click(String session, int col, int row) throws Exception {
        tmux.run("send-keys", "-t", session, "-l", "\033[M" + (char) 32 + (char) (33 + col) + (char) (33 + row));
        tmux.run("send-keys", "-t", session, "-l", "\033[M" + (char) (32 + 3) + (char) (33 + col) + (char) (33 + row));
    }

    private static void wheel(String session, boolean down, int col, int row) throws Exception {
        tmux.run("send-keys", "-t", session, "-l", "\033[M" + (char) (32 + (down ? 65 : 64)) + (char) (33 + col) + (char) (33 + row));
    }

    /** The column and row where {@code text} starts on the screen. */
    private static int[] find(String screen, String text) {
        List<String> rows = screen.lines().toList();
        for (int row = 0; row < rows.size(); row++) {
            int col = rows.get(row).indexOf(text);
            if (col >= 0) return new int[] {rows.get(row).codePointCount(0, col), row};
        }
        throw new AssertionError("no \"" + text + "\" on the screen:\n" + screen);
    }

    /** The screen from column {@code col} on, row by row: the reader and what is right of it. */
    private static String rowsOf(String screen, int col) {
        StringBuilder s = new StringBuilder();
        screen.lines().skip(2).limit(ROWS - 4).forEach(l -> s.append(l.length() > col ? l.substring(col, Math.min(l.length(), col + 40)) : "").append('\n'));
        return s.toString();
    }

    private static String awaitContent(Path file, Pattern pattern) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String content = "";
        while (System.nanoTime() < deadline) {
            if (Files.exists(file)) {
                content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                if (pattern.matcher(content).find()) return content;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no OSC 52 sequence in the pane's output: " + content.length() + " bytes");
    }

    private static Map<String, String> settings() {
        return Map.of("XDG_CONFIG_HOME", dir.resolve("config").toString(), "XDG_CACHE_HOME", dir.resolve("cache").toString(),
                "XDG_STATE_HOME", dir.resolve("state").toString(), "TERM", "xterm-256color");
    }

    /** A fresh explorer in a new tmux session, its articles annotated; returns the session's name. */
    private static String open(String target) throws Exception {
        String name = "mouse" + ++sessions;
        if (target.equals("ssh")) {
            ssh.openInTmux(name, identity, server.port, COLUMNS, ROWS);
        } else {
            StringBuilder command = new StringBuilder("env");
            settings().forEach((variable, value) -> command.append(' ').append(variable).append("='").append(value).append('\''));
            command.append(" java -jar '").append(ServeProcess.HOME.resolve("target/lede.jar")).append("' '").append(dir.resolve("corpus"))
                    .append("'; sleep 600");
            tmux.start(name, COLUMNS, ROWS, command.toString());
        }
        tmux.await(name, screen -> screen.contains("1/6") && !screen.contains("annotating"), "every article annotated", STARTUP);
        return name;
    }
}
