package dev.lede.tui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.model.Keymap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads keys.json into a {@link Keymap}. The file names the actions it changes, each with its keys (a string
 * or a list): {@code {"next-quote": ["]", "Ctrl-n"], "quit": "x"}}; a listed action loses its default keys,
 * and a key given to one action is taken from any other. An unknown action or key, or a malformed file,
 * gives one warning and the defaults.
 */
public final class KeyBindings {

    /** Made on first use: most people have no keys.json, and Jackson takes a while to start in a fresh JVM. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** Bindings ready to use, and why they are the defaults (null when the file was fine or absent). */
    public record Loaded(Keymap keys, String warning) {
    }

    private KeyBindings() {
    }

    public static Loaded load(Path file) {
        if (!Files.isRegularFile(file)) return new Loaded(Keymap.defaults(), null);
        // The status bar has one line: the file's name says enough, the full path would push the reason out.
        Path name = file.getFileName();
        try {
            return new Loaded(parse(Json.MAPPER.readTree(file.toFile())), null);
        } catch (JsonProcessingException e) {
            return new Loaded(Keymap.defaults(), JsonProblem.describe(name.toString(), e) + "; default keys used");
        } catch (IOException e) {
            return new Loaded(Keymap.defaults(), name + " cannot be read: " + e.getMessage() + "; default keys used");
        } catch (IllegalArgumentException e) {
            return new Loaded(Keymap.defaults(), name + ": " + e.getMessage() + "; default keys used");
        }
    }

    static Keymap parse(JsonNode root) {
        if (root == null || !root.isObject()) throw new IllegalArgumentException("expected an object of action: keys");
        Map<String, List<String>> given = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            given.put(entry.getKey(), keyNames(entry.getValue()));
        }
        return Keymap.of(given);
    }

    private static List<String> keyNames(JsonNode value) {
        List<String> names = new ArrayList<>();
        if (value.isTextual()) {
            names.add(value.asText());
        } else if (value.isArray()) {
            value.forEach(v -> names.add(v.asText()));
        } else {
            throw new IllegalArgumentException("keys must be a string or a list of strings");
        }
        for (String name : names) {
            if (!KeyNames.isValid(name)) throw new IllegalArgumentException("unknown key \"" + name + "\"");
        }
        return List.copyOf(names);
    }
}
