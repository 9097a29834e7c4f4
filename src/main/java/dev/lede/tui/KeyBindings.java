package dev.lede.tui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which key does what. keys.json names the actions it changes, each with its keys (a string or a list):
 * {@code {"next-quote": ["]", "Ctrl-n"], "quit": "x"}}; a listed action loses its default keys, and a key
 * given to one action is taken from any other. An unknown action or key, or a malformed file, gives one
 * warning and the defaults.
 */
public final class KeyBindings {

    /** Made on first use: most people have no keys.json, and Jackson takes a while to start in a fresh JVM. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** Bindings ready to use, and why they are the defaults (null when the file was fine or absent). */
    public record Loaded(KeyBindings keys, String warning) {
    }

    private final Map<Action, List<String>> keysByAction;
    private final Map<String, Action> actionsByKey = new HashMap<>();

    private KeyBindings(Map<Action, List<String>> keysByAction) {
        this.keysByAction = keysByAction;
        keysByAction.forEach((action, keys) -> keys.forEach(k -> actionsByKey.put(k, action)));
    }

    public static KeyBindings defaults() {
        Map<Action, List<String>> keys = new EnumMap<>(Action.class);
        for (Action a : Action.values()) keys.put(a, a.defaultKeys());
        return new KeyBindings(keys);
    }

    public static Loaded load(Path file) {
        if (!Files.isRegularFile(file)) return new Loaded(defaults(), null);
        // The status bar has one line: the file's name says enough, the full path would push the reason out.
        Path name = file.getFileName();
        try {
            return new Loaded(parse(Json.MAPPER.readTree(file.toFile())), null);
        } catch (JsonProcessingException e) {
            return new Loaded(defaults(), JsonProblem.describe(name.toString(), e) + "; default keys used");
        } catch (IOException e) {
            return new Loaded(defaults(), name + " cannot be read: " + e.getMessage() + "; default keys used");
        } catch (IllegalArgumentException e) {
            return new Loaded(defaults(), name + ": " + e.getMessage() + "; default keys used");
        }
    }

    static KeyBindings parse(JsonNode root) {
        if (root == null || !root.isObject()) throw new IllegalArgumentException("expected an object of action: keys");
        Map<String, Action> byJsonName = new HashMap<>();
        for (Action a : Action.values()) byJsonName.put(a.jsonName(), a);
        Map<Action, List<String>> keys = new EnumMap<>(defaults().keysByAction);
        Map<Action, List<String>> given = new EnumMap<>(Action.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            Action action = byJsonName.get(entry.getKey());
            if (action == null) throw new IllegalArgumentException("unknown action \"" + entry.getKey() + "\"");
            given.put(action, keyNames(entry.getValue()));
        }
        given.forEach((action, names) -> keys.replaceAll((other, list) -> list.stream().filter(k -> !names.contains(k)).toList()));
        keys.putAll(given);
        return new KeyBindings(keys);
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

    public Optional<Action> action(String keyName) {
        return Optional.ofNullable(actionsByKey.get(keyName));
    }

    /** The keys bound to an action, for help and hints. */
    public List<String> keys(Action action) {
        return keysByAction.getOrDefault(action, List.of());
    }

    /** The first key bound to an action, or "" when it has none. */
    public String key(Action action) {
        List<String> keys = keys(action);
        return keys.isEmpty() ? "" : keys.get(0);
    }
}
