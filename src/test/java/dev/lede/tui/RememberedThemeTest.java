package dev.lede.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.cli.Main;
import dev.lede.model.Articles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The theme chosen with t in a local explorer is the next start's, unless --theme says otherwise. */
class RememberedThemeTest {

    @TempDir
    Path home;

    private Map<String, String> env() {
        return Map.of("TERM", "xterm-256color", "HOME", home.toString(), "XDG_CONFIG_HOME", home.resolve("config").toString(),
                "XDG_STATE_HOME", home.resolve("state").toString());
    }

    @Test
    void tIsRememberedUnderXdgStateHomeAndTheNextStartUsesIt() throws Exception {
        try (VirtualSession s = new VirtualSession(Articles.sample().library(), Settings.load(null, env()), 100, 30)) {
            s.awaitText("1 Documents");
            s.type("t");
            s.awaitText("theme: light");
            s.type("t");
            s.awaitText("theme: high-contrast");
        }
        assertThat(home.resolve("state/lede/state.json")).content().contains("\"theme\":\"high-contrast\"");
        assertThat(RememberedTheme.read(env())).isEqualTo("high-contrast");

        Path articles = Files.createDirectories(home.resolve("articles"));
        Files.writeString(articles.resolve("a.txt"), "A title\n\nSome text.\n");
        assertThat(Main.open(List.of(articles), null, true, env()).settings().theme()).isEqualTo("high-contrast");
        assertThat(Main.open(List.of(articles), "mono", true, env()).settings().theme()).as("--theme wins").isEqualTo("mono");
    }

    @Test
    void aStateFileLedeCannotReadIsPassedBy() throws Exception {
        Files.createDirectories(home.resolve("state/lede"));
        Files.writeString(home.resolve("state/lede/state.json"), "{not json");
        assertThat(RememberedTheme.read(env())).isNull();
    }
}
