package dev.lede.index;

import dev.lede.nlp.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The corpus entities a linking makes, gathered article by article as {@link Linking} hands them out: the
 * entities that share a key are one corpus entity, numbered in the order their keys first appear. Only one
 * group per corpus entity is held, and each document's entity ids in one array, so memory grows with the
 * distinct entities and the links, not with the entities of every article.
 */
final class EntityGroups implements Linking.Sink {

    private static final EntityType[] TYPES = EntityType.values();

    private final Map<String, Group> byKey = new HashMap<>();
    private final List<Group> groups = new ArrayList<>();
    /** Each document's entity ids start at {@code starts[doc]} in {@link #ids}; documents not annotated hold none. */
    private final int[] starts;
    private final BitSet annotated;
    private int[] ids = new int[1024];
    private int used;
    private int documentsDone;

    EntityGroups(int documents) {
        starts = new int[documents + 1];
        annotated = new BitSet(documents);
    }

    @Override
    public void sized(long entities) {
        if (entities > ids.length) ids = new int[Math.toIntExact(entities)];
    }

    @Override
    public void article(int doc, int entityCount, List<Linking.Occurrence> linked) {
        fillTo(doc);
        annotated.set(doc);
        int start = used;
        if (used + entityCount > ids.length) ids = Arrays.copyOf(ids, Math.max(used + entityCount, ids.length + (ids.length >> 1)));
        Arrays.fill(ids, start, start + entityCount, -1);
        used += entityCount;
        for (Linking.Occurrence o : linked) {
            Group group = byKey.get(o.key);
            if (group == null) {
                group = new Group(groups.size(), o.key);
                byKey.put(o.key, group);
                groups.add(group);
            }
            group.add(o);
            ids[start + o.index] = group.id;
        }
        starts[doc + 1] = used;
        documentsDone = doc + 1;
    }

    /** Documents with no annotation up to {@code doc} hold no ids. */
    private void fillTo(int doc) {
        for (int d = documentsDone; d < doc; d++) starts[d + 1] = used;
        documentsDone = doc;
    }

    /** The linking, once every article has been handed out. */
    CorpusEntities result(CorpusTypes types) {
        fillTo(starts.length - 1);
        List<CorpusEntity> entities = new ArrayList<>(groups.size());
        for (Group g : groups) entities.add(g.entity());
        // Sized exactly up front (sized): at a million articles a copy would be another 100 MB at the linking's peak.
        int[] all = used == ids.length ? ids : Arrays.copyOf(ids, used);
        return CorpusEntities.restored(entities, new DocumentEntities(starts, all, annotated), types);
    }

    /** One corpus entity as its articles' entities accumulate: what {@link #entity()} needs, and no more. */
    private static final class Group {
        final int id;
        final String key;
        /** The key without its prefix: a person's full name, an organization's or place's name. */
        final String core;
        /** Names it is written as, with how often each is its own (a full name, the name itself) and each another. */
        final Map<String, int[]> names = new HashMap<>(4);
        final int[] typeVotes = new int[TYPES.length];
        final TreeSet<String> forms = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        int[] docs = new int[1];
        int docCount;
        int mentions;

        Group(int id, String key) {
            this.id = id;
            this.key = key;
            this.core = key.substring(2);
        }

        void add(Linking.Occurrence o) {
            if (o.person) {
                // A person is shown as their articles write their full name, without a title.
                String prefix = core + "\u0000";
                o.fullForms.forEach((form, times) -> {
                    if (form.startsWith(prefix)) tally(form.substring(prefix.length()), 0, times);
                });
                tally(o.name, 1, 1);
            } else {
                tally(o.name, Linking.placeKey(o.name).equals(core) ? 0 : 1, 1);
            }
            typeVotes[o.type.ordinal()]++;
            forms.add(o.name);
            forms.addAll(o.aliases);
            if (docCount == 0 || docs[docCount - 1] != o.doc) {
                if (docCount == docs.length) docs = Arrays.copyOf(docs, docCount * 2);
                docs[docCount++] = o.doc;
            }
            mentions += o.mentionCount;
        }

        private void tally(String name, int own, int times) {
            names.computeIfAbsent(name, n -> new int[2])[own] += times;
        }

        /**
         * The form most of its articles use for the name itself (not "Blair" for Tony Blair), then the usual
         * name the alias table gives, then the shortest; the type most of its articles give.
         */
        CorpusEntity entity() {
            boolean anyOwn = names.values().stream().anyMatch(c -> c[0] > 0);
            int which = anyOwn ? 0 : 1;
            String name = names.entrySet().stream()
                    .filter(e -> e.getValue()[which] > 0)
                    .max(Comparator.<Map.Entry<String, int[]>>comparingInt(e -> e.getValue()[which])
                            .thenComparing(e -> Names.key(e.getKey()).equals(core))
                            .thenComparingInt(e -> -e.getKey().length())
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .orElseThrow().getKey();
            EntityType type = TYPES[0];
            for (EntityType t : TYPES) if (typeVotes[t.ordinal()] > typeVotes[type.ordinal()]) type = t;
            forms.remove(name);
            return new CorpusEntity(id, key, name, type, List.copyOf(forms), Arrays.copyOf(docs, docCount), mentions);
        }
    }
}
