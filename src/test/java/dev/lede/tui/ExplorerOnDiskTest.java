package dev.lede.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.cli.Main;
import dev.lede.model.Library;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The explorer as `lede seeds/` starts it, its corpus in the index on disk: the reader shows the text read from there. */
class ExplorerOnDiskTest {

    @TempDir
    Path home;

    @Test
    void theOpenArticlesTextIsReadFromTheIndexTwice() throws Exception {
        Map<String, String> env = Map.of("TERM", "xterm-256color", "HOME", home.toString(),
                "XDG_CACHE_HOME", home.resolve("cache").toString(), "XDG_CONFIG_HOME", home.resolve("config").toString(),
                "XDG_STATE_HOME", home.resolve("state").toString());
        for (int start = 1; start <= 2; start++) {
            Main.Opened opened = Main.open(List.of(Path.of("seeds")), "default", false, env);
            try (Library library = opened.library();
                 VirtualSession s = new VirtualSession(library, opened.settings(), 120, 30)) {
                assertThat(library.summary(0).text()).as("kept in the heap without its text").isEmpty();
                String screen = s.awaitScreen(shown -> shown.contains("deputy chief of staff") && shown.contains("16e 5q"),
                        "the text in the reader, start " + start);
                assertThat(screen).contains("Masoud Jazayeri");
            }
        }
        assertThat(Files.list(home.resolve("cache").resolve("lede").resolve("corpus")).count()).isEqualTo(1);
    }
}
