package dev.lede.cli;

import dev.lede.index.CorpusEntities;
import dev.lede.index.CorpusEntity;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.Entity;
import dev.lede.nlp.Quote;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What {@code --entity} and {@code --speaker} keep of an export; both at once means both must hold. */
final class ExportFilter {

    private final CorpusEntities index;
    private final CorpusEntity entity;
    private final CorpusEntity speaker;

    private ExportFilter(CorpusEntities index, CorpusEntity entity, CorpusEntity speaker) {
        this.index = index;
        this.entity = entity;
        this.speaker = speaker;
    }

    /** @throws IllegalArgumentException when a name given matches no entity of the corpus */
    static ExportFilter of(String entityName, String speakerName, List<Annotation> annotations) {
        if (entityName == null && speakerName == null) {
            return new ExportFilter(null, null, null);
        }
        CorpusEntities index = CorpusEntities.build(annotations);
        return new ExportFilter(index, find(index, entityName), find(index, speakerName));
    }

    private static CorpusEntity find(CorpusEntities index, String name) {
        if (name == null) return null;
        return index.named(name).orElseThrow(() -> new IllegalArgumentException("no entity called \"" + name + "\" in these articles"));
    }

    /** What to export of a document, or empty to leave it out. */
    Optional<Annotation> select(int document, Annotation annotation) {
        if (entity != null && !contains(entity, document)) return Optional.empty();
        if (speaker == null) return Optional.of(annotation);
        List<Quote> quotes = annotation.quotes().stream().filter(q -> spokenBy(q, document, annotation)).toList();
        return quotes.isEmpty() ? Optional.empty() : Optional.of(new Annotation(annotation.entities(), quotes));
    }

    private boolean spokenBy(Quote quote, int document, Annotation annotation) {
        Optional<Entity> said = annotation.entities().stream().filter(e -> Objects.equals(e.id(), quote.speakerEntity())).findFirst();
        return said.flatMap(e -> index.of(document, e, annotation)).map(speaker::equals).orElse(false);
    }

    private static boolean contains(CorpusEntity e, int document) {
        return Arrays.binarySearch(e.documents(), document) >= 0;
    }
}
