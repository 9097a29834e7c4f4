package dev.lede.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON articles: an object or an array of objects with a title and a text (by the names of {@link ArticleField});
 * JSON Lines holds one such object per line. Both are streamed: an array element or a line at a time, each up to
 * the per-record limit. Several articles in one file get ids {@code file.json#1}, {@code file.json#2}, ...; a bad
 * record fails alone, and a file broken half-way keeps the articles before the break.
 */
final class JsonArticles {

    private static final int RECORD_LIMIT = (int) CorpusLoader.MAX_FILE_BYTES;
    /** Thread-safe once configured; one for all files. A string over the record limit is refused while read. */
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(RECORD_LIMIT).build()).build());

    private JsonArticles() {
    }

    static void readDocument(Path source, Decoder.Stream text, Columns columns, Numbered out)
            throws IOException, NotAnArticle {
        RecordBudget budget = new RecordBudget(text.reader(), RECORD_LIMIT);
        try (JsonParser parser = MAPPER.createParser(budget)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new NotAnArticle("malformed JSON: no content");
            }
            if (first == JsonToken.START_ARRAY) {
                while (true) {
                    budget.startRecord();
                    JsonToken next = parser.nextToken();
                    if (next == JsonToken.END_ARRAY) break;
                    if (next == null) throw new NotAnArticle("malformed JSON: the array is not closed, line "
                            + parser.currentLocation().getLineNr());
                    JsonNode element = MAPPER.readTree(parser);
                    out.add(id -> toDocument(id, source, text.note(), element, 0, columns));
                }
                if (out.count() == 0) throw new NotAnArticle("JSON array holds no articles");
            } else if (first == JsonToken.START_OBJECT) {
                JsonNode object = MAPPER.readTree(parser);
                out.add(id -> toDocument(id, source, text.note(), object, 0, columns));
            } else {
                throw new NotAnArticle("JSON holds " + kind(MAPPER.readTree(parser))
                        + ", expected an object or an array of objects");
            }
            if (parser.nextToken() != null) {
                throw new NotAnArticle("malformed JSON: more after the end of the value, line "
                        + parser.currentLocation().getLineNr());
            }
        } catch (JsonProcessingException e) {
            throw new NotAnArticle(message(e, 0));
        }
    }

    static void readLines(Path source, Decoder.Stream text, Columns columns, Numbered out) throws IOException {
        BoundedLines lines = new BoundedLines(text.reader(), RECORD_LIMIT);
        for (String line = lines.next(); line != null; line = lines.next()) {
            int number = lines.lineNumber();
            if (lines.wasTooLong()) {
                out.fail(String.format("too large: line %d is over %d MB (limit %d MB per record)", number,
                        RECORD_LIMIT / 1048576, RECORD_LIMIT / 1048576));
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            JsonNode record;
            try {
                record = MAPPER.readTree(line);
            } catch (JsonProcessingException e) {
                out.fail(message(e, number));
                continue;
            }
            out.add(id -> toDocument(id, source, text.note(), record, number, columns));
        }
        if (out.count() == 0) {
            out.fail("only whitespace");
        }
    }

    private static Document toDocument(String id, Path source, String note, JsonNode node, int line, Columns columns)
            throws NotAnArticle {
        String where = line > 0 ? " (line " + line + ")" : "";
        if (node == null || node.isMissingNode()) {
            throw new NotAnArticle("malformed JSON: no content" + (line > 0 ? ", line " + line : ""));
        }
        if (!node.isObject()) {
            throw new NotAnArticle("JSON record is " + kind(node) + ", expected an object" + where);
        }
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        int[] at = columns.locate(names);
        int titleAt = at[ArticleField.TITLE.ordinal()];
        int textAt = at[ArticleField.TEXT.ordinal()];
        String title = titleAt < 0 ? null : stringField(node, names.get(titleAt), where);
        if (textAt < 0) {
            throw new NotAnArticle("JSON record has no text field (" + columns.lookedFor(ArticleField.TEXT) + ")" + where);
        }
        String field = names.get(textAt);
        String body = stringField(node, field, where);
        if (body == null || body.isBlank()) {
            throw new NotAnArticle("JSON field \"" + field + "\" is empty" + where);
        }
        return PlainText.titled(id, source, title, body, note, FieldValues.origin(node, names, at));
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

    /** Jackson's problem and the line, without its pointers (source descriptions, setting names). */
    private static String message(JsonProcessingException e, int lineNumber) {
        JsonLocation location = e.getLocation();
        int line = lineNumber > 0 ? lineNumber : location == null ? -1 : location.getLineNr();
        String message = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("")
                .replaceAll(" \\(start marker at .*", "").replaceAll(", from `[^`]*`", "").strip();
        return "malformed JSON: " + message + (line > 0 ? ", line " + line : "");
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
