package dev.lede.model;

import dev.lede.index.CorpusEntities;
import dev.lede.index.CorpusEntity;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The entities the document list is filtered by, in the order they were added: the list shows the articles
 * that mention all of them; Esc removes the last. Each one is its linked entity's {@link EntityFilter}.
 */
public record EntityFilters(List<EntityFilter> all) {

    public EntityFilters {
        if (all.isEmpty()) throw new IllegalArgumentException("an entity filter names at least one entity");
        all = List.copyOf(all);
    }

    static EntityFilters of(EntityFilter only) {
        return new EntityFilters(List.of(only));
    }

    /** "Tony Blair + Gordon Brown". */
    public String name() {
        return all.stream().map(EntityFilter::name).collect(Collectors.joining(" + "));
    }

    public int size() {
        return all.size();
    }

    public EntityFilter last() {
        return all.get(all.size() - 1);
    }

    /** Whether a document's entity is one of them, as linked (the reader emphasises each). */
    public boolean matches(CorpusEntities linked, int document, Entity entity, Annotation annotation) {
        for (EntityFilter f : all) if (f.matches(linked, document, entity, annotation)) return true;
        return false;
    }

    /** Whether a linked entity is one of them. */
    public boolean matches(CorpusEntity entity) {
        for (EntityFilter f : all) if (f.key().equals(entity.key())) return true;
        return false;
    }

    /** These and one more; one already among them is not added twice. */
    EntityFilters plus(EntityFilter another) {
        if (all.stream().anyMatch(f -> f.key().equals(another.key()))) return this;
        List<EntityFilter> more = new ArrayList<>(all);
        more.add(another);
        return new EntityFilters(more);
    }

    /** Without the last one added, or null when it was the only one. */
    EntityFilters withoutLast() {
        return all.size() == 1 ? null : new EntityFilters(all.subList(0, all.size() - 1));
    }

    /** The annotated documents that mention every one of them, in corpus order. */
    DocumentSet documentsIn(Library library) {
        DocumentSet found = library.documentsMentioning(all.get(0));
        for (int i = 1; i < all.size() && !found.isEmpty(); i++) found = found.intersection(library.documentsMentioning(all.get(i)));
        return found;
    }
}
