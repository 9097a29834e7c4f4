package dev.lede.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.lede.cache.CachingAnnotator;
import dev.lede.corpus.CorpusLoader;
import dev.lede.corpus.FolderSnapshot;
import dev.lede.model.Library;
import dev.lede.nlp.EnglishAnnotator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A session reads the folders it is given and writes only to the cache and its log, never beside the articles. */
class NoDataTouchedTest {

    @TempDir
    Path corpus;

    @TempDir
    Path home;

    @Test
    void aSessionLeavesTheFolderItReadsExactlyAsItWas() throws Exception {
        Files.writeString(corpus.resolve("blair.txt"), "Blair visits Paris\n\nTony Blair met officials in Paris. \"It went well,\" Blair said.\n");
        Files.createDirectories(corpus.resolve("more"));
        Files.writeString(corpus.resolve("more/storm.md"), "# Storm\n\nThe Met Office warned of high winds in Cornwall.\n");
        Files.writeString(corpus.resolve("empty.txt"), "");
        Files.writeString(corpus.resolve(".hidden.txt"), "Hidden\n");
        // Read-only as well, which stops a write unless the tests run as root; the snapshot catches it either way.
        Files.setPosixFilePermissions(corpus.resolve("blair.txt"), PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(corpus.resolve("more"), PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Map<String, String> before = FolderSnapshot.of(corpus);
            Map<String, String> env = Map.of("TERM", "xterm-256color", "HOME", home.toString(),
                    "XDG_CONFIG_HOME", home.resolve("config").toString(), "XDG_STATE_HOME", home.resolve("state").toString());
            Path cache = home.resolve("cache/lede");
            try (Library library = Library.annotating(CorpusLoader.load(List.of(corpus)),
                    new CachingAnnotator(new EnglishAnnotator(), cache, w -> { }), 2);
                 VirtualSession s = new VirtualSession(library, Settings.load(null, env), 100, 30)) {
                s.awaitScreen(screen -> screen.contains("Blair visits Paris") && !s.row(29).contains("annotating"), "annotated");
                // A quote, an entity filter and back, a search, the next theme, another document.
                s.type("]").type("3").press(KeyType.Enter).press(KeyType.Escape).type("2/paris").press(KeyType.Enter).type("nt1jj");
                s.press(KeyType.Enter).type("q");
                assertThat(s.awaitEnd()).isTrue();
            }

            assertThat(FolderSnapshot.of(corpus)).as("the corpus folder after a session").isEqualTo(before);
            try (Stream<Path> entries = Files.walk(cache)) {
                assertThat(entries.filter(p -> p.toString().endsWith(".json"))).as("the cache was written instead").hasSize(2);
            }
        } finally {
            Files.setPosixFilePermissions(corpus.resolve("more"), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
