package dev.lede.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads who/when/where fields the way JSON, JSON-LD and YAML front matter write them: a string, a number, an object
 * with a {@code name}, or a list of those.
 */
final class FieldValues {

    private FieldValues() {
    }

    /** The origin an object's fields give, each part from the field {@code columns} picks for it. */
    static Origin origin(JsonNode object, Columns columns) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return origin(object, names, columns.locate(names));
    }

    /** As above, with the object's field names already located. */
    static Origin origin(JsonNode object, List<String> names, int[] at) {
        return new Origin(Dates.iso(field(object, names, at, ArticleField.DATE)),
                field(object, names, at, ArticleField.SOURCE),
                byline(field(object, names, at, ArticleField.AUTHOR)),
                field(object, names, at, ArticleField.URL));
    }

    private static String field(JsonNode object, List<String> names, int[] at, ArticleField part) {
        int index = at[part.ordinal()];
        return index < 0 ? null : text(object.get(names.get(index)));
    }

    /** The value as one line of text: names of objects, lists joined with ", ", null when nothing is there. */
    static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) return null;
        if (value.isTextual() || value.isNumber()) return blankToNull(value.asText());
        if (value.isObject()) return text(value.get("name"));
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            for (JsonNode element : value) {
                String part = text(element);
                if (part != null && !parts.contains(part)) parts.add(part);
            }
            return parts.isEmpty() ? null : String.join(", ", parts);
        }
        return null;
    }

    /** "By Jane Doe" is Jane Doe; a profile URL is no one's name. */
    static String byline(String author) {
        if (author == null) return null;
        String name = author.strip().replaceFirst("(?i)^by\\s+", "");
        // An id ("24") or a link is not a name.
        boolean named = name.codePoints().anyMatch(Character::isLetter) && !name.matches("(?i)https?://\\S*");
        return named ? name : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
