package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export types names as the corpus it exports does, as the sidebar shows them; an article alone has only its own evidence. */
class ExportCorpusTypesTest {

    @TempDir
    Path dir;

    private final CommandRun run = new CommandRun();

    private JsonNode entityOfLastArticle(String name, String... args) throws Exception {
        assertThat(run.lede(args)).isZero();
        String[] lines = run.out.toString().split("\n");
        for (JsonNode e : new ObjectMapper().readTree(lines[lines.length - 1]).get("entities")) {
            if (e.get("name").asText().equals(name)) return e;
        }
        throw new AssertionError(name + " not found in " + lines[lines.length - 1]);
    }

    private void threeArticles() throws Exception {
        Files.writeString(dir.resolve("1.txt"), "Prices to rise\n\nMr Quorvath Ennisdale said on Monday that prices would rise.\n");
        Files.writeString(dir.resolve("2.txt"), "Chairman quits\n\nThe chairman, Mr Quorvath Ennisdale, resigned after a row with the board.\n");
        Files.writeString(dir.resolve("3.txt"), "Shares fall\n\nShares fell sharply after Quorvath Ennisdale left the firm in March.\n");
    }

    @Test
    void anArticleOfACorpusTakesTheTypeTheOtherArticlesAgreeOn() throws Exception {
        threeArticles();

        JsonNode e = entityOfLastArticle("Quorvath Ennisdale", "export", "--no-cache", "--explain", dir.toString());

        assertThat(e.get("type").asText()).isEqualTo("PERSON");
        assertThat(e.get("typeRule").asText()).isEqualTo("corpus-type");
    }

    @Test
    void theFilteredExportTypesAsTheStreamedOneDoes() throws Exception {
        threeArticles();

        JsonNode e = entityOfLastArticle("Quorvath Ennisdale", "export", "--no-cache", "--entity", "Quorvath Ennisdale", dir.toString());

        assertThat(e.get("type").asText()).isEqualTo("PERSON");
    }

    @Test
    void anArticleExportedAloneHasOnlyItsOwnEvidence() throws Exception {
        threeArticles();

        JsonNode e = entityOfLastArticle("Quorvath Ennisdale", "export", "--no-cache", dir.resolve("3.txt").toString());

        assertThat(e.get("type").asText()).isEqualTo("OTHER");
    }
}
