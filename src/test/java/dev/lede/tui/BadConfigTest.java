package dev.lede.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.model.Articles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * keys.json and theme files that are not what they should be: the session starts with one warning in the
 * status bar (nothing raw in it, whatever the file held), the default keys and theme, and logs nothing.
 */
class BadConfigTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @ValueSource(strings = {"binary", "nested", "folder", "control", "empty"})
    void aBadKeysFileIsOneWarningAndTheDefaultKeys(String kind) throws Exception {
        Path keys = home.resolve("config/lede/keys.json");
        write(keys, kind);
        try (VirtualSession s = session(null)) {
            // A folder named keys.json is no file of keys: nothing to warn about.
            if (!kind.equals("folder")) s.awaitText("People", "keys.json");
            s.type("]");
            assertThat(s.awaitText("quote 1/2")).doesNotContain("Exception", "\tat ");
            s.type("q");
            assertThat(s.awaitEnd()).isTrue();
            assertThat(((RecordingTerminal) s.terminal).unsafe()).isEmpty();
        }
        assertThat(home.resolve("state/lede/lede.log")).as("nothing went wrong").doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"binary", "nested", "folder", "control", "empty"})
    void aBadThemeFileIsOneWarningAndTheDefaultTheme(String kind) throws Exception {
        write(home.resolve("config/lede/themes/odd.json"), kind);
        try (VirtualSession s = session("odd")) {
            assertThat(s.awaitText("People", "theme", "odd")).doesNotContain("Exception", "\tat ");
            s.type("t]");
            s.awaitText("quote 1/2");
            s.type("q");
            assertThat(s.awaitEnd()).isTrue();
            assertThat(((RecordingTerminal) s.terminal).unsafe()).isEmpty();
        }
        assertThat(home.resolve("state/lede/lede.log")).as("nothing went wrong").doesNotExist();
    }

    private VirtualSession session(String theme) {
        Map<String, String> env = Map.of("TERM", "xterm-256color", "HOME", home.toString(),
                "XDG_CONFIG_HOME", home.resolve("config").toString(), "XDG_STATE_HOME", home.resolve("state").toString());
        return new VirtualSession(Articles.sample().library(), Settings.load(theme, env), new RecordingTerminal(200, 50));
    }

    private static void write(Path file, String kind) throws Exception {
        Files.createDirectories(file.getParent());
        switch (kind) {
            case "binary" -> {
                byte[] bytes = new byte[4096];
                new Random(7).nextBytes(bytes);
                Files.write(file, bytes);
            }
            case "nested" -> Files.writeString(file, "[".repeat(100_000));
            case "folder" -> Files.createDirectories(file);
            case "control" -> Files.writeString(file, "{\"quit\": \"\u001b[2J\", \"styles\": {\"text\": {\"fg\": \"\u001b[31m\"}}, \"\u0007\": 1}",
                    StandardCharsets.UTF_8);
            case "empty" -> Files.writeString(file, "");
            default -> throw new IllegalArgumentException(kind);
        }
    }
}
