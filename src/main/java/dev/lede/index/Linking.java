package dev.lede.index;

import dev.lede.nlp.AliasTable;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityType;
import dev.lede.nlp.Mention;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The linking rule (README, "How articles are linked"): gives every article's entity one corpus key, decided
 * from that article and from counts over the corpus, never from another entity's links, so links cannot chain.
 *
 * <ul>
 *   <li>A person named by given name and surname is keyed by them ("p:tony blair").</li>
 *   <li>A person named by surname only takes the full name the same article gives someone of that surname;
 *       failing that, the full name that holds at least 90 % of the corpus's full-name mentions of it, unless
 *       the article names another person of that surname, its title contradicts (Mrs where that person is
 *       Mr), or its initial does. Else it is keyed by the surname alone ("p?blair"). A word that is the given
 *       name of someone in the same article names no one and links nowhere.</li>
 *   <li>An organization or place is keyed by its name, or the usual name the alias table gives it
 *       ("n:united kingdom"). A name whose articles all-but-always appear as another's alias (the articles
 *       say "British Broadcasting Corporation" and "BBC") joins that one, if that one joins nothing itself.</li>
 * </ul>
 */
final class Linking {

    static final String PERSON = "p:";
    static final String SURNAME_ONLY = "p?";
    static final String NAMED = "n:";
    /** A given name used alone: an entity of its one article, linked to nothing. */
    static final String GIVEN_NAME = "g:";

    private static final Set<String> MALE = Set.of("mr", "sir", "lord");
    private static final Set<String> FEMALE = Set.of("mrs", "ms", "miss", "dame", "lady");

    /**
     * One article's entity: its key once linked, and what the rule and the merged corpus entity need of it. It keeps
     * no {@link Entity} (its mentions, ids and rule names): a linking holds one per entity of every article at once,
     * so each keeps only its name, aliases and counts, their strings shared across articles ({@link Strings}).
     */
    static final class Occurrence {
        final int doc;
        final int index;
        final String name;
        final EntityType type;
        final List<String> aliases;
        final int mentionCount;
        /** Whether its own evidence is weak, so the corpus may type it ({@link CorpusTypes#corpusType}). */
        final boolean weak;
        final boolean person;
        /** "p:tony blair", "n:united kingdom"; for a person named by surname only, null until linked. */
        String key;
        /** Own forms (keyed), for organizations and places; a person's surname. */
        final List<String> forms;
        final String surname;
        final String honorific;
        final String initial;
        final int fullMentions;
        /** A person's full-name mentions as written (no title), each after its full-name key and a NUL, with their counts. */
        final Map<String, Integer> fullForms;
        /** Its distinct mention texts and how often each is written, kept only where the corpus may retype it. */
        private final MentionTexts texts;

        Occurrence(int doc, int index, Entity entity, Strings strings) {
            this(doc, index, entity, CorpusTypes.mayRetype(entity), strings);
        }

        /** A person's key is read from its mention texts, and an entity the corpus may retype may become a person. */
        private Occurrence(int doc, int index, Entity entity, boolean weak, Strings strings) {
            this(doc, index, strings.of(entity.name()), entity.type(), strings.of(entity.aliases()),
                    entity.type() == EntityType.PERSON || weak ? MentionTexts.of(entity) : null, entity.mentions().size(), weak, strings);
        }

        private Occurrence(int doc, int index, String name, EntityType type, List<String> aliases, MentionTexts texts,
                           int mentionCount, boolean weak, Strings strings) {
            this.doc = doc;
            this.index = index;
            this.name = name;
            this.type = type;
            this.aliases = aliases;
            this.mentionCount = mentionCount;
            this.weak = weak;
            this.texts = weak ? texts.sharedIn(strings) : null;
            this.person = type == EntityType.PERSON;
            if (!person) {
                key = strings.of(NAMED + placeKey(name));
                Set<String> own = new LinkedHashSet<>();
                own.add(placeKey(name));
                aliases.forEach(a -> own.add(placeKey(a)));
                own.remove("");
                forms = strings.of(List.copyOf(own));
                surname = honorific = initial = "";
                fullMentions = 0;
                fullForms = Map.of();
                return;
            }
            forms = List.of();
            String title = "";
            String firstLetter = "";
            int fullCount = 0;
            Map<String, Integer> votes = new HashMap<>();
            Map<String, Integer> words = new HashMap<>();
            Map<String, Integer> written = new HashMap<>();
            for (int t = 0; t < texts.texts.length; t++) {
                String text = texts.texts[t];
                int times = texts.counts[t];
                String k = Names.withoutHonorific(Names.key(text));
                String f = Names.fullName(k);
                if (!f.isEmpty()) {
                    fullCount += times;
                    votes.merge(f, times, Integer::sum);
                    words.merge(f, k.split(" ").length, Math::min);
                    written.merge(f + "\u0000" + Names.withoutHonorificAsWritten(text), times, Integer::sum);
                }
                if (title.isEmpty()) title = Names.honorific(text);
                if (!Names.isOneWord(k) && Names.isInitial(k.substring(0, k.indexOf(' ')))) firstLetter = k.substring(0, 1);
            }
            String full = votes.isEmpty() ? Names.fullName(Names.withoutHonorific(Names.key(name))) : mostVoted(votes, words);
            String bare = Names.withoutHonorific(Names.key(name));
            key = full.isEmpty() ? null : strings.of(PERSON + full);
            surname = strings.of(full.isEmpty() ? Names.lastWord(bare) : Names.lastWord(full));
            honorific = strings.of(title);
            initial = strings.of(firstLetter);
            fullMentions = Math.max(1, fullCount);
            fullForms = strings.of(written);
        }

