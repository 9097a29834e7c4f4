package dev.lede.nlp;

import dev.lede.nlp.NameFinder.Name;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the names of one text into entities: "Brig. Gen. Masoud Jazayeri" and "Jazayeri" are one
 * person, "US" and "United States" one place, "IETF" and "Internet Engineering Task Force" one body.
 */
final class EntityMerger {

    /** Compiled once: a regular expression given to String.split or replaceAll is compiled at every call. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final Lexicon lex;

    EntityMerger(Lexicon lexicon) {
        this.lex = lexicon;
    }

    /** People, unlike places and bodies, are named again by their last word: "Methat Shalaby … Shalaby said". */
    static final TypeRules.Verdict NAMED_AGAIN_BY_SURNAME =
            new TypeRules.Verdict("named-again-by-surname", EntityType.PERSON, TypeRules.Weight.HEAD_WORD);

    static final class Group {
        final List<Name> names = new ArrayList<>();
        final String key;
        /** The key's words, split once: every pair of groups compared asks for them. */
        private final List<String> words;

        Group(String key) {
            this.key = key;
            this.words = List.of(key.split(" "));
        }

        List<String> words() {
            return words;
        }

        /** Whether the group's first name has no lower-case letter ("IETF"), asked for every longer group it meets. */
        boolean firstNameInCapitals() {
            if (firstNameInCapitals == null) {
                firstNameInCapitals = names.get(0).text().chars().allMatch(c -> !Character.isLowerCase(c));
            }
            return firstNameInCapitals;
        }

        private Boolean firstNameInCapitals;

        EntityType type() {
            return verdict().type();
        }

        /** The type most surely given to the group's names, and the rule that gave it most surely. */
        TypeRules.Verdict verdict() {
            // Asked for every pair of groups while merging; names are only ever added, so their count keys the answer.
            if (verdict == null || verdictNames != names.size()) {
                verdict = decide();
                verdictNames = names.size();
            }
            return verdict;
        }

        private TypeRules.Verdict verdict;
        private int verdictNames;

        private TypeRules.Verdict decide() {
            if (isReferredToBySurname()) return NAMED_AGAIN_BY_SURNAME;
            Map<EntityType, Integer> score = new LinkedHashMap<>();
            // An abbreviation says nothing of its own about what "Digital Subscriber Line (DSL)" is: the words do.
            boolean spelledOut = names.stream().anyMatch(n -> n.text().indexOf(' ') > 0);
            List<Name> counted = names.stream().filter(n -> !(spelledOut && isAbbreviation(n.text()))).toList();
            if (counted.isEmpty()) counted = List.of(names.get(0));
            // "Dutch retailer Ahold … Ahold hit the headlines … Ahold was", "CHARLOTTE — … in Charlotte": mentions typed
            // from the name alone say nothing against the one that a telling word typed.
            if (counted.stream().anyMatch(n -> n.type() != EntityType.OTHER && n.confidence() >= TypeRules.Weight.NEIGHBOUR)) {
                counted = counted.stream().filter(n -> !TypeRules.isGuessFromTheNameAlone(n.rule())).toList();
            }
            for (Name n : counted) score.merge(n.type(), 1 + 4 * n.confidence(), Integer::sum);
            EntityType winner = score.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            Name surest = counted.stream().filter(n -> n.type() == winner).max(Comparator.comparingInt(Name::confidence)).orElseThrow();
            return new TypeRules.Verdict(surest.rule(), winner, surest.confidence());
        }

        private static boolean isAbbreviation(String text) {
            return text.indexOf(' ') < 0 && text.chars().noneMatch(Character::isLowerCase);
        }

        /** "Methat Shalaby … Shalaby said": people, unlike places and bodies, are named again by their last word. */
        private boolean isReferredToBySurname() {
            Name longest = names.stream().max(Comparator.comparingInt(n -> WHITESPACE.split(n.text()).length)).orElseThrow();
            String[] full = WHITESPACE.split(longest.text());
            if (full.length < 2 || longest.type() == EntityType.LOCATION || longest.type() == EntityType.ORGANIZATION) return false;
            // "Hurricane Dorian … Dorian": a name surely not a person's stays so.
            if (longest.type() == EntityType.OTHER && longest.confidence() >= TypeRules.Weight.NEIGHBOUR) return false;
            Lexicon lex = Lexicon.get();
            if (lex.isOrganization(full[0]) || lex.isLocation(full[0])) return false; // "Apple Mac … the Mac"
            if (!full[0].chars().allMatch(Character::isLetter)) return false; // "V8 Vantage … the Vantage": no given name
            if (full.length > 3 && !lex.firstNames.contains(full[0].toLowerCase(java.util.Locale.ROOT))) return false;
            String surname = surname(List.of(full), lex);
            // "the National Mall … the Mall", "the Grateful Dead … the Dead": "the" is never written before a surname.
            return names.stream().anyMatch(n -> n.text().equals(surname) && !n.afterThe());
        }

