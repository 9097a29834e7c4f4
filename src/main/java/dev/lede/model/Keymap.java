package dev.lede.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which key does what, in every mode. An action named in keys.json gets exactly the keys given and those
 * keys leave every other action; the rest keep their default keys. Immutable once made.
 */
public final class Keymap {

    private final Map<String, List<String>> given;
    /** Per mode's action enum: key name → action, made on first use. */
    private final Map<Class<?>, Map<String, Action>> tables = new ConcurrentHashMap<>();

    private Keymap(Map<String, List<String>> given) {
        this.given = Map.copyOf(given);
    }

    public static Keymap defaults() {
        return new Keymap(Map.of());
    }

    /**
     * @param given keys.json's names and the keys given to each
     * @throws IllegalArgumentException naming the first action no mode has
     */
    public static Keymap of(Map<String, List<String>> given) {
        for (String name : given.keySet()) {
            if (Action.all().stream().noneMatch(a -> name.equals(a.jsonName()))) {
                throw new IllegalArgumentException("unknown action \"" + name + "\"");
            }
        }
        return new Keymap(given);
    }

    /** The keys bound to an action, for the help, hints and messages. */
    public List<String> keys(Action action) {
        String name = action.jsonName();
        if (name == null) return action.defaultKeys();
        List<String> own = given.get(name);
        if (own != null) return own;
        return action.defaultKeys().stream().filter(k -> given.values().stream().noneMatch(keys -> keys.contains(k))).toList();
    }

    /** The key to name in a hint: a one-character key where there is one ("k" rather than "Up"), else the first; "" for none. */
    public String key(Action action) {
        List<String> keys = keys(action);
        return keys.stream().filter(k -> k.codePointCount(0, k.length()) == 1).findFirst().orElse(keys.isEmpty() ? "" : keys.get(0));
    }

    /** The action of one mode that a key is bound to. */
    public <A extends Enum<A> & Action> Optional<A> action(Class<A> mode, String keyName) {
        Map<String, Action> table = tables.computeIfAbsent(mode, m -> {
            Map<String, Action> byKey = new HashMap<>();
            for (A action : mode.getEnumConstants()) keys(action).forEach(k -> byKey.putIfAbsent(k, action));
            return byKey;
        });
        return Optional.ofNullable(mode.cast(table.get(keyName)));
    }
}
