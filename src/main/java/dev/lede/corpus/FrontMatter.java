package dev.lede.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YAML block between {@code ---} lines that opens many Markdown files (Jekyll, Hugo, Obsidian): its title, date,
 * author, source and URL. A block that is not valid YAML, or not a mapping, is left in the text as written.
 */
final class FrontMatter {

    /** Parsed front matter and the text after it; {@code fields} is null when the file has none. */
    record Split(JsonNode fields, String body) {
    }

    private static final Pattern BLOCK = Pattern.compile("\\A---[ \\t]*\\r?\\n(.*?\\r?\\n)?(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)",
            Pattern.DOTALL);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private FrontMatter() {
    }

    static Split split(String text) {
        Matcher block = BLOCK.matcher(text);
        if (!block.find()) return new Split(null, text);
        try {
            JsonNode fields = YAML.readTree(block.group(1) == null ? "" : block.group(1));
            if (fields == null || !fields.isObject()) return new Split(null, text);
            return new Split(fields, text.substring(block.end()));
        } catch (JsonProcessingException | RuntimeException notYaml) {
            return new Split(null, text);
        }
    }
}
