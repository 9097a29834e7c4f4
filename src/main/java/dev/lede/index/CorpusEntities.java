package dev.lede.index;

import dev.lede.nlp.Annotation;
import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityType;
import dev.lede.nlp.Quote;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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
    /** For each document, the corpus entity id of each of its entities (by index), -1 for none. */
    private final int[][] byDocumentEntity;
    private final NameIndex names;
    private final CorpusTypes types;

    private CorpusEntities(List<CorpusEntity> entities, Map<String, Integer> byKey, int[][] byDocumentEntity, CorpusTypes types) {
        this.entities = entities;
        this.types = types;
        this.byKey = byKey;
        this.byDocumentEntity = byDocumentEntity;
        this.names = new NameIndex(entities);
    }

    /** @param annotations one per document, index for index; null for documents not (yet) annotated */
    public static CorpusEntities build(List<Annotation> annotations) {
        return build(annotations, null);
    }

    /**
     * @param copies true for a document that repeats an earlier one ({@link Duplicates}): it is left out, so
     *               every count counts distinct articles; null for none
     */
    public static CorpusEntities build(List<Annotation> annotations, boolean[] copies) {
        Linking.Linked linked = Linking.link(annotations, copies);
        CorpusTypes types = linked.types();
        Map<String, List<Linking.Occurrence>> groups = new LinkedHashMap<>();
        for (Linking.Occurrence o : linked.occurrences()) {
            groups.computeIfAbsent(o.key, k -> new ArrayList<>()).add(o);
        }
        List<CorpusEntity> entities = new ArrayList<>(groups.size());
        Map<String, Integer> byKey = new HashMap<>();
        int[][] byDocumentEntity = new int[annotations.size()][];
        for (int doc = 0; doc < annotations.size(); doc++) {
            Annotation a = annotations.get(doc);
            if (a != null) {
                byDocumentEntity[doc] = new int[a.entities().size()];
                Arrays.fill(byDocumentEntity[doc], -1);
            }
        }
        groups.forEach((key, group) -> {
            int id = entities.size();
            entities.add(merge(id, key, group));
            byKey.put(key, id);
            for (Linking.Occurrence o : group) byDocumentEntity[o.doc][o.index] = id;
        });
        return new CorpusEntities(List.copyOf(entities), byKey, byDocumentEntity, types);
    }

    /**
     * A linking kept from an earlier run ({@link #documentEntities}, {@link #all} and {@link #types} of it), as
     * {@link #build} made it.
     */
    public static CorpusEntities restored(List<CorpusEntity> entities, int[][] byDocumentEntity, CorpusTypes types) {
        Map<String, Integer> byKey = new HashMap<>();
        for (CorpusEntity e : entities) byKey.put(e.key(), e.id());
        return new CorpusEntities(List.copyOf(entities), byKey, byDocumentEntity, types);
    }

    /** The types this corpus lends names its articles type weakly: the sidebar and the export show an article's entities so. */
    public CorpusTypes types() {
        return types;
    }

    /** For each document, the corpus entity id of each of its entities (-1: none), null for a document not annotated. */
    public int[] documentEntities(int document) {
        return document < byDocumentEntity.length ? byDocumentEntity[document] : null;
    }

    /** How many documents the linking was built over. */
    public int documentCount() {
        return byDocumentEntity.length;
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
        return Optional.ofNullable(new Linking.Occurrence(-1, -1, entity, new Linking.Strings()).key);
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
        if (document < 0 || document >= byDocumentEntity.length || byDocumentEntity[document] == null) return Optional.empty();
        int[] ids = byDocumentEntity[document];
        return entityIndex < 0 || entityIndex >= ids.length || ids[entityIndex] < 0 ? Optional.empty() : Optional.of(entities.get(ids[entityIndex]));
    }

    /** Calls {@code action} with the corpus entity id of each of a document's linked entities (a document may repeat one). */
    public void forEachEntityId(int document, java.util.function.IntConsumer action) {
        if (document < 0 || document >= byDocumentEntity.length || byDocumentEntity[document] == null) return;
        for (int id : byDocumentEntity[document]) if (id >= 0) action.accept(id);
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

    private static CorpusEntity merge(int id, String key, List<Linking.Occurrence> group) {
        Map<String, Integer> ownNames = new HashMap<>();
        Map<String, Integer> otherNames = new HashMap<>();
        Map<EntityType, Integer> typeVotes = new EnumMap<>(EntityType.class);
        Set<String> forms = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        int[] docs = new int[group.size()];
        int n = 0;
        int mentions = 0;
        String core = key.substring(2);
        for (Linking.Occurrence o : group) {
            if (o.person) {
                // A person is shown as their articles write their full name, without a title.
                String prefix = core + "\u0000";
                o.fullForms.forEach((form, times) -> {
                    if (form.startsWith(prefix)) ownNames.merge(form.substring(prefix.length()), times, Integer::sum);
                });
                otherNames.merge(o.name, 1, Integer::sum);
            } else {
                (Linking.placeKey(o.name).equals(core) ? ownNames : otherNames).merge(o.name, 1, Integer::sum);
            }
            typeVotes.merge(o.type, 1, Integer::sum);
            forms.add(o.name);
            forms.addAll(o.aliases);
            if (n == 0 || docs[n - 1] != o.doc) docs[n++] = o.doc;
            mentions += o.mentionCount;
        }
        // The form most of its articles use for the name itself (not "Blair" for Tony Blair), then the usual
        // name the alias table gives, then the shortest.
        String name = (ownNames.isEmpty() ? otherNames : ownNames).entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(e -> Names.key(e.getKey()).equals(core))
                        .thenComparingInt(e -> -e.getKey().length())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
        EntityType type = typeVotes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        forms.remove(name);
        return new CorpusEntity(id, key, name, type, List.copyOf(forms), Arrays.copyOf(docs, n), mentions);
    }
}
