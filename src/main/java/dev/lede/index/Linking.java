package dev.lede.index;

import dev.lede.nlp.AliasTable;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.Entity;
import dev.lede.nlp.GivenNames;
import dev.lede.nlp.EntityType;
import dev.lede.nlp.Mention;
import java.util.ArrayList;
import java.util.BitSet;
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
 *       Mr), its initial does, or no article of its section ({@link Sections}) names that person in full. Else it
 *       is keyed by the surname alone ("p?blair"), or by the initial and surname it is written with ("p?g
 *       easterby"). A word that is the given name of someone in the same article names no one and links
 *       nowhere.</li>
 *   <li>An organization or place is keyed by its name, or the usual name the alias table gives it
 *       ("n:united kingdom"). A name whose articles all-but-always appear as another's alias (the articles
 *       say "British Broadcasting Corporation" and "BBC") joins that one, if that one joins nothing itself, and is not
 *       its last words, nor its first words in only a few of the articles that write it alone.</li>
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
    /** Titles worn before a surname ("Mr Charles" is a surname; "Sir Alex" is a given name). */
    private static final Set<String> SURNAME_TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "lord", "prof", "professor");

    /**
     * One article's entity: its key once linked, and what the rule and the merged corpus entity need of it. It keeps
     * no {@link Entity} (its mentions, ids and rule names), only what the linking reads of it; a linking holds those of
     * one article at a time.
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

        Occurrence(int doc, int index, Entity entity) {
            this(doc, index, entity, CorpusTypes.mayRetype(entity));
        }

        /** A person's key is read from its mention texts, and an entity the corpus may retype may become a person. */
        private Occurrence(int doc, int index, Entity entity, boolean weak) {
            this(doc, index, entity.name(), entity.type(), entity.aliases(),
                    entity.type() == EntityType.PERSON || weak ? MentionTexts.of(entity) : null, entity.mentions().size(), weak);
        }

        private Occurrence(int doc, int index, String name, EntityType type, List<String> aliases, MentionTexts texts,
                           int mentionCount, boolean weak) {
            this.doc = doc;
            this.index = index;
            this.name = name;
            this.type = type;
            this.aliases = aliases;
            this.mentionCount = mentionCount;
            this.weak = weak;
            this.texts = weak ? texts : null;
            this.person = type == EntityType.PERSON;
            if (!person) {
                key = NAMED + placeKey(name);
                Set<String> own = new LinkedHashSet<>();
                own.add(placeKey(name));
                aliases.forEach(a -> own.add(placeKey(a)));
                own.remove("");
                forms = List.copyOf(own);
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
            // The name finder leaves a title out of the mentions ("Lord Falconer said" is a mention "Falconer") and
            // keeps the titled form as an alias.
            for (int a = 0; a < aliases.size() && title.isEmpty(); a++) title = Names.honorific(aliases.get(a));
            String full = votes.isEmpty() ? Names.fullName(Names.withoutHonorific(Names.key(name))) : mostVoted(votes, words);
            String bare = Names.withoutHonorific(Names.key(name));
            key = full.isEmpty() ? null : PERSON + full;
            surname = full.isEmpty() ? Names.lastWord(bare) : Names.lastWord(full);
            honorific = title;
            initial = firstLetter;
            fullMentions = Math.max(1, fullCount);
            fullForms = written;
        }

        /** The same entity as the corpus types it ({@link CorpusTypes#corpusType}): itself, or one of another type. */
        Occurrence typedAs(EntityType corpusType) {
            if (corpusType == type) return this;
            return new Occurrence(doc, index, name, corpusType, aliases, texts, mentionCount, weak);
        }

        boolean surnameOnly() {
            return person && key == null;
        }
    }

    private Linking() {
    }

    /** Receives each article's linked entities (OTHER left out), typed as the corpus types them, in document order. */
    interface Sink {
        /** Before the first article: how many entities (of every type) the articles to come hold in all. */
        void sized(long entities);

        /** An article's linked entities; none for an article left out ({@code skip}), which is handed out too. */
        void article(int doc, int entityCount, List<Occurrence> linked);
    }

    /**
     * Links every annotated entity (OTHER left out), each typed as the corpus types it, and hands each article's to
     * {@code sink} in document order; documents with {@code skip} true are left out. Three passes over the
     * annotations (which may be read from disk), so that only counts by name are held across the corpus, never its
     * entities: the types the corpus decides; then each surname's full-name counts, each person's titles and each
     * name's alias ties; then each article's keys.
     *
     * @return the types the corpus decided
     */
    static CorpusTypes link(List<Annotation> annotations, boolean[] skip, int[] sections, Sink sink) {
        int size = annotations.size();
        // Every pass sees the same documents, though annotations may arrive meanwhile (a live list).
        BitSet present = new BitSet(size);
        BitSet seen = new BitSet(size);
        long entities = 0;
        CorpusTypes.Counter votes = new CorpusTypes.Counter();
        for (int doc = 0; doc < size; doc++) {
            Annotation a = annotations.get(doc);
            if (a == null) continue;
            present.set(doc);
            entities += a.entities().size();
            if (skip != null && skip[doc]) continue;
            seen.set(doc);
            votes.add(a);
        }
        CorpusTypes types = votes.decide();
        CorpusCounts counts = new CorpusCounts();
        for (int doc = seen.nextSetBit(0); doc >= 0; doc = seen.nextSetBit(doc + 1)) {
            for (Occurrence o : typed(doc, annotations.get(doc), types)) counts.add(o, sectionOf(sections, doc));
        }
        Map<String, String> joins = counts.joins();
        sink.sized(entities);
        for (int doc = present.nextSetBit(0); doc >= 0; doc = present.nextSetBit(doc + 1)) {
            Annotation a = annotations.get(doc);
            if (!seen.get(doc)) {
                sink.article(doc, a.entities().size(), List.of());
                continue;
            }
            List<Occurrence> article = typed(doc, a, types);
            for (Occurrence o : article) {
                if (o.surnameOnly()) o.key = ownerOf(o, article, counts, sectionOf(sections, doc));
            }
            for (Occurrence o : article) {
                String target = o.person ? null : joins.get(o.key);
                if (target != null && !joins.containsKey(target)) o.key = target;
            }
            sink.article(doc, a.entities().size(), article);
        }
        return types;
    }

    private static int sectionOf(int[] sections, int doc) {
        return sections == null ? -1 : sections[doc];
    }

    /** An article's entities the linking keeps (not OTHER, as the corpus types them), in the article's order. */
    private static List<Occurrence> typed(int doc, Annotation a, CorpusTypes types) {
        List<Occurrence> article = new ArrayList<>();
        for (int i = 0; i < a.entities().size(); i++) {
            Entity e = a.entities().get(i);
            boolean weak = CorpusTypes.mayRetype(e);
            if (e.type() == EntityType.OTHER && !weak) continue;
            EntityType type = types.corpusType(e.name(), e.type(), weak);
            if (type != EntityType.OTHER) article.add(new Occurrence(doc, i, e).typedAs(type));
        }
        return article;
    }

    /** The full name a surname-only mention is linked to, by the article's own ties or the corpus's 90 % holder. */
    private static String ownerOf(Occurrence o, List<Occurrence> article, CorpusCounts counts, int section) {
        Set<String> sameSurname = new HashSet<>();
        for (Occurrence other : article) {
            if (!other.person || other.key == null || !other.key.startsWith(PERSON)) continue;
            String full = other.key.substring(PERSON.length());
            // "Charles" where the article names Charles Kennedy is his given name: it names no one on its own; but "Mr
            // Howard" where it names Howard Flight is a surname (the merger kept it apart, GivenNameAfterTitle).
            if (full.substring(0, full.indexOf(' ')).equals(o.surname) && !SURNAME_TITLES.contains(o.honorific)) {
                return GIVEN_NAME + o.doc + ":" + o.index;
            }
            if (other.surname.equals(o.surname)) sameSurname.add(other.key);
        }
        // "G Easterby" in an article that names Guy and Simon Easterby is Guy.
        if (!o.initial.isEmpty()) sameSurname.removeIf(key -> !key.startsWith(PERSON + o.initial));
        String owner;
        if (!sameSurname.isEmpty()) {
            if (sameSurname.size() > 1) return surnameOnlyKey(o);
            owner = sameSurname.iterator().next();
        } else if (counts.mostlyGivenName(o.surname) && !SURNAME_TITLES.contains(o.honorific)) {
            // "Charles" alone, in a corpus whose Charleses are mostly given names, is not Ray Charles.
            return surnameOnlyKey(o);
        } else {
            owner = CorpusCounts.holder(counts.fullMentionsBySurname.get(o.surname));
            // "Ferdinand" in the sport pages is not the band Franz Ferdinand that only the arts pages name in full.
            if (owner != null && !counts.namedInSection(owner, section)) return surnameOnlyKey(o);
        }
        if (owner == null || contradicts(o, owner, counts.gendersByPerson.getOrDefault(owner, Set.of()))) return surnameOnlyKey(o);
        return owner;
    }

    /**
     * The key of a person linked to no full name: the surname's own ("p?blair"), or with the initial written before it
     * ("p?g easterby"), so that G Easterby and S Easterby, two brothers on one team sheet, are not one person.
     */
    private static String surnameOnlyKey(Occurrence o) {
        return SURNAME_ONLY + (o.initial.isEmpty() ? "" : o.initial + " ") + o.surname;
    }

    /**
     * Mrs for someone never called Mrs and without a woman's given name, Mr for someone only ever called Mrs, Mr or
     * Lord for someone with a woman's given name ("Lord Falconer" is not Rebecca Falconer), or an initial that is not
     * the given name's.
     */
    private static boolean contradicts(Occurrence o, String owner, Set<String> ownerGenders) {
        String given = owner.substring(PERSON.length(), owner.indexOf(' '));
        if (!o.initial.isEmpty() && !given.startsWith(o.initial)) return true;
        String gender = gender(o.honorific);
        if (gender.isEmpty()) return false;
        if (gender.equals("f")) return !ownerGenders.contains("f") && !GivenNames.isWomans(given);
        return ownerGenders.contains("f") && !ownerGenders.contains("m") || GivenNames.isWomans(given) && !ownerGenders.contains("m");
    }

    static String gender(String honorific) {
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
     * An entity's distinct mention texts and how often each is written, in two arrays rather than a map. Mentions
     * mostly repeat a few forms, so each distinct one is keyed once; they are in the order a hash map filled in mention
     * order gives, as the first title found decides a person's.
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

    }

    /** An organization's or place's key: its name's, or the usual name the alias table gives it ("UK" → "united kingdom"). */
    static String placeKey(String form) {
        String lower = Names.spaced(form);
        if (lower.regionMatches(true, 0, "the ", 0, 4)) lower = lower.substring(4);
        String usual = AliasTable.usualName(lower).orElseGet(() -> AliasTable.usualName(Names.key(form)).orElse(null));
        return Names.key(usual != null ? usual : form);
    }
}
