package dev.lede.index;

import dev.lede.cli.Main;
import dev.lede.model.Library;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Lists the links a reader should doubt, for reading by eye (QUALITY.md, "Linking audit"): people whose articles write
 * them with different initials, names joined to a longer name, and surname-only people linked to a full name their
 * article never writes. Run on a corpus of your own: it annotates with the current annotator, without the cache.
 */
public final class LinkingAudit {

    private LinkingAudit() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> paths = new ArrayList<>();
        for (String a : args) paths.add(Path.of(a));
        try (Library library = Main.open(paths, null, true, System.getenv()).library()) {
            library.shown();
            while (library.annotatedCount() < library.size() || library.isLinkingBehind()) Thread.sleep(200);
            Map<Integer, Map<String, Integer>> namesOf = new HashMap<>();
            Map<Integer, Map<String, Integer>> joinedKeys = new HashMap<>();
            Map<String, List<String>> bySurnameAlone = new TreeMap<>();
            for (int doc = 0; doc < library.size(); doc++) {
                Annotation a = library.annotation(doc);
                if (a == null) continue;
                for (int i = 0; i < a.entities().size(); i++) {
                    Entity e = a.entities().get(i);
                    Optional<CorpusEntity> linked = library.corpusEntities().of(doc, i);
                    if (linked.isEmpty()) continue;
                    CorpusEntity c = linked.get();
                    namesOf.computeIfAbsent(c.id(), k -> new TreeMap<>()).merge(e.name(), 1, Integer::sum);
                    String own = Linking.NAMED + Linking.placeKey(e.name());
                    if (c.type() != EntityType.PERSON && !own.equals(c.key())) {
                        joinedKeys.computeIfAbsent(c.id(), k -> new TreeMap<>()).merge(own, 1, Integer::sum);
                    }
                    boolean alone = c.type() == EntityType.PERSON && !e.name().contains(" ") && c.key().startsWith(Linking.PERSON);
                    if (alone && !library.document(doc).text().contains(c.name().split(" ")[0] + " ")) {
                        bySurnameAlone.computeIfAbsent(c.name() + " <- " + e.name(), k -> new ArrayList<>()).add(library.document(doc).id());
                    }
                }
            }
            int initials = 0;
            for (CorpusEntity c : library.corpusEntities().all()) {
                TreeSet<Character> written = new TreeSet<>();
                for (String name : namesOf.getOrDefault(c.id(), Map.of()).keySet()) {
                    String[] words = name.split(" ");
                    if (words.length > 1 && words[0].matches("\\p{Lu}\\.?")) written.add(words[0].charAt(0));
                }
                if (c.type() == EntityType.PERSON && written.size() > 1) {
                    initials++;
                    System.out.println("initials\t" + c.name() + "\t" + namesOf.get(c.id()));
                }
                if (joinedKeys.containsKey(c.id())) System.out.println("joined\t" + c.name() + "\t" + c.documentCount() + "\t" + joinedKeys.get(c.id()));
            }
            bySurnameAlone.forEach((who, docs) -> System.out.println("alone\t" + who + "\t" + docs.size() + "\t" + docs.subList(0, Math.min(3, docs.size()))));
            System.out.printf("people with two initials %d, joined entities %d, surname-only links to an unwritten full name %d%n",
                    initials, joinedKeys.size(), bySurnameAlone.size());
        }
    }
}
