package dev.lede.nlp;

import java.util.List;

/** What the annotator found in one document text: entities and quotes, each in text order. */
public record Annotation(List<Entity> entities, List<Quote> quotes) {
    public static final Annotation EMPTY = new Annotation(List.of(), List.of());

    public Annotation {
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
    }
}
