package dev.lede.nlp;

import java.util.List;

/**
 * One real-world entity of a document with every mention of it.
 *
 * @param id       document-local id ("e1", "e2", …)
 * @param name     the fullest form the text uses, titles left out
 * @param aliases  the other surface forms the text uses, as written
 * @param mentions in text order
 * @param typeRule the annotator's rule that typed it ("org-word", "listed-place", …), or null when not known
 *                 (an annotation read back from the cache, one made by another annotator)
 */
public record Entity(String id, String name, EntityType type, List<String> aliases, List<Mention> mentions, String typeRule) {
    public Entity {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }

    public Entity(String id, String name, EntityType type, List<String> aliases, List<Mention> mentions) {
        this(id, name, type, aliases, mentions, null);
    }
}
