package dev.lede.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lede.model.BrowseMode.Act;
import dev.lede.model.Keymap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every key the help ({@code ?}) lists, taken from the live key bindings, pressed by its tmux name in a real terminal,
 * once against the local explorer ({@code java -jar lede.jar}) and once through the real OpenSSH client
 * ({@code ssh -tt}) against {@code lede serve}; each check reads on the screen what the key did. Every key gets a
 * fresh session, so one key's effect cannot pass for another's.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class EveryHelpKeyIT {

    private static final int COLUMNS = 100;
    private static final int ROWS = 30;
    private static final int STORIES = 30;
    private static final Duration STARTUP = Duration.ofSeconds(90);

    @TempDir
    static Path dir;

    private static final Keymap KEYS = Keymap.defaults();
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
        for (int i = 1; i <= STORIES; i++) {
            Files.writeString(corpus.resolve(String.format("story-%02d.txt", i)), String.format(
                    "Harbour works, part %d%n%nThe harbour board met in Dover on Monday. The works on pier %d will end in spring.%n", i, i));
        }
        ssh = new OpenSsh(dir);
        tmux = ssh.tmux;
        // Keeps the tmux server up between the sessions: one that exits as the next is created fails that one.
        tmux.start("keeper", COLUMNS, ROWS, "sleep 3600");
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

    @TestFactory
    List<DynamicTest> locally() {
        return everyKey(Target.LOCAL);
    }

    @TestFactory
    List<DynamicTest> overOpenSsh() {
        return everyKey(Target.SSH);
    }

    private enum Target {
        LOCAL, SSH
    }

    /** One test per key the help shows, plus the keys the prompts and the README add (Backspace, Ctrl-C). */
    private List<DynamicTest> everyKey(Target target) {
        Map<Act, Check> checks = checks(target);
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("? lists every action with its keys", () -> helpListsEveryKey(target)));
        for (Act action : Act.values()) {
            Check check = checks.get(action);
            assertThat(check).as("a check for %s: a new action needs one here", action).isNotNull();
            for (String key : KEYS.keys(action)) {
                tests.add(DynamicTest.dynamicTest(key + " (" + action.description() + ")", () -> {
                    TmuxSession session = open(target);
                    check.run(session, key);
                    session.close();
                }));
            }
        }
        for (String backspace : List.of("BSpace", "C-h")) {
            tests.add(DynamicTest.dynamicTest(backspace + " in a prompt", () -> {
                TmuxSession session = open(target);
                session.act(Act.FILTER_ENTITY);
                session.tmux("J", "a", "z", "q", backspace, "a", "y");
                session.await("filter by entity: Jazay");
                session.tmux("Enter");
                session.await("filter: Masoud Jazayeri");
                session.close();
            }));
        }
        tests.add(DynamicTest.dynamicTest("Ctrl-C quits", () -> {
            TmuxSession session = open(target);
            session.tmux("C-c");
            session.awaitExit();
        }));
        return tests;
    }

    private void helpListsEveryKey(Target target) throws Exception {
        TmuxSession session = open(target);
        session.act(Act.HELP);
        List<String> lines = new ArrayList<>();
        for (Act action : Act.values()) {
            String line = String.format("%-10s %s", String.join(" ", KEYS.keys(action)), action.description());
            lines.add(line.substring(0, Math.min(line.length(), 38)));
        }
        // The whole overlay, not the first rows of a frame still being written.
        String screen = session.await(shown -> shown.contains("Keys — Esc or any key closes") && lines.stream().allMatch(shown::contains),
                "the help with every action's line");
        for (int i = 0; i < lines.size(); i++) {
            assertThat(screen).as("the help's line for %s", Act.values()[i]).contains(lines.get(i));
        }
        session.close();
    }

    /** What each action's key must do, seen on the screen of a fresh session (Documents focused, the seed article open). */
    private static Map<Act, Check> checks(Target target) {
        Map<Act, Check> checks = new EnumMap<>(Act.class);
        checks.put(Act.NEXT_PANE, (s, key) -> {
            s.press(key);
            s.press(key);
            s.act(Act.OPEN); // on Entities: filters
            s.await("filter: ");
        });
        checks.put(Act.PREVIOUS_PANE, (s, key) -> {
            s.press(key);
            s.act(Act.OPEN); // on Quotes: goes to the quote
            s.await("quote 1/5");
        });
        checks.put(Act.DOCUMENTS, (s, key) -> {
            s.act(Act.ENTITIES);
            s.press(key);
            s.act(Act.DOWN);
            s.act(Act.OPEN);
            s.awaitPosition(2);
        });
        checks.put(Act.READER, (s, key) -> {
            String end = "security needs.";
            assertThat(s.await("1 Documents")).doesNotContain(end);
            s.act(Act.ENTITIES);
            s.press(key);
            s.act(Act.BOTTOM); // in the reader: scrolls to the end of the article
            s.await(end);
        });
        checks.put(Act.ENTITIES, (s, key) -> {
            s.pressThenOpen(key);
            s.await("filter: ");
        });
        checks.put(Act.QUOTES, (s, key) -> {
            s.pressThenOpen(key);
            s.await("quote 1/5");
        });
        checks.put(Act.UP, (s, key) -> {
            s.act(Act.DOWN);
            s.act(Act.DOWN);
            s.pressThenOpen(key);
            s.awaitPosition(2);
        });
        checks.put(Act.DOWN, (s, key) -> {
            s.pressThenOpen(key);
            s.awaitPosition(2);
        });
        checks.put(Act.PAGE_UP, (s, key) -> {
            s.act(Act.BOTTOM);
            s.pressThenOpen(key);
            s.awaitPosition(p -> p > 1 && p < STORIES, "a page above the last");
        });
        checks.put(Act.PAGE_DOWN, (s, key) -> {
            s.pressThenOpen(key);
            s.awaitPosition(p -> p > 2, "a page below the first");
        });
        checks.put(Act.TOP, (s, key) -> {
            s.act(Act.DOWN);
            s.act(Act.DOWN);
            s.act(Act.OPEN);
            s.awaitPosition(3);
            s.act(Act.BACK); // Enter moved the focus to the reader
            s.pressThenOpen(key);
            s.awaitPosition(1);
        });
        checks.put(Act.BOTTOM, (s, key) -> {
            s.pressThenOpen(key);
            s.awaitPosition(STORIES + 1);
        });
        checks.put(Act.OPEN, (s, key) -> {
            s.act(Act.DOWN);
            s.press(key);
            s.awaitPosition(2);
            // The reader has the focus now: Space pages the text, not the list, so the list's cursor is still on 2.
            s.act(Act.PAGE_DOWN);
            s.act(Act.BACK);
            s.press(key);
            s.awaitPosition(2);
            s.act(Act.BACK);
            s.act(Act.UP);
            s.press(key);
            s.awaitPosition(1);
            s.act(Act.ENTITIES);
            s.pressAndSee(key, "filter: ");
        });
        checks.put(Act.BACK, (s, key) -> {
            s.act(Act.DOWN);
            s.act(Act.OPEN);
            s.awaitPosition(2);
            s.press(key);
            s.act(Act.DOWN);
            s.act(Act.OPEN);
            s.awaitPosition(3);
        });
        checks.put(Act.ZOOM, (s, key) -> {
            s.press(key);
            s.await(screen -> !screen.contains("1 Documents") && screen.contains("2 Reader"), "the reader alone");
            s.press(key);
            s.await("1 Documents");
        });
        checks.put(Act.ADD_FILTER, (s, key) -> {
            s.act(Act.ENTITIES);
            s.act(Act.OPEN);
            s.await("filter: ");
            s.act(Act.DOWN);
            s.pressAndSee(key, " + ");
        });
        checks.put(Act.THEIR_QUOTES, (s, key) -> {
            s.act(Act.QUOTES); // on the seed's first quote
            s.pressAndSee(key, "quotes across the corpus");
        });
        checks.put(Act.COPY, (s, key) -> {
            s.act(Act.NEXT_QUOTE);
            s.await("quote 1/5");
            s.pressAndSee(key, "copied “");
        });
        checks.put(Act.SORT, (s, key) -> {
            s.pressAndSee(key, "sorted by date, newest first");
        });
        checks.put(Act.NEXT_QUOTE, (s, key) -> {
            s.pressAndSee(key, "quote 1/5");
        });
        checks.put(Act.PREVIOUS_QUOTE, (s, key) -> {
            s.act(Act.NEXT_QUOTE);
            s.act(Act.NEXT_QUOTE);
            s.await("quote 2/5");
            s.pressAndSee(key, "quote 1/5");
        });
        checks.put(Act.NEXT_MATCH, (s, key) -> {
            searchTheText(s, "Syria");
            s.pressAndSee(key, "match 2/");
        });
        checks.put(Act.PREVIOUS_MATCH, (s, key) -> {
            searchTheText(s, "Syria");
            s.act(Act.NEXT_MATCH);
            s.await("match 2/");
            s.pressAndSee(key, "match 1/");
        });
        checks.put(Act.SEARCH, (s, key) -> {
            s.press(key); // in Documents: every article
            s.await("search all articles:");
            s.tmux("p", "i", "e", "r", "Space", "7", "Enter");
            s.await("1 article matches");
            s.await("2 Reader  Harbour works, part 7");
        });
        checks.put(Act.FILTER_ENTITY, (s, key) -> {
            s.pressAndSee(key, "filter by entity:");
            s.tmux("J", "a", "z", "a", "y", "Enter");
            s.await("filter: Masoud Jazayeri");
        });
        checks.put(Act.OVERVIEW, (s, key) -> {
            s.pressAndSee(key, " Overview of all " + (STORIES + 1) + " articles");
        });
        checks.put(Act.SPEAKERS, (s, key) -> {
            s.pressAndSee(key, " Speakers ");
        });
        checks.put(Act.EXPORT, (s, key) -> {
            s.press(key);
            if (target == Target.SSH) {
                s.await("x is off over SSH");
            } else {
                s.await("export quotes to:");
                s.tmux("Escape");
                s.awaitGone("export quotes to:");
            }
        });
        checks.put(Act.CLEAR, (s, key) -> {
            s.act(Act.ENTITIES);
            s.act(Act.OPEN);
            s.await("filter: ");
            s.press(key);
            s.awaitGone("filter: ");
        });
        checks.put(Act.NEXT_THEME, (s, key) -> {
            s.pressAndSee(key, "theme: light");
        });
        checks.put(Act.HELP, (s, key) -> {
            s.pressAndSee(key, "Keys — Esc or any key closes");
            s.press(key);
            s.awaitGone("Keys — Esc or any key closes");
        });
        checks.put(Act.QUIT, (s, key) -> {
            s.press(key);
            s.awaitExit();
        });
        return checks;
    }

    /** In the reader, {@code /} searches the open text; the status bar then counts the matches. */
    private static void searchTheText(TmuxSession s, String word) throws Exception {
        s.act(Act.READER);
        s.act(Act.SEARCH);
        s.await(" /");
        List<String> letters = new ArrayList<>();
        word.chars().forEach(c -> letters.add(String.valueOf((char) c)));
        letters.add("Enter");
        s.tmux(letters.toArray(String[]::new));
        s.await("match 1/");
    }

    @FunctionalInterface
    private interface Check {
        void run(TmuxSession session, String key) throws Exception;
    }

    /** XDG folders of the test's own, so neither the explorer nor the server reads the account's settings. */
    private static Map<String, String> settings() {
        return Map.of("XDG_CONFIG_HOME", dir.resolve("config").toString(), "XDG_CACHE_HOME", dir.resolve("cache").toString(),
                "XDG_STATE_HOME", dir.resolve("state").toString(), "TERM", "xterm-256color");
    }

    /** A fresh explorer in a new tmux session, its articles annotated. */
    private static TmuxSession open(Target target) throws Exception {
        String name = "keys" + ++sessions;
        if (target == Target.SSH) {
            ssh.openInTmux(name, identity, server.port, COLUMNS, ROWS);
        } else {
            StringBuilder command = new StringBuilder("env");
            settings().forEach((variable, value) -> command.append(' ').append(variable).append("='").append(value).append('\''));
            command.append(" java -jar '").append(ServeProcess.HOME.resolve("target/lede.jar")).append("' '").append(dir.resolve("corpus"))
                    .append("'; echo ").append(TmuxSession.EXITED).append("$?; sleep 600");
            tmux.start(name, COLUMNS, ROWS, command.toString());
        }
        TmuxSession session = new TmuxSession(tmux, KEYS, name, target == Target.SSH ? "ssh exited with " : TmuxSession.EXITED);
        // A new JVM on a busy machine may take a while to start and read its cache; keys are then checked at the usual pace.
        tmux.await(name, screen -> screen.contains("1/" + (STORIES + 1)) && !screen.contains("annotating"), "every article annotated",
                STARTUP);
        return session;
    }
}
