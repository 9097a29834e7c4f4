package dev.lede.corpus;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON articles: an object or an array of objects with a {@code title} and a {@code text}, {@code body} or
 * {@code content}; JSON Lines holds one such object per line. Several articles in one file get ids
 * {@code file.json#1}, {@code file.json#2}, ...; a bad record fails alone.
 */
final class JsonArticles {

    private static final List<String> TEXT_FIELDS = List.of("text", "body", "content");
    /** Thread-safe once configured; one for all files. */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonArticles() {
    }

    /** One parsed record and, for JSON Lines, the line it is on (0 otherwise). */
    private record Record(JsonNode node, int line) {
    }

    static List<Document> parseDocument(String id, Path source, Decoder.Decoded decoded) throws NotAnArticle {
        JsonNode root = readTree(decoded.text(), 0);
        List<Record> records = new ArrayList<>();
        if (root.isArray()) {
            for (JsonNode element : root) {
                records.add(new Record(element, 0));
            }
        } else if (root.isObject()) {
            records.add(new Record(root, 0));
        } else {
            throw new NotAnArticle("JSON holds " + kind(root) + ", expected an object or an array of objects");
        }
        if (records.isEmpty()) {
            throw new NotAnArticle("JSON array holds no articles");
        }
        return toDocuments(id, source, decoded.note(), records, List.of());
    }

    static List<Document> parseLines(String id, Path source, Decoder.Decoded decoded) throws NotAnArticle {
        List<Record> records = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        int lineNumber = 0;
        for (String line : (Iterable<String>) decoded.text().lines()::iterator) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                records.add(new Record(readTree(line, lineNumber), lineNumber));
                failures.add(null);
            } catch (NotAnArticle e) {
                records.add(new Record(null, lineNumber));
                failures.add(e.getMessage());
            }
        }
        return toDocuments(id, source, decoded.note(), records, failures);
    }

    private static List<Document> toDocuments(String id, Path source, String note, List<Record> records,
            List<String> parseFailures) {
        List<Document> docs = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            String recordId = records.size() == 1 ? id : id + "#" + (i + 1);
            String parseFailure = parseFailures.isEmpty() ? null : parseFailures.get(i);
            try {
                if (parseFailure != null) {
                    throw new NotAnArticle(parseFailure);
                }
                docs.add(toDocument(recordId, source, note, records.get(i)));
            } catch (NotAnArticle e) {
                // Named by its record, so two bad lines of one file are told apart in the list.
                Document failed = Document.failed(recordId, source, e.getMessage());
                docs.add(records.size() == 1 ? failed : new Document(recordId, source, failed.title() + "#" + (i + 1), "", failed.failure(), null));
            }
        }
        return docs;
    }

    private static Document toDocument(String id, Path source, String note, Record record) throws NotAnArticle {
        String where = record.line() > 0 ? " (line " + record.line() + ")" : "";
        JsonNode node = record.node();
        if (!node.isObject()) {
            throw new NotAnArticle("JSON record is " + kind(node) + ", expected an object" + where);
        }
        String title = stringField(node, "title", where);
        String field = TEXT_FIELDS.stream().filter(node::has).findFirst().orElse(null);
        String body = field == null ? null : stringField(node, field, where);
        if (body == null) {
            throw new NotAnArticle("JSON record has no \"text\" (or \"body\", \"content\") field" + where);
        }
        if (body.isBlank()) {
            throw new NotAnArticle("JSON field \"" + field + "\" is empty" + where);
        }
        if (title == null || title.isBlank()) {
            return new Document(id, source, PlainText.title(body, false), body, null, note);
        }
        // The title is part of the text, as in a .txt file, unless the body's first line already is the title.
        title = title.strip();
        String text = PlainText.title(body, false).equals(title) ? body : title + "\n\n" + body;
        return new Document(id, source, title, text, null, note);
    }

    /** The field as a string, null when absent or JSON null, and a failure naming the field for any other type. */
    private static String stringField(JsonNode node, String field, String where) throws NotAnArticle {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new NotAnArticle("JSON field \"" + field + "\" is " + kind(value) + ", expected a string" + where);
        }
        return value.textValue();
    }

    private static JsonNode readTree(String json, int lineNumber) throws NotAnArticle {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new NotAnArticle("malformed JSON: no content");
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            int line = lineNumber > 0 ? lineNumber : location == null ? -1 : location.getLineNr();
            // Jackson's own pointers (source descriptions, setting names) mean nothing to a reader of the file.
            String message = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("")
                    .replaceAll(" \\(start marker at .*", "").replaceAll(", from `[^`]*`", "").strip();
            throw new NotAnArticle("malformed JSON: " + message + (line > 0 ? ", line " + line : ""));
        }
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case STRING -> "a string";
            case NULL -> "null";
            default -> "empty";
        };
    }
}
