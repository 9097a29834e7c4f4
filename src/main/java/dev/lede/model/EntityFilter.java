package dev.lede.model;

import dev.lede.index.CorpusEntities;
import dev.lede.index.CorpusEntity;
import dev.lede.nlp.Entity;

/**
 * The entity the document list is filtered by: its display name and its {@link CorpusEntity#key}, by which
 * every view finds its one mention set in the latest linking ({@link CorpusEntities#documentsOf}).
 */
public record EntityFilter(String name, String key) {

    public static EntityFilter of(CorpusEntity entity) {
        return new EntityFilter(entity.name(), entity.key());
    }

    /** Whether a document's entity (by its index in the document's annotation) is this one, as linked. */
    public boolean matches(CorpusEntities linked, int document, Entity entity, dev.lede.nlp.Annotation annotation) {
        return linked.of(document, entity, annotation).map(e -> e.key().equals(key)).orElse(false);
    }
}
