package dev.lede.model;

import dev.lede.index.CorpusEntities;
import dev.lede.index.CorpusEntity;
import dev.lede.index.Names;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.Entity;
import dev.lede.nlp.Quote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Everyone quoted in the corpus, linked across documents, with every quote they said. */
public final class Speakers {

    /** One quote: its document (library index) and its index among that document's quotes. */
    public record QuoteRef(int document, int quote) {
    }

    /** A speaker and their quotes in corpus order. */
    public record Speaker(String name, List<QuoteRef> quotes) {
    }

    private Speakers() {
    }

    /**
     * The speakers of every annotated document, most quoted first. A quote whose speaker is a linked
     * entity counts for that entity ("Blair" here, "Tony Blair" there); otherwise for its speaker's name.
     */
    static List<Speaker> of(List<Annotation> annotations, CorpusEntities linked) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<QuoteRef>> quotes = new LinkedHashMap<>();
        for (int doc = 0; doc < annotations.size(); doc++) {
            Annotation a = annotations.get(doc);
            if (a == null) continue;
            for (int q = 0; q < a.quotes().size(); q++) {
                Quote quote = a.quotes().get(q);
                if (quote.speaker() == null || quote.speaker().isBlank()) continue;
                Optional<CorpusEntity> who = speakerEntity(doc, a, quote, linked);
                String key = who.map(e -> "#" + e.id()).orElse(Names.withoutHonorific(Names.key(quote.speaker())));
                names.putIfAbsent(key, who.map(CorpusEntity::name).orElse(quote.speaker().strip()));
                quotes.computeIfAbsent(key, k -> new ArrayList<>()).add(new QuoteRef(doc, q));
            }
        }
        List<Speaker> speakers = new ArrayList<>();
        quotes.forEach((key, refs) -> speakers.add(new Speaker(names.get(key), List.copyOf(refs))));
        speakers.sort(Comparator.comparingInt((Speaker s) -> -s.quotes().size()).thenComparing(Speaker::name));
        return List.copyOf(speakers);
    }

    private static Optional<CorpusEntity> speakerEntity(int doc, Annotation a, Quote quote, CorpusEntities linked) {
        if (quote.speakerEntity() != null) {
            for (int i = 0; i < a.entities().size(); i++) {
                Entity e = a.entities().get(i);
                if (Objects.equals(e.id(), quote.speakerEntity())) {
                    Optional<CorpusEntity> found = linked.of(doc, i);
                    if (found.isPresent()) return found;
                }
            }
        }
        return linked.named(quote.speaker());
    }
}
