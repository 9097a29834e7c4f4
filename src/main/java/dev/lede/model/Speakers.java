package dev.lede.model;

import dev.lede.index.CorpusEntities;
import dev.lede.index.CorpusEntity;
import dev.lede.index.Names;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.Quote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
                quotes.computeIfAbsent(key, k -> new QuoteRefs()).add(doc, q);
            }
        }
        List<Speaker> speakers = new ArrayList<>();
        quotes.forEach((key, refs) -> speakers.add(new Speaker(key, names.get(key), refs.trimmed())));
        speakers.sort(Comparator.comparingInt((Speaker s) -> -s.quotes().size()).thenComparing(Speaker::name));
        return List.copyOf(speakers);
    }

    /**
     * The speakers a typed name means: the linked entities it names that are quoted, and the speakers not
     * linked who are written that way (titles, case, "the" and "'s" ignored).
     */
    public static List<Speaker> named(List<Speaker> speakers, CorpusEntities linked, String typed) {
        Set<String> keys = new HashSet<>();
        linked.lookup(typed).forEach(e -> keys.add("#" + e.key()));
        keys.add(nameKey(typed));
        return speakers.stream().filter(s -> keys.contains(s.key())).toList();
    }

    private static String nameKey(String name) {
        return Names.withoutHonorific(Names.key(name));
    }
}
