package dev.lede.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuoteListTest {

    @TempDir
    Path dir;

    private final List<QuoteList.Row> rows = List.of(
            new QuoteList.Row("Tony Blair", "we agree,\n  all of us", "a.txt", "Talks", 10, 29),
            new QuoteList.Row(null, "who knows", "b.txt", "", 3, 12));

    @Test
    void theExtensionChoosesTheFormat() throws Exception {
        Path jsonl = dir.resolve("q.JSONL");
        QuoteList.write(jsonl, "Quotes", rows);
        List<String> lines = Files.readAllLines(jsonl);
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.get("speaker").asText()).isEqualTo("Tony Blair");
        assertThat(first.get("quote").asText()).isEqualTo("we agree,\n  all of us");
        assertThat(first.get("start").asInt()).isEqualTo(10);
        assertThat(first.get("end").asInt()).isEqualTo(29);

        Path md = dir.resolve("q.txt");
        QuoteList.write(md, "Quotes of Tony Blair", rows);
        assertThat(Files.readString(md)).isEqualTo("""
                # Quotes of Tony Blair

                - **Tony Blair**: “we agree, all of us”\s\s
                  Talks (`a.txt`, characters 10–29)
                - **unknown speaker**: “who knows”\s\s
                  b.txt (`b.txt`, characters 3–12)
                """);
    }
}
