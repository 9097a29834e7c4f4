package dev.lede.index;

import dev.lede.nlp.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names as users type them, worked out once per linking so a keystroke is a lookup: which entities a name
 * means ({@link #lookup}), and type-ahead ({@link #suggest}) over every name, alias and word of one.
 */
final class NameIndex {

    /** Type-ahead of up to three letters matches much of the corpus: its best answers are kept ready. */
    private static final int SHORT_PREFIX = 3;
    private static final int KEPT = 20;

    private final List<CorpusEntity> entities;
    private final Map<String, Integer> byKey = new HashMap<>();
    private final Map<String, List<Integer>> byForm = new HashMap<>();
    private final Map<String, List<Integer>> bySurname = new HashMap<>();
    /** Every name and alias (lower case), and each of their words to the end, sorted; with the entity of each. */
    private final String[] entryText;
    private final int[] entryId;
    private final boolean[] entryWhole;
    private final Map<String, int[]> bestByShortPrefix = new HashMap<>();
    private final int[] mostArticlesFirst;

    NameIndex(List<CorpusEntity> entities) {
        this.entities = entities;
        record Entry(String text, int id, boolean whole) {
        }
        List<Entry> entries = new ArrayList<>();
        for (CorpusEntity e : entities) {
            byKey.put(e.key(), e.id());
            Set<String> forms = new LinkedHashSet<>();
            forms.add(e.name());
            forms.addAll(e.aliases());
            Set<String> keys = new LinkedHashSet<>();
            for (String form : forms) {
                keys.add(Names.withoutHonorific(Names.key(form)));
                String lower = spaced(Names.withoutHonorificAsWritten(form));
                entries.add(new Entry(lower, e.id(), true));
                for (int i = lower.indexOf(' '); i >= 0; i = lower.indexOf(' ', i + 1)) entries.add(new Entry(lower.substring(i + 1), e.id(), false));
            }
            keys.remove("");
            for (String key : keys) byForm.computeIfAbsent(key, k -> new ArrayList<>(1)).add(e.id());
            if (e.type() == EntityType.PERSON && !e.key().startsWith(Linking.GIVEN_NAME)) {
                bySurname.computeIfAbsent(Names.lastWord(e.key().substring(2)), k -> new ArrayList<>(1)).add(e.id());
            }
        }
        Comparator<Entry> rank = Comparator.comparing((Entry x) -> !x.whole())
                .thenComparingInt(x -> -entities.get(x.id()).documentCount())
                .thenComparing(x -> entities.get(x.id()).name());
        entries.sort(rank);
        for (Entry x : entries) {
            for (int n = 1; n <= Math.min(SHORT_PREFIX, x.text().length()); n++) {
                int[] kept = bestByShortPrefix.computeIfAbsent(x.text().substring(0, n), k -> new int[] {0});
                if (kept[0] < KEPT && !contains(kept, x.id())) {
                    kept = Arrays.copyOf(kept, kept[0] + 2);
                    kept[kept[0] + 1] = x.id();
                    kept[0]++;
                    bestByShortPrefix.put(x.text().substring(0, n), kept);
                }
            }
        }
        entries.sort(Comparator.comparing(Entry::text));
        entryText = new String[entries.size()];
        entryId = new int[entries.size()];
        entryWhole = new boolean[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            entryText[i] = entries.get(i).text();
            entryId[i] = entries.get(i).id();
            entryWhole[i] = entries.get(i).whole();
        }
        mostArticlesFirst = entities.stream().sorted(Comparator.comparingInt((CorpusEntity e) -> -e.documentCount())
                .thenComparing(CorpusEntity::name)).mapToInt(CorpusEntity::id).toArray();
    }

    /** See {@link CorpusEntities#lookup}: ids, the exact names first, each part most articles first. */
    List<Integer> lookup(String typed) {
        String key = Names.withoutHonorific(Names.key(typed));
        if (key.isEmpty()) return List.of();
        Set<Integer> found = new LinkedHashSet<>();
        String full = Names.fullName(key);
        if (!full.isEmpty()) addKey(found, Linking.PERSON + full);
        addKey(found, Linking.NAMED + Linking.placeKey(typed));
        List<Integer> exact = byDocuments(found);
        Set<Integer> more = new LinkedHashSet<>();
        // One word is a surname where no organization or place has that name, or where the corpus uses it alone for a person.
        if (Names.isOneWord(key) && (found.isEmpty() || byKey.containsKey(Linking.SURNAME_ONLY + key))) {
            more.addAll(bySurname.getOrDefault(key, List.of()));
        }
        if (found.isEmpty() && more.isEmpty()) more.addAll(byForm.getOrDefault(key, List.of()));
        more.removeAll(found);
        List<Integer> all = new ArrayList<>(exact);
        all.addAll(byDocuments(more));
        return all;
    }

    /** Most articles first, then by name. */
    private List<Integer> byDocuments(Set<Integer> ids) {
        return ids.stream().sorted(Comparator.comparingInt((Integer id) -> -entities.get(id).documentCount())
                .thenComparing(id -> entities.get(id).name())).toList();
    }

    /** See {@link CorpusEntities#suggest}: names that start with it first, then most articles. */
    List<Integer> suggest(String typed, int limit) {
        String t = spaced(typed);
        if (t.isEmpty()) return Arrays.stream(mostArticlesFirst).limit(limit).boxed().toList();
        if (t.length() <= SHORT_PREFIX && limit <= KEPT) {
            int[] kept = bestByShortPrefix.getOrDefault(t, new int[] {0});
            return Arrays.stream(kept, 1, 1 + Math.min(limit, kept[0])).boxed().toList();
        }
        int from = firstAtLeast(t);
        int to = firstAtLeast(t + Character.MAX_VALUE);
        Map<Integer, Boolean> best = new HashMap<>();
        for (int i = from; i < to; i++) best.merge(entryId[i], entryWhole[i], Boolean::logicalOr);
        return best.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Integer, Boolean> e) -> !e.getValue())
                        .thenComparingInt(e -> -entities.get(e.getKey()).documentCount())
                        .thenComparing(e -> entities.get(e.getKey()).name()))
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    private void addKey(Set<Integer> found, String key) {
        Integer id = byKey.get(key);
        if (id != null) found.add(id);
    }

    private int firstAtLeast(String text) {
        int lo = 0;
        int hi = entryText.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (entryText[mid].compareTo(text) < 0) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static boolean contains(int[] kept, int id) {
        for (int i = 1; i <= kept[0]; i++) if (kept[i] == id) return true;
        return false;
    }

    private static String spaced(String form) {
        return Names.spaced(form).toLowerCase(Locale.ROOT);
    }
}
