package dev.lede.model;

import dev.lede.index.CorpusEntities;
import dev.lede.index.CorpusEntity;
import dev.lede.index.Names;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.EntityType;
import dev.lede.nlp.Quote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Everyone quoted in the corpus, linked across documents, with every quote they said. */
public final class Speakers {

    /** One quote: its document (library index) and its index among that document's quotes. */
    public record QuoteRef(int document, int quote) {
    }

    /**
     * A speaker and their quotes in corpus order.
     *
     * @param key "#" and the linked entity's key, or the name as written (keyed) for a speaker not linked
     */
    public record Speaker(String key, String name, List<QuoteRef> quotes) {
    }

    private Speakers() {
    }

    /**
     * The speakers of every annotated document, most quoted first. A quote whose speaker is a linked entity
     * ({@link CorpusEntities#speakerOf}) counts for that entity ("Blair" here, "Tony Blair" there); otherwise
     * for its speaker's name as written. The one quoted set of each speaker: the list, {@code x} and
     * {@code lede export --speaker} all read it.
     *
     * @param copies true for a document that repeats an earlier one: its quotes are not counted again (null: none)
     */
    public static List<Speaker> of(List<Annotation> annotations, CorpusEntities linked, boolean[] copies) {
        return of(annotations, linked, copies, null);
    }

    /**
     * As above, and in the same pass over the annotations (at a million articles, minutes read from disk) each
     * document's number of quotes plus one into {@code quoteCounts} (0 left for a document not annotated or a copy).
     */
    static List<Speaker> of(List<Annotation> annotations, CorpusEntities linked, boolean[] copies, int[] quoteCounts) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, EntityType> types = new HashMap<>();
        Map<String, QuoteRefs> quotes = new LinkedHashMap<>();
        for (int doc = 0; doc < annotations.size(); doc++) {
            Annotation a = annotations.get(doc);
            if (a == null || copies != null && copies[doc]) continue;
            if (quoteCounts != null) quoteCounts[doc] = a.quotes().size() + 1;
            for (int q = 0; q < a.quotes().size(); q++) {
                Quote quote = a.quotes().get(q);
                if (quote.speaker() == null || quote.speaker().isBlank()) continue;
                Optional<CorpusEntity> who = linked.speakerOf(doc, a, quote);
                String key = who.map(e -> "#" + e.key()).orElse(nameKey(quote.speaker()));
                names.putIfAbsent(key, who.map(CorpusEntity::name).orElse(quote.speaker().strip()));
                who.ifPresent(e -> types.put(key, e.type()));
                quotes.computeIfAbsent(key, k -> new QuoteRefs()).add(doc, q);
            }
        }
        Map<String, Long> sharing = names.values().stream().collect(Collectors.groupingBy(n -> n, Collectors.counting()));
        List<Speaker> speakers = new ArrayList<>();
        quotes.forEach((key, refs) -> {
            String name = names.get(key);
            // Two speakers of one name are two entities (a name typed a person in one article and a body in
            // another): each says which it is, rather than two rows that look the same.
            if (sharing.get(name) > 1 && types.containsKey(key)) name = withType(name, types.get(key));
            speakers.add(new Speaker(key, name, refs.trimmed()));
        });
        speakers.sort(Comparator.comparingInt((Speaker s) -> -s.quotes().size()).thenComparing(Speaker::name));
        return List.copyOf(speakers);
    }

    /**
     * The speakers a typed name means: the linked entities it names that are quoted, and the speakers not
     * linked who are written that way (titles, case, "the" and "'s" ignored).
     */
    public static List<Speaker> named(List<Speaker> speakers, CorpusEntities linked, String typed) {
        Set<String> keys = new HashSet<>();
        for (EntityType type : EntityType.values()) {
            // A name as the list shows it with its type ("Gartner (organization)") means that entity only.
            String suffix = withType("", type);
            if (typed.endsWith(suffix)) {
                String name = typed.substring(0, typed.length() - suffix.length());
                linked.lookup(name).stream().filter(e -> e.type() == type).forEach(e -> keys.add("#" + e.key()));
                return speakers.stream().filter(s -> keys.contains(s.key())).toList();
            }
        }
        linked.lookup(typed).forEach(e -> keys.add("#" + e.key()));
        keys.add(nameKey(typed));
        return speakers.stream().filter(s -> keys.contains(s.key())).toList();
    }

    /** "Gartner (organization)": a name with the type that tells it from another entity of the same name. */
    static String withType(String name, EntityType type) {
        return name + " (" + type.name().toLowerCase(Locale.ROOT) + ")";
    }

    private static String nameKey(String name) {
        return Names.withoutHonorific(Names.key(name));
    }
}