        /** The same entity as the corpus types it ({@link CorpusTypes#corpusType}): itself, or one of another type. */
        Occurrence typedAs(EntityType corpusType, Strings strings) {
            if (corpusType == type) return this;
            return new Occurrence(doc, index, name, corpusType, aliases, texts, mentionCount, weak, strings);
        }

        boolean surnameOnly() {
            return person && key == null;
        }
    }

    private Linking() {
    }

    /** Every annotated entity (OTHER left out), keyed and typed as the corpus types it ({@link #types}). */
    record Linked(List<Occurrence> occurrences, CorpusTypes types) {
    }

    /**
     * Every annotated entity (OTHER left out), keyed, each typed as the corpus types it; documents with {@code skip}
     * true are left out. One pass over the annotations (which may be read from disk): the entities the corpus may
     * yet type are kept aside until every article has voted.
     */
    static Linked link(List<Annotation> annotations, boolean[] skip) {
        CorpusTypes.Counter votes = new CorpusTypes.Counter();
        Strings strings = new Strings();
        List<Occurrence> all = new ArrayList<>();
        for (int doc = 0; doc < annotations.size(); doc++) {
            Annotation a = annotations.get(doc);
            if (a == null || skip != null && skip[doc]) continue;
            votes.add(a);
            for (int i = 0; i < a.entities().size(); i++) {
                Entity e = a.entities().get(i);
                if (e.type() != EntityType.OTHER || CorpusTypes.mayRetype(e)) all.add(new Occurrence(doc, i, e, strings));
            }
        }
        CorpusTypes types = votes.decide();
        List<Occurrence> typed = new ArrayList<>(all.size());
        Map<String, Map<String, Integer>> fullMentionsBySurname = new HashMap<>();
        Map<String, Set<String>> gendersByPerson = new HashMap<>();
        for (Occurrence candidate : all) {
            EntityType type = types.corpusType(candidate.name, candidate.type, candidate.weak);
            if (type == EntityType.OTHER) continue;
            Occurrence o = candidate.typedAs(type, strings);
            if (o.person && o.key != null) {
                fullMentionsBySurname.computeIfAbsent(o.surname, s -> new HashMap<>()).merge(o.key, o.fullMentions, Integer::sum);
                if (!o.honorific.isEmpty()) gendersByPerson.computeIfAbsent(o.key, k -> new HashSet<>()).add(gender(o.honorific));
            }
            typed.add(o);
        }
        all = typed;
        linkSurnames(all, fullMentionsBySurname, gendersByPerson);
        joinAliases(all);
        return new Linked(all, types);
    }

    private static void linkSurnames(List<Occurrence> all, Map<String, Map<String, Integer>> counts, Map<String, Set<String>> genders) {
        int start = 0;
        while (start < all.size()) {
            int end = start;
            while (end < all.size() && all.get(end).doc == all.get(start).doc) end++;
            List<Occurrence> article = all.subList(start, end);
            for (Occurrence o : article) {
                if (o.surnameOnly()) o.key = ownerOf(o, article, counts, genders);
            }
            start = end;
        }
    }

    /** The full name a surname-only mention is linked to, by the article's own ties or the corpus's 90 % holder. */
    private static String ownerOf(Occurrence o, List<Occurrence> article, Map<String, Map<String, Integer>> counts,
                                  Map<String, Set<String>> genders) {
        Set<String> sameSurname = new HashSet<>();
        for (Occurrence other : article) {
            if (!other.person || other.key == null || !other.key.startsWith(PERSON)) continue;
            String full = other.key.substring(PERSON.length());
            // "Charles" where the article names Charles Kennedy is his given name: it names no one on its own.
            if (full.substring(0, full.indexOf(' ')).equals(o.surname)) return GIVEN_NAME + o.doc + ":" + o.index;
            if (other.surname.equals(o.surname)) sameSurname.add(other.key);
        }
        String owner;
        if (!sameSurname.isEmpty()) {
            if (sameSurname.size() > 1) return SURNAME_ONLY + o.surname;
            owner = sameSurname.iterator().next();
        } else {
            owner = corpusHolder(counts.get(o.surname));
        }
        if (owner == null || contradicts(o, owner, genders.getOrDefault(owner, Set.of()))) return SURNAME_ONLY + o.surname;
        return owner;
    }

