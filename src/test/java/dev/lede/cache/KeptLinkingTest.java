package dev.lede.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeptLinkingTest {

    @TempDir
    Path folder;

    @Test
    void aLinkingIsReadBackOnlyForTheKeyItWasKeptUnder() throws IOException {
        KeptLinking kept = new KeptLinking(folder);
        kept.store("key-1", out -> out.write(new byte[] {1, 2, 3}));

        try (InputStream in = kept.open("key-1")) {
            assertThat(in.readAllBytes()).containsExactly(1, 2, 3);
        }
        assertThat(kept.open("key-2")).isNull();
    }

    @Test
    void aNewLinkingReplacesTheOneBefore() throws IOException {
        KeptLinking kept = new KeptLinking(folder);
        kept.store("key-1", out -> out.write(1));
        kept.store("key-2", out -> out.write(2));

        assertThat(kept.open("key-1")).isNull();
        try (InputStream in = kept.open("key-2")) {
            assertThat(in.readAllBytes()).containsExactly(2);
        }
    }

    @Test
    void aWritingThatFailsLeavesTheLinkingBeforeWholeAndNoPartialFile() throws IOException {
        KeptLinking kept = new KeptLinking(folder);
        kept.store("key-1", out -> out.write(new byte[] {7, 7}));

        assertThatThrownBy(() -> kept.store("key-2", out -> {
            out.write(new byte[1 << 20]);
            throw new IOException("disk full");
        })).hasMessage("disk full");

        try (InputStream in = kept.open("key-1")) {
            assertThat(in.readAllBytes()).containsExactly(7, 7);
        }
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("lede-linking");
        }
    }

    @Test
    void noLinkingKeptYetReadsAsNone() throws IOException {
        assertThat(new KeptLinking(folder).open("key-1")).isNull();
    }
}