        /** Asked at every comparison while the groups are sorted, hence a loop rather than a stream. */
        int firstStart() {
            if (names.isEmpty()) return 0;
            int first = Integer.MAX_VALUE;
            for (Name n : names) first = Math.min(first, n.start());
            return first;
        }
    }

    List<Entity> merge(List<Name> names) {
        Map<String, Group> byKey = new LinkedHashMap<>();
        // "TimeWarner" and "Time Warner", "Al-Awsat" and "Al Awsat": one name however it is spaced.
        Map<String, String> keyBySpelling = new LinkedHashMap<>();
        for (Name n : names) {
            String key = key(n);
            key = keyBySpelling.computeIfAbsent(key.replace(" ", "").replace("-", ""), spelling -> key(n));
            byKey.computeIfAbsent(key, Group::new).names.add(n);
        }
        List<Group> groups = new ArrayList<>(byKey.values());
        // Shorter forms join the longer names they abbreviate; longest first so chains settle in one pass.
        groups.sort(Comparator.comparingInt((Group g) -> g.words().size()).thenComparingInt(Group::firstStart));
        List<Group> merged = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            List<Group> targets = new ArrayList<>();
            for (int j = i + 1; j < groups.size(); j++) {
                if (abbreviates(g, groups.get(j), byKey.keySet())) targets.add(groups.get(j));
            }
            if (targets.isEmpty()) {
                Group misspelt = MisspeltSurname.personOf(g, groups, lex);
                if (misspelt != null) misspelt.names.addAll(g.names);
                else merged.add(g);
                continue;
            }
            targets = SurnameOverBody.targets(g, targets, lex);
            SharedSurname surname = SharedSurname.of(g, targets, lex);
            for (Name n : g.names) {
                Group bearer = surname == null ? null : surname.bearer(n);
                (bearer != null ? bearer : nearest(targets, n.start())).names.add(n);
            }
        }
        merged.sort(Comparator.comparingInt(Group::firstStart));
        List<Entity> out = new ArrayList<>();
        for (Group g : merged) out.add(entity("e" + (out.size() + 1), g, lex));
        return out;
    }

    private String key(Name n) {
        // "O’Neill" and "O'Neill" are one name, whichever apostrophe the text or the keyboard used.
        String spaced = WHITESPACE.matcher(n.text()).replaceAll(" ").replace('\u2019', '\'');
        // "The Times" opening a sentence and "the Times" inside one are one paper.
        if (spaced.regionMatches(true, 0, "the ", 0, 4)) spaced = spaced.substring(4);
        String key = lex.canonical(spaced);
        // "Donald J. Trump" and "George W Bush" are "Donald Trump" and "George Bush".
        String[] words = key.split(" ");
        boolean personLike = n.type() != EntityType.ORGANIZATION && n.type() != EntityType.LOCATION;
        if (words.length >= 3 && personLike) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < words.length; i++) {
                boolean initial = i > 0 && i < words.length - 1 && words[i].replace(".", "").length() == 1;
                if (!initial) b.append(b.length() > 0 ? " " : "").append(words[i]);
            }
            key = b.toString();
        }
        return key;
    }

    /**
     * Is {@code shorter} another way of writing {@code longer}: surname, first name, leading words, initials? {@code keys}
     * are the keys of all the text's groups.
     */
    private boolean abbreviates(Group shorter, Group longer, Set<String> keys) {
        List<String> s = shorter.words();
        List<String> l = longer.words();
        if (s.size() >= l.size()) return false;
        EntityType st = shorter.type();
        EntityType lt = longer.type();
        boolean personLike = lt == EntityType.PERSON || lt == EntityType.OTHER;
        // "Jordan said" where the article names Jim Jordan: a place named only by a list speaks as the person.
        boolean weakPlace = st == EntityType.LOCATION && (shorter.names.stream().allMatch(n -> n.confidence() <= 1)
                || lt == EntityType.PERSON && shorter.names.stream().anyMatch(Name::speaks));
        if (personLike && (st != EntityType.LOCATION || weakPlace)) {
            if (l.subList(l.size() - s.size(), l.size()).equals(s)) return true;
            // "Joseph R. Biden Jr." is named again as "Biden": a generational suffix is not the surname.
            if (s.size() == 1 && l.size() > 2 && surname(l, lex).equals(s.get(0))) return true;
            // "Mr Howard" is no Howard Flight, whom the text calls "Mr Flight": after "Mr" a lone word is a surname.
            if (s.size() == 1 && l.get(0).equals(s.get(0)) && lt == EntityType.PERSON && st == EntityType.PERSON
                    && !(keys.contains(surname(l, lex)) && GivenNameAfterTitle.followsSurnameTitle(shorter.names, lex))) {
                return true;
            }
            // "Robert Mugabe" is "Robert Gabriel Mugabe" without the middle name.
            if (s.size() >= 2 && st != EntityType.ORGANIZATION && l.get(0).equals(s.get(0)) && l.get(l.size() - 1).equals(s.get(s.size() - 1))) {
                return true;
            }
        }
        if (lt == EntityType.ORGANIZATION && st != EntityType.LOCATION) {
            if (l.subList(0, s.size()).equals(s) && !lex.isOrganization(shorter.key)) return true;
            if (s.size() == 1 && isInitials(shorter.key, l)) return true;
            if (BodyNameTail.shortens(shorter, longer, keys)) return true;
            if (st == EntityType.ORGANIZATION && LeadingInitials.abbreviates(shorter, longer)) return true;
            if (DepartmentShortName.names(s, l)) return true;
        }
        if (lt == EntityType.LOCATION && st == EntityType.LOCATION && l.subList(0, s.size()).equals(s)
                && lex.locationWords.contains(l.get(l.size() - 1)) && !lex.isLocation(shorter.key)) {
            return true; // "Guantanamo" is "Guantanamo Bay"
        }
        // The capitals first: most single words are not acronyms, and spelling out the initials is the dearer question.
        return s.size() == 1 && shorter.firstNameInCapitals() && isInitials(shorter.key, l);
    }

    /** A name's last word, or the word before a generational suffix ("Joseph R. Biden Jr." → "Biden"). */
    static String surname(List<String> words, Lexicon lex) {
        String last = words.get(words.size() - 1);
        return words.size() > 2 && lex.nameSuffixes.contains(last.toLowerCase(Locale.ROOT))
                ? words.get(words.size() - 2).replaceAll(",$", "") : last;
    }

    private boolean isInitials(String acronym, List<String> words) {
        String a = acronym.replace(".", "");
        if (a.length() < 2) return false;
        StringBuilder all = new StringBuilder();
        StringBuilder content = new StringBuilder();
        StringBuilder parts = new StringBuilder(); // "AFP" is Agence France-Presse
        for (String w : words) {
            all.append(w.charAt(0));
            if (!lex.initialsSkipped.contains(w)) content.append(w.charAt(0));
            for (String part : w.split("-")) if (!part.isEmpty() && !lex.initialsSkipped.contains(part)) parts.append(part.charAt(0));
        }
        return a.equals(all.toString()) || a.equals(content.toString()) || a.equals(parts.toString());
    }

    /** The group with the latest name before {@code position}, else the one named first after it. */
    static Group nearest(List<Group> targets, int position) {
        Group best = null;
        int bestStart = -1;
        for (Group t : targets) {
            for (Name n : t.names) {
                if (n.start() < position && n.start() > bestStart) {
                    best = t;
                    bestStart = n.start();
                }
            }
        }
        if (best != null) return best;
        return targets.stream().min(Comparator.comparingInt(Group::firstStart)).orElseThrow();
    }

    private static Entity entity(String id, Group g, Lexicon lex) {
        List<Name> names = new ArrayList<>(g.names);
        names.sort(Comparator.comparingInt(Name::start));
        String name = withoutEpithet(names.stream().map(Name::text)
                .max(Comparator.comparingInt((String t) -> WHITESPACE.split(t).length).thenComparingInt(String::length)
                        .thenComparing(Comparator.reverseOrder()))
                .orElseThrow(), names, lex);
        Set<String> aliases = new LinkedHashSet<>();
        List<Mention> mentions = new ArrayList<>();
        for (Name n : names) {
            mentions.add(new Mention(n.start(), n.end(), n.text()));
            if (!n.text().equals(name)) aliases.add(n.text());
            if (n.titled() != null && !n.titled().equals("the")) aliases.add(n.titled() + " " + n.text());
        }
        aliases.remove(name);
        TypeRules.Verdict verdict = g.verdict();
        return new Entity(id, name, verdict.type(), List.copyOf(aliases), mentions, verdict.rule());
    }

    /**
     * "Crooked Hillary Clinton", written once where the article writes "Hillary Clinton" again and again: an adjective
     * (not a given name too) before a person's full name, written once, is an epithet, not the person's name.
     */
    private static String withoutEpithet(String longest, List<Name> names, Lexicon lex) {
        String[] words = WHITESPACE.split(longest);
        String first = words[0].toLowerCase(Locale.ROOT);
        if (words.length < 3 || !lex.adjectives.contains(first) || lex.firstNames.contains(first)) return longest;
        String rest = longest.substring(longest.indexOf(words[1], words[0].length()));
        if (!lex.firstNames.contains(words[1].toLowerCase(Locale.ROOT))) return longest;
        long once = names.stream().filter(n -> n.text().equals(longest)).count();
        long without = names.stream().filter(n -> n.text().equals(rest)).count();
        return once == 1 && without >= 2 ? rest : longest;
    }
}
