package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.corpus.CorpusLoader;
import dev.lede.corpus.FolderSnapshot;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code lede export} writes: only the file asked for, through a temporary file and a rename, so a
 * crash never leaves a half-written export and the articles read are never touched.
 */
class ExportWritesTest {

    @TempDir
    Path corpus;

    @TempDir
    Path out;

    private final CommandRun run = new CommandRun();
    private final StringWriter err = run.err;

    @BeforeEach
    void articles() throws Exception {
        Files.writeString(corpus.resolve("a.txt"), "Talks resume\n\n\"We will not give up,\" Tony Blair said in London.\n");
        Files.writeString(corpus.resolve("b.txt"), "Second article\n\nNothing here.\n");
        Files.writeString(corpus.resolve("empty.txt"), "");
    }

    private int lede(String... args) {
        return run.lede(args);
    }

    @Test
    void anExportLeavesTheFolderItReadsExactlyAsItWas() throws Exception {
        Map<String, String> before = FolderSnapshot.of(corpus);

        assertThat(lede("export", "--no-cache", "-o", out.resolve("all.jsonl").toString(), corpus.toString())).isEqualTo(1);
        assertThat(lede("export", "--no-cache", corpus.toString())).isEqualTo(1);

        assertThat(FolderSnapshot.of(corpus)).isEqualTo(before);
        assertThat(Files.readAllLines(out.resolve("all.jsonl"))).hasSize(2);
    }

    /** A crash (kill -9, power cut) between writing the temporary file and the rename, simulated by leaving one behind. */
    @Test
    void aCrashBeforeTheRenameLeavesTheOldExportWholeAndItsTempFileIgnored() throws Exception {
        Path target = out.resolve("all.jsonl");
        assertThat(lede("export", "--no-cache", "-o", target.toString(), corpus.toString())).isEqualTo(1);
        String old = Files.readString(target);
        Path stale = Files.writeString(out.resolve(".lede-export-1234.tmp"), old.substring(0, old.length() / 2));

        assertThat(Files.readString(target)).as("the export before the crash").isEqualTo(old);
        assertThat(CorpusLoader.load(List.of(out))).as("the temp file is hidden: never read as an article")
                .extracting(d -> d.id()).containsExactly("all.jsonl#1", "all.jsonl#2");
        Files.writeString(corpus.resolve("c.txt"), "Third\n\nA new article.\n");
        assertThat(lede("export", "--no-cache", "--force", "-o", target.toString(), corpus.toString())).isEqualTo(1);
        assertThat(Files.readAllLines(target)).hasSize(3);
        assertThat(Files.readString(stale)).as("someone else's temp file is left alone").isEqualTo(old.substring(0, old.length() / 2));
    }

    @Test
    void aRenameThatFailsLeavesNoTempFileBehind() throws Exception {
        Path target = Files.createDirectories(out.resolve("taken"));
        Files.writeString(target.resolve("inside.txt"), "a folder where the export should go");

        assertThat(lede("export", "--no-cache", "--force", "-o", target.toString(), corpus.toString())).isEqualTo(2);

        assertThat(err.toString()).contains("lede: ").doesNotContain("Exception", "\tat ");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("taken");
        }
        assertThat(Files.readString(target.resolve("inside.txt"))).isEqualTo("a folder where the export should go");
    }

    @Test
    void theExportIsReadableLikeAnyFileAndAReplacedOneKeepsItsPermissions() throws Exception {
        Path fresh = out.resolve("fresh.jsonl");
        lede("export", "--no-cache", "-o", fresh.toString(), corpus.toString());
        Path ordinary = Files.createFile(out.resolve("ordinary"));
        assertThat(Files.getPosixFilePermissions(fresh)).as("the mode of any new file (not owner-only like a temp file)")
                .isEqualTo(Files.getPosixFilePermissions(ordinary));

        Path shared = Files.writeString(out.resolve("shared.jsonl"), "old\n");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
        lede("export", "--no-cache", "--force", "-o", shared.toString(), corpus.toString());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rw-rw-r--");
        assertThat(Files.readAllLines(shared)).hasSize(2);
    }
}
