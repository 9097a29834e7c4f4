package dev.lede.index;

import dev.lede.index.Linking.Occurrence;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static dev.lede.index.Linking.NAMED;
import static dev.lede.index.Linking.PERSON;

/** What {@link Linking} needs to know of the whole corpus: counts by name, no entity. */
final class CorpusCounts {
    final Map<String, Map<String, Integer>> fullMentionsBySurname = new HashMap<>();
    final Map<String, Set<String>> gendersByPerson = new HashMap<>();
    /** For a word, the people named in full who have it as given name, and as surname (an article each). */
    private final Map<String, Integer> givenNameUses = new HashMap<>();
    private final Map<String, Integer> surnameUses = new HashMap<>();
    /** For a name, the organizations and places that have it as an alias, and in how many articles. */
    private final Map<String, Map<String, Integer>> tiedTo = new HashMap<>();
    /** For every organization's and place's key, the articles that name it by that key. */
    private final Map<String, Integer> articles = new HashMap<>();
    /** For a person's full-name key, the sections ({@link Sections}) of the articles that name them in full. */
    private final Map<String, BitSet> sectionsByPerson = new HashMap<>();

    /** @param section the article's section ({@link Sections}), or -1 where sections are not told apart */
    void add(Occurrence o, int section) {
        if (o.person) {
            if (o.key == null) return;
            if (section >= 0) sectionsByPerson.computeIfAbsent(o.key, k -> new BitSet()).set(section);
            fullMentionsBySurname.computeIfAbsent(o.surname, s -> new HashMap<>()).merge(o.key, o.fullMentions, Integer::sum);
            givenNameUses.merge(o.key.substring(PERSON.length(), o.key.indexOf(' ')), 1, Integer::sum);
            surnameUses.merge(o.surname, 1, Integer::sum);
            if (!o.honorific.isEmpty()) gendersByPerson.computeIfAbsent(o.key, k -> new HashSet<>()).add(Linking.gender(o.honorific));
            return;
        }
        articles.merge(o.key, 1, Integer::sum);
        for (String form : o.forms) {
            String key = NAMED + form;
            if (!key.equals(o.key)) tiedTo.computeIfAbsent(key, k -> new HashMap<>()).merge(o.key, 1, Integer::sum);
        }
    }

    /**
     * An organization's or place's name whose articles tie it, 90 % of the times any does, to one longer
     * name joins that name's entity, unless that one joins another itself: one step, never a chain. Not a
     * name the longer one ends with (words in front make another body, or a name run on: "Four-Kings Intel"),
     * nor one the longer one starts with where fewer than a third of the articles naming it alone are tied to
     * it: one article's "Bank of America Stadium (Bank of America)" does not make every Bank of America a stadium.
     */
    Map<String, String> joins() {
        Map<String, String> joins = new HashMap<>();
        for (String key : articles.keySet()) {
            Map<String, Integer> ties = tiedTo.get(key);
            String target = holder(ties);
            if (target != null && target.length() > key.length() && holds(key, target, ties.get(target))) joins.put(key, target);
        }
        return joins;
    }

    /** Whether an article of the section names the person in full; always, where sections are not told apart (-1). */
    boolean namedInSection(String personKey, int section) {
        if (section < 0) return true;
        BitSet sections = sectionsByPerson.get(personKey);
        return sections != null && sections.get(section);
    }

    /** Whether the corpus writes the word as people's given name at least as often as a surname ("Charles", "David"). */
    boolean mostlyGivenName(String word) {
        return givenNameUses.getOrDefault(word, 0) >= Math.max(1, surnameUses.getOrDefault(word, 0));
    }

    private boolean holds(String key, String target, int ties) {
        String name = key.substring(NAMED.length());
        String longer = target.substring(NAMED.length());
        if (longer.endsWith(" " + name)) return false;
        return !longer.startsWith(name + " ") || ties * 3 >= articles.getOrDefault(key, 0);
    }

    /** The key with at least 90 % of the counts (a surname's full-name mentions, a name's alias ties), or null. */
    static String holder(Map<String, Integer> byFullName) {
        if (byFullName == null) return null;
        int total = 0;
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : byFullName.entrySet()) {
            total += e.getValue();
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return bestCount * 10L >= total * 9L ? best : null;
    }
}
