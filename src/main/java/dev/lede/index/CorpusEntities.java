package dev.lede.index;

import dev.lede.nlp.Annotation;
import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityType;
import dev.lede.nlp.Quote;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Entities linked across articles, built once per corpus state from every article's annotation; every view
 * (the entity filter, the sidebar, the overview, the speakers, the export) reads this one result.
 *
 * <p>{@link Linking} gives each article's entity one key; the entities that share a key are one corpus entity,
 * whose mention set is the distinct articles they are in. Because each article's entity has one key, decided
 * without looking at other entities' links, a link never chains through a third entity.
 */
public final class CorpusEntities {

    private final List<CorpusEntity> entities;
    private final Map<String, Integer> byKey;
    private final DocumentEntities byDocument;
    private final NameIndex names;
    private final CorpusTypes types;

    private CorpusEntities(List<CorpusEntity> entities, Map<String, Integer> byKey, DocumentEntities byDocument, CorpusTypes types) {
        this.entities = entities;
        this.types = types;
        this.byKey = byKey;
        this.byDocument = byDocument;
        this.names = new NameIndex(entities);
    }

    /** @param annotations one per document, index for index; null for documents not (yet) annotated */
    public static CorpusEntities build(List<Annotation> annotations) {
        return build(annotations, null, null);
    }

    /**
     * @param copies   true for a document that repeats an earlier one ({@link Duplicates}): it is left out, so
     *                 every count counts distinct articles; null for none
     * @param sections each document's section ({@link Sections}): a surname alone links to a full name only one of its
     *                 section's articles writes; null where sections are not told apart
     */
    public static CorpusEntities build(List<Annotation> annotations, boolean[] copies, int[] sections) {
        EntityGroups groups = new EntityGroups(annotations.size());
        CorpusTypes types = Linking.link(annotations, copies, sections, groups);
        return groups.result(types);
    }

    /**
     * A linking kept from an earlier run ({@link #documentEntities}, {@link #all} and {@link #types} of it), as
     * {@link #build} made it.
     */
    public static CorpusEntities restored(List<CorpusEntity> entities, DocumentEntities byDocument, CorpusTypes types) {
        Map<String, Integer> byKey = new HashMap<>();
        for (CorpusEntity e : entities) byKey.put(e.key(), e.id());
        return new CorpusEntities(List.copyOf(entities), byKey, byDocument, types);
    }

    /** The types this corpus lends names its articles type weakly: the sidebar and the export show an article's entities so. */
    public CorpusTypes types() {
        return types;
    }

    /** For each document, the corpus entity id of each of its entities (-1: none); as {@link #restored} takes them. */
    public DocumentEntities documentEntities() {
        return byDocument;
    }

    /** How many documents the linking was built over. */
    public int documentCount() {
        return byDocument.documentCount();
    }

    public List<CorpusEntity> all() {
        return entities;
    }

    /** The entity with this {@link CorpusEntity#key}, as this linking knows it. */
    public Optional<CorpusEntity> withKey(String key) {
        Integer id = byKey.get(key);
        return id == null ? Optional.empty() : Optional.of(entities.get(id));
    }

    /**
     * The key an article's entity will have once linked, where the entity alone decides it (a person named in
     * full, an organization or place); empty for a surname alone, which the corpus decides.
     */
    public static Optional<String> keyOf(Entity entity) {
        if (entity.type() == EntityType.OTHER) return Optional.empty();
        return Optional.ofNullable(new Linking.Occurrence(-1, -1, entity).key);
    }

    /** The distinct articles that mention the entity with this key, ascending; none for a key not linked (yet). */
    public int[] documentsOf(String key) {
        return withKey(key).map(CorpusEntity::documents).orElse(new int[0]);
    }

    /** The corpus entity a document's entity belongs to. */
    public Optional<CorpusEntity> of(int document, Entity entity, Annotation annotation) {
        return of(document, annotation.entities().indexOf(entity));
    }

    /** The corpus entity of a document's entity, by its index in the document's annotation. */
    public Optional<CorpusEntity> of(int document, int entityIndex) {
        int id = byDocument.id(document, entityIndex);
        return id < 0 ? Optional.empty() : Optional.of(entities.get(id));
    }

    /** Calls {@code action} with the corpus entity id of each of a document's linked entities (a document may repeat one). */
    public void forEachEntityId(int document, java.util.function.IntConsumer action) {
        byDocument.forEachId(document, action);
    }

    /**
     * The entities a name typed by a user may mean, exact names first, then most articles first; any case, titles, "the" and "'s"
     * ignored: the person of that full name or the organization or place of that name (or alias-table form);
     * and, for one word, every person of that surname when no organization or place has that name or the corpus
     * names a person by it alone; else the entities that have it as an alias.
     */
    public List<CorpusEntity> lookup(String typed) {
        return names.lookup(typed).stream().map(entities::get).toList();
    }

    /** The one entity a typed name means; empty when it means none, or more than one ({@link #lookup} lists them). */
    public Optional<CorpusEntity> named(String typed) {
        List<CorpusEntity> found = lookup(typed);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** Type-ahead: entities one of whose names starts (or has a word starting) with {@code typed}, best first. */
    public List<CorpusEntity> suggest(String typed, int limit) {
        return names.suggest(typed, limit).stream().map(entities::get).toList();
    }

    /**
     * Who said a quote, as a corpus entity: the quote's speaking entity, or the article's entity of that name,
     * or the entity whose full name (a person's) or name (an organization's or place's) it is.
     */
    public Optional<CorpusEntity> speakerOf(int document, Annotation annotation, Quote quote) {
        List<Entity> list = annotation.entities();
        String said = quote.speaker() == null ? "" : Names.key(quote.speaker());
        for (int i = 0; i < list.size(); i++) {
            if (quote.speakerEntity() != null && Objects.equals(list.get(i).id(), quote.speakerEntity())) {
                Optional<CorpusEntity> found = of(document, i);
                if (found.isPresent()) return found;
            }
        }
        for (int i = 0; i < list.size() && !said.isEmpty(); i++) {
            Entity e = list.get(i);
            if (Names.key(e.name()).equals(said) || e.aliases().stream().anyMatch(a -> Names.key(a).equals(said))) {
                Optional<CorpusEntity> found = of(document, i);
                if (found.isPresent()) return found;
            }
        }
        // A speaker no linked entity of the article holds (one typed OTHER, say) is the person of that full name,
        // or the organization or place of that name: the names the linking rule links by.
        if (said.isEmpty()) return Optional.empty();
        String full = Names.fullName(Names.withoutHonorific(said));
        return full.isEmpty() ? withKey(Linking.NAMED + Linking.placeKey(quote.speaker())) : withKey(Linking.PERSON + full);
    }

    /** The most mentioned entities of a type, counting only the given documents (null: all). */
    public List<CorpusEntity> top(EntityType type, int limit, Set<Integer> withinDocuments) {
        Comparator<CorpusEntity> byDocs = Comparator.comparingInt(e -> -count(e, withinDocuments));
        return entities.stream()
                .filter(e -> e.type() == type && count(e, withinDocuments) > 0)
                .sorted(byDocs.thenComparing(e -> -e.mentions()).thenComparing(CorpusEntity::name))
                .limit(limit)
                .toList();
    }

    /** How many of the given documents (null: all) mention the entity. */
    public static int count(CorpusEntity e, Set<Integer> withinDocuments) {
        if (withinDocuments == null) return e.documentCount();
        int n = 0;
        for (int d : e.documents()) if (withinDocuments.contains(d)) n++;
        return n;
    }
}
