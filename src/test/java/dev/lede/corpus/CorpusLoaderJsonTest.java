package dev.lede.corpus;

import static dev.lede.corpus.Fixtures.ids;
import static dev.lede.corpus.Fixtures.loadOne;
import static dev.lede.corpus.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusLoaderJsonTest {

    @TempDir
    Path dir;

    @Test
    void singleObjectKeepsThePlainIdAndPutsTheTitleInTheText() {
        Document doc = loadOne(write(dir, "one.json", "{\"title\": \"Storm hits coast\", \"text\": \"Winds reached 100 km/h.\"}"));

        assertThat(doc.id()).endsWith("one.json");
        assertThat(doc.title()).isEqualTo("Storm hits coast");
        assertThat(doc.text()).isEqualTo("Storm hits coast\n\nWinds reached 100 km/h.");
    }

    @Test
    void arrayOfObjectsNumbersItsArticlesAndAcceptsBodyOrContent() {
        write(dir, "many.json", """
                [{"title": "First", "body": "One."},
                 {"title": "Second", "content": "Two."},
                 {"text": "Untitled story\\nstarts here."}]
                """);

        List<Document> docs = CorpusLoader.load(List.of(dir));

        assertThat(ids(docs)).containsExactly("many.json#1", "many.json#2", "many.json#3");
        assertThat(docs).extracting(Document::title).containsExactly("First", "Second", "Untitled story");
        assertThat(docs.get(1).text()).isEqualTo("Second\n\nTwo.");
        assertThat(docs.get(2).text()).isEqualTo("Untitled story\nstarts here.");
    }

    @Test
    void bodyThatAlreadyStartsWithItsTitleIsNotTitledTwice() {
        Document doc = loadOne(write(dir, "dup.json", "{\"title\": \"Rain\", \"text\": \"Rain\\n\\nIt rained.\"}"));

        assertThat(doc.text()).isEqualTo("Rain\n\nIt rained.");
    }

    @Test
    void jsonLinesHoldOneArticlePerLineAndABadLineFailsAlone() {
        write(dir, "feed.jsonl", """
                {"title": "A", "text": "Alpha."}

                {"title": "B", "text": 
                {"title": "C", "text": "Gamma."}
                """);

        List<Document> docs = CorpusLoader.load(List.of(dir));

        assertThat(ids(docs)).containsExactly("feed.jsonl#1", "feed.jsonl#2", "feed.jsonl#3");
        assertThat(docs.get(0).text()).isEqualTo("A\n\nAlpha.");
        assertThat(docs.get(1).failure()).startsWith("malformed JSON: ").endsWith(", line 3");
        assertThat(docs.get(1).title()).as("told apart from the file's other records").isEqualTo("feed.jsonl#2");
        assertThat(docs.get(2).text()).isEqualTo("C\n\nGamma.");
    }

    @Test
    void jsonLinesWithOneArticleKeepThePlainId() {
        write(dir, "single.jsonl", "\n{\"title\": \"Only\", \"text\": \"One.\"}\n\n");

        assertThat(ids(CorpusLoader.load(List.of(dir)))).containsExactly("single.jsonl");
    }

    @Test
    void malformedJsonNamesJacksonsProblemAndTheLine() {
        Document doc = loadOne(write(dir, "bad.json", "{\n  \"title\": \"x\",\n  \"text\": \"y\"\n  oops\n}"));

        assertThat(doc.failure()).isEqualTo(
                "malformed JSON: Unexpected character ('o' (code 111)): was expecting comma to separate Object entries, line 4");
    }

    @Test
    void jacksonsInternalPointersAreLeftOut() {
        assertThat(loadOne(write(dir, "cut.json", "{\"title\": \"B\",\n \"text\": \"x\"")).failure())
                .isEqualTo("malformed JSON: Unexpected end-of-input: expected close marker for Object, line 2");
        assertThat(loadOne(write(dir, "deep.json", "[".repeat(5000) + "]".repeat(5000))).failure())
                .isEqualTo("malformed JSON: Document nesting depth (1001) exceeds the maximum allowed (1000)");
    }

    @Test
    void trailingGarbageIsMalformedAndTheObjectBeforeItLoads() {
        write(dir, "two.json", "{\"text\": \"a\"} {\"text\": \"b\"}");

        List<Document> docs = CorpusLoader.load(List.of(dir));

        assertThat(ids(docs)).containsExactly("two.json#1", "two.json#2");
        assertThat(docs.get(0).text()).isEqualTo("a");
        assertThat(docs.get(1).failure()).isEqualTo("malformed JSON: more after the end of the value, line 1");
    }

    @Test
    void wrongFieldTypesAndMissingTextNameTheField() {
        write(dir, "types.json", """
                [{"title": "Numbers", "text": 42},
                 {"title": "Nested", "body": {"p": "x"}},
                 {"title": ["not", "a", "string"], "text": "fine"},
                 {"title": "No text"},
                 "just a string",
                 {"title": "Empty", "text": "  "}]
                """);

        List<Document> docs = CorpusLoader.load(List.of(dir));

        assertThat(docs).extracting(Document::failure).containsExactly(
                "JSON field \"text\" is a number, expected a string",
                "JSON field \"body\" is an object, expected a string",
                "JSON field \"title\" is an array, expected a string",
                "JSON record has no text field (text, body, content, article, …)",
                "JSON record is a string, expected an object",
                "JSON field \"text\" is empty");
    }

    @Test
    void topLevelScalarOrEmptyArrayIsNotAnArticle() {
        assertThat(loadOne(write(dir, "n.json", "42")).failure())
                .isEqualTo("JSON holds a number, expected an object or an array of objects");
        assertThat(loadOne(write(dir, "e.json", "[]")).failure()).isEqualTo("JSON array holds no articles");
    }
}
