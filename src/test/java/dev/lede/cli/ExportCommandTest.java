package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

    @TempDir
    Path dir;

    private final CommandRun run = new CommandRun();
    private final StringWriter out = run.out;
    private final StringWriter err = run.err;

    private int lede(String... args) {
        return run.lede(args);
    }

    @Test
    void writesOneJsonLinePerArticleWithOffsetsIntoTheText() throws Exception {
        String text = "Talks resume\n\n\"We will not give up,\" Tony Blair said in London.\n";
        Files.writeString(dir.resolve("a.txt"), text);
        Files.writeString(dir.resolve("b.txt"), "Second article\n\nNothing here.\n");

        assertThat(lede("export", "--no-cache", dir.toString())).isZero();

        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        assertThat(first.get("doc").asText()).isEqualTo("a.txt");
        assertThat(first.get("title").asText()).isEqualTo("Talks resume");
        assertThat(first.get("entities").isArray()).isTrue();
        for (JsonNode entity : first.get("entities")) {
            assertThat(entity.get("type").asText()).isIn("PERSON", "ORGANIZATION", "LOCATION", "OTHER");
            for (JsonNode m : entity.get("mentions")) {
                assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText());
            }
        }
        for (JsonNode q : first.get("quotes")) {
            assertThat(text.substring(q.get("start").asInt(), q.get("end").asInt())).isEqualTo(q.get("text").asText());
        }
        assertThat(new ObjectMapper().readTree(lines[1]).get("doc").asText()).isEqualTo("b.txt");
    }

    @Test
    void articleFieldsAreWrittenWhenTheFileHasThemAndLeftOutOtherwise() throws Exception {
        Files.writeString(dir.resolve("dump.csv"), "headline,body,published,link,site,byline\n"
                + "Rain,It rained all day.,2016-11-08,https://x.example/rain,Weather Daily,Cy Dee\n"
                + "Sun,It was sunny.,,,,\n");

        assertThat(lede("export", "--no-cache", dir.toString())).isZero();

        String[] lines = out.toString().split("\n");
        JsonNode first = new ObjectMapper().readTree(lines[0]);
        assertThat(first.get("doc").asText()).isEqualTo("dump.csv#1");
        assertThat(first.get("date").asText()).isEqualTo("2016-11-08");
        assertThat(first.get("source").asText()).isEqualTo("Weather Daily");
        assertThat(first.get("author").asText()).isEqualTo("Cy Dee");
        assertThat(first.get("url").asText()).isEqualTo("https://x.example/rain");
        JsonNode second = new ObjectMapper().readTree(lines[1]);
        assertThat(second.has("date") || second.has("source") || second.has("author") || second.has("url")).isFalse();
        assertThat(second.has("entities") && second.has("quotes") && second.has("title")).isTrue();
    }

    @Test
    void theColumnsOptionPicksColumnsAndAWrongOneIsOneLine() throws Exception {
        Files.writeString(dir.resolve("odd.csv"), "kop,romp\nRain,It rained.\n");

        assertThat(lede("export", "--no-cache", "--columns", "title=kop,text=romp", dir.toString())).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get("title").asText()).isEqualTo("Rain");

        assertThat(lede("export", "--no-cache", "--columns", "colour=red", dir.toString())).isEqualTo(2);
        assertThat(err.toString().lines().findFirst().orElseThrow()).isEqualTo("Invalid value for option '--columns':"
                + " expected FIELD=COLUMN with FIELD one of title, text, date, url, source, author, got \"colour=red\"");
    }

    @Test
    void explainNamesThePassThatChoseEachSpeakerAndIsOffByDefault() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Talks resume\n\n\"We will not give up,\" Tony Blair said.\n\n"
                + "\"The roads must wait a year,\" a spokesman said.\n");

        assertThat(lede("export", "--no-cache", "--explain", dir.toString())).isZero();
        JsonNode quotes = new ObjectMapper().readTree(out.toString().trim()).get("quotes");
        assertThat(quotes).extracting(q -> q.get("speakerPass").asText()).containsExactly("frame-after", "unnamed");
        assertThat(quotes.get(1).get("speaker").isNull()).isTrue();

        out.getBuffer().setLength(0);
        assertThat(lede("export", "--no-cache", dir.toString())).isZero();
        assertThat(new ObjectMapper().readTree(out.toString().trim()).get("quotes").get(0).has("speakerPass")).isFalse();
    }

    @Test
    void explainSaysWhichRuleTypedEachEntityAndPlainExportDoesNot() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Shares fall\n\nShares in Giant Food fell in Kazakhstan, Mr Quillby said.\n");

        assertThat(lede("export", "--no-cache", "--explain", dir.toString())).isZero();
        JsonNode explained = new ObjectMapper().readTree(out.toString());
        java.util.Map<String, String> rules = new java.util.HashMap<>();
        explained.get("entities").forEach(e -> rules.put(e.get("name").asText(), e.get("typeRule").asText()));
        assertThat(rules).containsEntry("Giant Food", "org-word").containsEntry("Kazakhstan", "listed-place")
                .containsEntry("Quillby", "person-title");

        out.getBuffer().setLength(0);
        assertThat(lede("export", "--no-cache", dir.toString())).isZero();
        new ObjectMapper().readTree(out.toString()).get("entities").forEach(e -> assertThat(e.has("typeRule")).isFalse());
    }

    @Test
    void failedFilesGoToStderrAndTheExitCodeSaysSo() throws Exception {
        Files.writeString(dir.resolve("good.txt"), "Title\n\nBody.\n");
        Files.writeString(dir.resolve("empty.txt"), "");

        assertThat(lede("export", "--no-cache", dir.toString())).isEqualTo(1);

        assertThat(out.toString().lines()).hasSize(1);
        assertThat(err.toString()).contains("empty.txt").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void neverOverwritesAnExistingOutputWithoutForce() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Title\n\nBody.\n");
        Path target = dir.resolve("mine.jsonl");
        Files.writeString(target, "my notes");

        assertThat(lede("export", "--no-cache", "-o", target.toString(), dir.resolve("a.txt").toString())).isEqualTo(2);
        assertThat(Files.readString(target)).isEqualTo("my notes");
        assertThat(err.toString()).contains("--force");

        assertThat(lede("export", "--no-cache", "--force", "-o", target.toString(), dir.resolve("a.txt").toString())).isZero();
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).startsWith("{\"doc\":");
    }

    @Test
    void everyCommandHasHelpAndVersion() {
        assertThat(lede("--help")).isZero();
        assertThat(out.toString()).contains("Usage: lede").contains("export");
        assertThat(lede("export", "--no-cache", "--help")).isZero();
        assertThat(out.toString()).contains("Usage: lede export");
        assertThat(lede("--version")).isZero();
        assertThat(out.toString()).contains("lede ");
    }

    @Test
    void aMissingPathIsOneLineNotAStackTrace() {
        int code = lede("export", "--no-cache", dir.resolve("nope").toString());
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("nope").doesNotContain("\tat ");
    }

    @Test
    void anEmptyFolderIsAnErrorNotAnEmptyExport() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));

        assertThat(lede("export", "--no-cache", empty.toString())).isEqualTo(1);

        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEqualTo("lede export: no articles in " + empty + System.lineSeparator());
    }

    @Test
    void entityAcceptsATitledAliasAndAnAmbiguousNameListsTheCandidatesAndExitsTwo() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Blunkett speaks\n\nDavid Blunkett spoke in Leeds. Mr Blunkett said \"we act\".\n");
        Files.writeString(dir.resolve("b.txt"), "Blunkett again\n\nMr Blunkett spoke in York on Monday.\n");
        Files.writeString(dir.resolve("c.txt"), "Tony Blair visits\n\nTony Blair visited Leeds on Friday.\n");
        Files.writeString(dir.resolve("d.txt"), "Cherie Blair visits\n\nCherie Blair visited York on Friday.\n");
        Files.writeString(dir.resolve("e.txt"), "Tony Blair visits\n\n  Tony Blair visited   Leeds on Friday.\n");

        assertThat(lede("export", "--no-cache", "--entity", "Mr Blunkett", dir.toString())).isZero();
        assertThat(out.toString().lines()).hasSize(2);

        out.getBuffer().setLength(0);
        assertThat(lede("export", "--no-cache", "--entity", "blair", dir.toString())).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("Tony Blair (1 article)").contains("Cherie Blair (1 article)").doesNotContain("\tat ");

        out.getBuffer().setLength(0);
        assertThat(lede("export", "--no-cache", "--entity", "TONY BLAIR'S", dir.toString())).as("e.txt repeats c.txt").isZero();
        assertThat(out.toString().lines()).hasSize(1);
    }
}
