package dev.lede.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotatorVersionTest {

    private static final Path CODE = Path.of("src/main/java/dev/lede/nlp");
    private static final Path WORDS = Path.of("src/main/resources/dev/lede/nlp");

    @Test
    void theBuildWroteTheHashOfTheAnnotatorsCodeAndWordLists() throws Exception {
        assertThat(new EnglishAnnotator().version())
                .isEqualTo(AnnotatorVersion.hash(List.of(CODE, WORDS, Path.of("pom.xml"))));
    }

    @Test
    void changingARuleOrAWordListChangesTheVersion(@TempDir Path copy) throws Exception {
        Path code = copy.resolve("java");
        Path words = copy.resolve("resources");
        copyTree(CODE, code);
        copyTree(WORDS, words);
        String before = AnnotatorVersion.hash(List.of(code, words));
        assertThat(AnnotatorVersion.hash(List.of(code, words))).as("the same sources, the same version").isEqualTo(before);

        Path rules = code.resolve("Referents.java");
        assertThat(Files.readString(rules)).contains("LEDE_LENGTH = 600");
        Files.writeString(rules, Files.readString(rules).replace("LEDE_LENGTH = 600", "LEDE_LENGTH = 700"));
        String afterRule = AnnotatorVersion.hash(List.of(code, words));
        assertThat(afterRule).isNotEqualTo(before);

        Path list = words.resolve("titles.txt");
        Files.writeString(list, Files.readString(list) + "\nviceroy\n");
        assertThat(AnnotatorVersion.hash(List.of(code, words))).isNotEqualTo(afterRule);
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
