package dev.lede.index;

import dev.lede.nlp.Annotation;
import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Entities linked across documents, built once from every document's annotation.
 *
 * <p>Two document entities are one corpus entity when they share a form (name or alias, compared by
 * {@link Names#key}). A one-word form such as "Blair" links only when it is unambiguous: when the corpus
 * has exactly one longer name of that type ending in it. So "Blair" joins "Tony Blair" unless a
 * "Cherie Blair" is also in the corpus, and then it stays apart rather than merging the two.
 */
public final class CorpusEntities {

    private final List<CorpusEntity> entities;
    private final Map<String, Integer> byKey;
    /** For each document, the corpus entity id of each of its entities (by index), -1 for none. */
    private final int[][] byDocumentEntity;

    private CorpusEntities(List<CorpusEntity> entities, Map<String, Integer> byKey, int[][] byDocumentEntity) {
        this.entities = entities;
        this.byKey = byKey;
        this.byDocumentEntity = byDocumentEntity;
    }

    /** @param annotations one per document, index for index; null for documents not (yet) annotated */
    public static CorpusEntities build(List<Annotation> annotations) {
        List<Occurrence> occurrences = new ArrayList<>();
        for (int doc = 0; doc < annotations.size(); doc++) {
            Annotation a = annotations.get(doc);
            if (a == null) continue;
            for (int i = 0; i < a.entities().size(); i++) {
                Entity e = a.entities().get(i);
                if (e.type() == EntityType.OTHER) continue;
                occurrences.add(new Occurrence(doc, i, e, Names.withoutHonorific(Names.key(e.name())), keysOf(e)));
            }
        }
        Set<String> ambiguous = ambiguousWords(occurrences);
        Map<String, String> surnameOwner = unambiguousSurnames(occurrences, ambiguous);

        UnionFind groups = new UnionFind(occurrences.size());
        Map<String, Integer> firstWithKey = new HashMap<>();
        for (int i = 0; i < occurrences.size(); i++) {
            for (String key : linkingKeys(occurrences.get(i), ambiguous, surnameOwner)) {
                Integer other = firstWithKey.putIfAbsent(key, i);
                if (other != null) groups.union(other, i);
            }
        }
        return assemble(annotations, occurrences, groups, ambiguous, surnameOwner);
    }

    public List<CorpusEntity> all() {
        return entities;
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

    /** The corpus entity one of whose forms is {@code form} (case and "the"/"'s" ignored). */
    public Optional<CorpusEntity> named(String form) {
        Integer id = byKey.get(Names.key(form));
        return id == null ? Optional.empty() : Optional.of(entities.get(id));
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

    /** One document's entity; {@code keys} are distinct (a compact list: a large corpus has millions of these). */
    private record Occurrence(int doc, int index, Entity entity, String nameKey, List<String> keys) {
    }

    private static List<String> keysOf(Entity e) {
        // Mentions mostly repeat the name and aliases: key each distinct form once.
        Set<String> forms = new HashSet<>();
        forms.add(e.name());
        forms.addAll(e.aliases());
        e.mentions().forEach(m -> forms.add(m.text()));
        Set<String> keys = new HashSet<>();
        for (String form : forms) keys.add(Names.withoutHonorific(Names.key(form)));
        keys.remove("");
        return List.copyOf(keys);
    }

    /** One-word forms that end two or more different longer names of the same type. */
    private static Set<String> ambiguousWords(List<Occurrence> occurrences) {
        Map<String, Set<String>> longNamesByLastWord = new HashMap<>();
        for (Occurrence o : occurrences) {
            String name = o.nameKey;
            if (!Names.isOneWord(name)) {
                longNamesByLastWord.computeIfAbsent(o.entity.type() + " " + Names.lastWord(name), k -> new HashSet<>()).add(name);
            }
        }
        Set<String> ambiguous = new HashSet<>();
        longNamesByLastWord.forEach((typedWord, names) -> {
            if (names.size() > 1) ambiguous.add(typedWord.substring(typedWord.indexOf(' ') + 1));
        });
        return ambiguous;
    }

    /** For each unambiguous last word of a longer person name, that name: "blair" → "tony blair". */
    private static Map<String, String> unambiguousSurnames(List<Occurrence> occurrences, Set<String> ambiguous) {
        Map<String, String> owner = new HashMap<>();
        for (Occurrence o : occurrences) {
            String name = o.nameKey;
            if (o.entity.type() == EntityType.PERSON && !Names.isOneWord(name) && !ambiguous.contains(Names.lastWord(name))) {
                owner.put(Names.lastWord(name), name);
            }
        }
        return owner;
    }

    /** The keys an occurrence may be joined by: one-word forms only when they point at one entity. */
    private static List<String> linkingKeys(Occurrence o, Set<String> ambiguous, Map<String, String> surnameOwner) {
        List<String> keys = new ArrayList<>();
        for (String key : o.keys) {
            if (!Names.isOneWord(key)) {
                keys.add(key);
            } else if (!ambiguous.contains(key)) {
                String owner = o.entity.type() == EntityType.PERSON ? surnameOwner.get(key) : null;
                keys.add(owner != null ? owner : key);
            }
        }
        if (keys.isEmpty()) {
            // "Blair" alone where two Blairs exist: its own entity, per type so it cannot join anyone by accident.
            keys.add("\u0000" + o.entity.type() + " " + o.nameKey);
        }
        return keys;
    }

    private static CorpusEntities assemble(List<Annotation> annotations, List<Occurrence> occurrences, UnionFind groups,
                                           Set<String> ambiguous, Map<String, String> surnameOwner) {
        Map<Integer, List<Occurrence>> members = new LinkedHashMap<>();
        for (int i = 0; i < occurrences.size(); i++) {
            members.computeIfAbsent(groups.find(i), k -> new ArrayList<>()).add(occurrences.get(i));
        }
        List<CorpusEntity> entities = new ArrayList<>();
        Map<String, Integer> byKey = new HashMap<>();
        int[][] byDocumentEntity = new int[annotations.size()][];
        for (int doc = 0; doc < annotations.size(); doc++) {
            Annotation a = annotations.get(doc);
            if (a != null) {
                byDocumentEntity[doc] = new int[a.entities().size()];
                Arrays.fill(byDocumentEntity[doc], -1);
            }
        }
        for (List<Occurrence> group : members.values()) {
            int id = entities.size();
            entities.add(merge(id, group));
            for (Occurrence o : group) {
                byDocumentEntity[o.doc][o.index] = id;
                for (String key : linkingKeys(o, ambiguous, surnameOwner)) byKey.putIfAbsent(key, id);
                for (String key : o.keys) byKey.putIfAbsent(key, id);
            }
        }
        return new CorpusEntities(List.copyOf(entities), byKey, byDocumentEntity);
    }

    private static CorpusEntity merge(int id, List<Occurrence> group) {
        if (group.size() == 1) {
            // Most entities of a large corpus are named in one article: nothing to vote on.
            Entity e = group.get(0).entity;
            Set<String> forms = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            forms.addAll(e.aliases());
            forms.remove(e.name());
            return new CorpusEntity(id, e.name(), e.type(), List.copyOf(forms), new int[] {group.get(0).doc}, e.mentions().size());
        }
        Map<String, Integer> nameVotes = new HashMap<>();
        Map<EntityType, Integer> typeVotes = new EnumMap<>(EntityType.class);
        Set<String> forms = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Set<Integer> docs = new TreeSet<>();
        int mentions = 0;
        for (Occurrence o : group) {
            nameVotes.merge(o.entity.name(), 1, Integer::sum);
            typeVotes.merge(o.entity.type(), 1, Integer::sum);
            forms.add(o.entity.name());
            forms.addAll(o.entity.aliases());
            docs.add(o.doc);
            mentions += o.entity.mentions().size();
        }
        // The fullest form (most words, not counting "the" or "Mr"), then the one most documents use, then the barest.
        Map<String, Integer> words = new HashMap<>();
        nameVotes.keySet().forEach(n -> words.put(n, wordCount(n)));
        String name = nameVotes.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> words.get(e.getKey()))
                        .thenComparingInt(Map.Entry::getValue)
                        .thenComparingInt(e -> -e.getKey().length())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
        EntityType type = typeVotes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        forms.remove(name);
        return new CorpusEntity(id, name, type, List.copyOf(forms), docs.stream().mapToInt(Integer::intValue).toArray(), mentions);
    }

    private static int wordCount(String form) {
        String key = Names.withoutHonorific(Names.key(form));
        return key.isEmpty() ? 0 : key.split(" ").length;
    }

    /** Disjoint sets with path halving: linking runs over every entity of the corpus. */
    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int n) {
            parent = new int[n];
            Arrays.setAll(parent, i -> i);
        }

        int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

}
