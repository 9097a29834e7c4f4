package dev.lede.model;

import dev.lede.index.Names;
import dev.lede.nlp.Entity;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The entity the document list is filtered by: its display name and the keys of its name and aliases
 * ({@link Names#key}, honorifics left out), by which it is matched in every document.
 */
public record EntityFilter(String name, Set<String> keys) {

    public EntityFilter {
        keys = Collections.unmodifiableSet(new LinkedHashSet<>(keys));
    }

    public static EntityFilter of(Entity entity) {
        return new EntityFilter(entity.name(), keysOf(entity));
    }

    /** The forms by which an entity is found in other documents: its name and every alias. */
    public static Set<String> keysOf(Entity entity) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(key(entity.name()));
        entity.aliases().forEach(alias -> keys.add(key(alias)));
        keys.remove("");
        return keys;
    }

    /** Whether a document's entity is this one. */
    public boolean matches(Entity entity) {
        return keysOf(entity).stream().anyMatch(keys::contains);
    }

    static String key(String form) {
        return Names.withoutHonorific(Names.key(form));
    }
}
