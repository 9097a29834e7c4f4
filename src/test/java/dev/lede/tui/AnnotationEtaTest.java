package dev.lede.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.corpus.Document;
import dev.lede.model.Library;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.Annotator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** While a corpus is annotated, the status bar says how far it is and how long the rest will take. */
class AnnotationEtaTest {

    @TempDir
    Path home;

    @Test
    void theStatusBarShowsTheTimeLeftWhileAnnotating() throws Exception {
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            docs.add(new Document("a" + i + ".txt", Path.of("a" + i + ".txt"), "Story " + i, "Story " + i + "\n\nText.", null, null));
        }
        // 50 ms an article on one thread: 20 a second, so the 400 take about 20 s.
        Annotator slow = new Annotator() {
            @Override
            public Annotation annotate(String text) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Annotation.EMPTY;
            }

            @Override
            public String version() {
                return "slow";
            }
        };
        Map<String, String> env = Map.of("TERM", "xterm-256color", "HOME", home.toString(),
                "XDG_CONFIG_HOME", home.resolve("config").toString(), "XDG_STATE_HOME", home.resolve("state").toString());
        try (Library library = Library.annotating(docs, slow, 1);
             VirtualSession s = new VirtualSession(library, Settings.load(null, env), 160, 30)) {
            s.awaitScreen(screen -> s.row(29).matches(".*annotating \\d+/400, \\d+ s left.*"), "the time left");
            String status = s.row(29);
            int left = Integer.parseInt(status.replaceAll(".*annotating \\d+/400, (\\d+) s left.*", "$1"));
            int done = Integer.parseInt(status.replaceAll(".*annotating (\\d+)/400.*", "$1"));
            // At about 20 a second, give or take a loaded machine's slowness.
            assertThat(left).isBetween((400 - done) / 40, (400 - done) / 5 + 1);
        }
    }
}
