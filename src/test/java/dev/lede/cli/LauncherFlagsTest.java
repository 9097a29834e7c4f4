package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which compiler {@code ./lede} gives the JVM: C1 only for the explorer and a small export, C2 for {@code lede serve}
 * and an export that reads more than 200 MB. The launcher runs from a copy beside a stand-in jar and archive (so it
 * builds nothing) with a {@code java} on the PATH that prints its arguments.
 */
class LauncherFlagsTest {

    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

    @TempDir
    Path dir;

    @Test
    void aSmallExportAndTheExplorerRunC1Only() throws Exception {
        Path small = sized("small.jsonl", 1_000_000);
        assertThat(launch("export", "-o", dir.resolve("out.jsonl").toString(), small.toString())).contains(C1_ONLY);
        assertThat(launch(small.toString())).contains(C1_ONLY);
    }

    @Test
    void anExportOfMoreThan200MbRunsC2() throws Exception {
        Path big = sized("big.jsonl", 201_000_000);
        assertThat(launch("export", "--force", "-o", dir.resolve("out.jsonl").toString(), big.toString())).doesNotContain(C1_ONLY);
        Path folder = Files.createDirectories(dir.resolve("folder"));
        for (int i = 0; i < 3; i++) sized("folder/part" + i + ".jsonl", 70_000_000);
        assertThat(launch("export", folder.toString())).doesNotContain(C1_ONLY);
        assertThat(launch("serve", "--port", "0", dir.toString())).doesNotContain(C1_ONLY);
    }

    @Test
    void theOutputFileAndOptionValuesAreNotCountedAsInput() throws Exception {
        Path big = sized("big.jsonl", 201_000_000);
        Path small = sized("small.jsonl", 1_000);
        assertThat(launch("export", "--force", "-o", big.toString(), small.toString())).contains(C1_ONLY);
        assertThat(launch("export", "--entity", big.toString(), small.toString())).contains(C1_ONLY);
    }

    /** A sparse file: its size counts, its blocks are never written. */
    private Path sized(String name, long bytes) throws IOException {
        Path p = dir.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(bytes);
        }
        return p;
    }

    private String launch(String... args) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.copy(Path.of("lede"), home.resolve("lede"), StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(home.resolve("target"));
        Files.writeString(home.resolve("target/lede.jar"), "");
        Files.writeString(home.resolve("target/lede.jsa"), "");
        Files.setLastModifiedTime(home.resolve("target/lede.jsa"),
                FileTime.fromMillis(System.currentTimeMillis() + 60_000));
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> command = new ArrayList<>(List.of("bash", home.resolve("lede").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(out).contains("-jar");
        return out;
    }
}