    /** The full name with at least 90 % of a surname's full-name mentions, or null. */
    private static String corpusHolder(Map<String, Integer> byFullName) {
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

    /** Mrs for someone only ever called Mr (or the reverse), or an initial that is not the given name's. */
    private static boolean contradicts(Occurrence o, String owner, Set<String> ownerGenders) {
        String given = owner.substring(PERSON.length(), owner.indexOf(' '));
        if (!o.initial.isEmpty() && !given.startsWith(o.initial)) return true;
        String gender = gender(o.honorific);
        if (gender.isEmpty()) return false;
        if (gender.equals("f")) return !ownerGenders.contains("f");
        return ownerGenders.contains("f") && !ownerGenders.contains("m");
    }

    private static String gender(String honorific) {
        return MALE.contains(honorific) ? "m" : FEMALE.contains(honorific) ? "f" : "";
    }

    /**
     * A person's full name as the article writes it: the one most of its full-name mentions use, then the
     * one of fewest words ("Robert Kilroy-Silk", not "Robert Kilroy-Silk Party").
     */
    private static String mostVoted(Map<String, Integer> votes, Map<String, Integer> words) {
        return votes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparingInt(v -> -words.get(v.getKey()))
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElseThrow();
    }

    /**
     * An organization's or place's name whose articles tie it, 90 % of the times any does, to one longer
     * name joins that name's entity, unless that one joins another itself: one step, never a chain.
     */
    private static void joinAliases(List<Occurrence> all) {
        Set<String> keys = new HashSet<>();
        Map<String, Map<String, Integer>> tiedTo = new HashMap<>();
        for (Occurrence o : all) {
            if (o.person) continue;
            keys.add(o.key);
            for (String form : o.forms) {
                String key = NAMED + form;
                if (!key.equals(o.key)) tiedTo.computeIfAbsent(key, k -> new HashMap<>()).merge(o.key, 1, Integer::sum);
            }
        }
        Map<String, String> joins = new HashMap<>();
        for (String key : keys) {
            String target = corpusHolder(tiedTo.get(key));
            if (target != null && target.length() > key.length()) joins.put(key, target);
        }
        for (Occurrence o : all) {
            String target = o.person ? null : joins.get(o.key);
            if (target != null && !joins.containsKey(target)) o.key = target;
        }
    }

    /**
     * An entity's distinct mention texts and how often each is written, in two arrays rather than a map (a linking may
     * keep hundreds of thousands). Mentions mostly repeat a few forms, so each distinct one is keyed once; they are in
     * the order a hash map filled in mention order gives, as the first title found decides a person's.
     */
    private record MentionTexts(String[] texts, int[] counts) {

        static MentionTexts of(Entity entity) {
            Map<String, Integer> distinct = new HashMap<>();
            for (Mention m : entity.mentions()) distinct.merge(m.text(), 1, Integer::sum);
            String[] texts = new String[distinct.size()];
            int[] counts = new int[distinct.size()];
            int i = 0;
            for (Map.Entry<String, Integer> t : distinct.entrySet()) {
                texts[i] = t.getKey();
                counts[i++] = t.getValue();
            }
            return new MentionTexts(texts, counts);
        }

        /** These texts as the linking's one copy of each, for those it keeps (only texts kept are shared). */
        MentionTexts sharedIn(Strings strings) {
            for (int i = 0; i < texts.length; i++) texts[i] = strings.of(texts[i]);
            return this;
        }
    }

    /**
     * One copy of each string (and list and map of strings) a linking keeps: the same names recur in thousands of
     * articles, and each article's annotation, read from disk, brings its own copies.
     */
    static final class Strings {
        private final Map<Object, Object> shared = new HashMap<>();

        String of(String s) {
            return share(s);
        }

        List<String> of(List<String> list) {
            if (list.isEmpty()) return List.of();
            List<String> copy = new ArrayList<>(list.size());
            for (String s : list) copy.add(of(s));
            return share(List.copyOf(copy));
        }

        Map<String, Integer> of(Map<String, Integer> map) {
            if (map.isEmpty()) return Map.of();
            Map<String, Integer> copy = new HashMap<>(map.size() * 2);
            map.forEach((k, v) -> copy.put(of(k), v));
            return share(Map.copyOf(copy));
        }

        @SuppressWarnings("unchecked")
        private <T> T share(T value) {
            return value == null ? null : (T) shared.computeIfAbsent(value, v -> v);
        }
    }

    /** An organization's or place's key: its name's, or the usual name the alias table gives it ("UK" → "united kingdom"). */
    static String placeKey(String form) {
        String lower = Names.spaced(form);
        if (lower.regionMatches(true, 0, "the ", 0, 4)) lower = lower.substring(4);
        String usual = AliasTable.usualName(lower).orElseGet(() -> AliasTable.usualName(Names.key(form)).orElse(null));
        return Names.key(usual != null ? usual : form);
    }
}
