package dev.lede.tui;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a theme file with Jackson's streaming parser. A theme is small and flat, and the streaming parser
 * starts in a few milliseconds where the object mapper takes a few hundred in a fresh JVM, all of it before
 * the first frame.
 */
final class ThemeReader {

    private static final JsonFactory JSON = new JsonFactory();

    private ThemeReader() {
    }

    /** The theme in {@code in}; malformed JSON throws Jackson's exception, a wrong value IllegalArgumentException. */
    static Theme read(InputStream in) throws IOException {
        try (JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IllegalArgumentException("a theme is a JSON object");
            String name = null;
            Map<String, Theme.Style> styles = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "name" -> name = value == JsonToken.VALUE_NULL ? null : p.getValueAsString();
                    case "styles" -> styles = styles(p, value);
                    default -> p.skipChildren(); // "description" is for people choosing a theme
                }
            }
            if (styles == null) throw new IllegalArgumentException("missing \"styles\"");
            return Theme.fromJson(name, styles);
        }
    }

    private static Map<String, Theme.Style> styles(JsonParser p, JsonToken value) throws IOException {
        if (value != JsonToken.START_OBJECT) throw new IllegalArgumentException("\"styles\" must be an object");
        Map<String, Theme.Style> styles = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String role = p.currentName();
            JsonToken start = p.nextToken();
            styles.put(role, start == JsonToken.VALUE_NULL ? null : style(p, role, start));
        }
        return styles;
    }

    private static Theme.Style style(JsonParser p, String role, JsonToken start) throws IOException {
        if (start != JsonToken.START_OBJECT) throw new IllegalArgumentException("style \"" + role + "\" must be an object");
        String fg = null;
        String bg = null;
        boolean bold = false;
        boolean reverse = false;
        boolean underline = false;
        boolean italic = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "fg" -> fg = colour(p, value, role, field);
                case "bg" -> bg = colour(p, value, role, field);
                case "bold" -> bold = flag(p, value, role, field);
                case "reverse" -> reverse = flag(p, value, role, field);
                case "underline" -> underline = flag(p, value, role, field);
                case "italic" -> italic = flag(p, value, role, field);
                default -> throw new IllegalArgumentException("unknown property \"" + field + "\" in style \"" + role + "\"");
            }
        }
        return new Theme.Style(fg, bg, bold, reverse, underline, italic);
    }

    private static String colour(JsonParser p, JsonToken value, String role, String field) throws IOException {
        if (value == JsonToken.VALUE_NULL) return null;
        if (value != JsonToken.VALUE_STRING) throw new IllegalArgumentException("\"" + field + "\" of \"" + role + "\" must be a colour");
        return p.getText();
    }

    private static boolean flag(JsonParser p, JsonToken value, String role, String field) {
        if (value != JsonToken.VALUE_TRUE && value != JsonToken.VALUE_FALSE) {
            throw new IllegalArgumentException("\"" + field + "\" of \"" + role + "\" must be true or false");
        }
        return value == JsonToken.VALUE_TRUE;
    }
}
