package dev.lede.cli;

import dev.lede.corpus.Document;
import dev.lede.index.CorpusEntities;
import dev.lede.index.CorpusTypes;
import dev.lede.index.CorpusEntity;
import dev.lede.index.Duplicates;
import dev.lede.index.Sections;
import dev.lede.model.Speakers;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.Quote;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What {@code --entity} and {@code --speaker} keep of an export; both at once means both must hold. They read
 * the explorer's linking and speakers, so an export has the articles and quotes {@code f} and {@code s} show:
 * each article once (a copy of another is left out), each quote of the speaker's one quoted set.
 */
final class ExportFilter {

    private final Duplicates duplicates;
    private final CorpusEntity entity;
    /** The speaker's quotes: document and quote index, packed. */
    private final Set<Long> quotes;
    private final CorpusTypes types;

    private ExportFilter(Duplicates duplicates, CorpusEntity entity, Set<Long> quotes, CorpusTypes types) {
        this.duplicates = duplicates;
        this.types = types;
        this.entity = entity;
        this.quotes = quotes;
    }

    /**
     * @throws IllegalArgumentException when a name given means no entity or speaker of the corpus, or several
     *                                  (the message lists them, one a line)
     */
    static ExportFilter of(String entityName, String speakerName, List<Document> documents, List<Annotation> annotations) {
        Duplicates duplicates = Duplicates.of(documents);
        boolean[] copies = duplicates.copyFlags();
        CorpusEntities index = CorpusEntities.build(annotations, copies, Sections.of(documents));
        CorpusEntity entity = entityName == null ? null
                : one(entityName, index.lookup(entityName), e -> e.name() + " (" + articles(e.documentCount()) + ")");
        Set<Long> quotes = null;
        if (speakerName != null) {
            List<Speakers.Speaker> speakers = Speakers.named(Speakers.of(annotations, index, copies), index, speakerName);
            Speakers.Speaker speaker = one(speakerName, speakers, s -> s.name() + " (" + s.quotes().size() + " quotes)");
            quotes = new HashSet<>();
            for (Speakers.QuoteRef ref : speaker.quotes()) quotes.add(pack(ref.document(), ref.quote()));
        }
        return new ExportFilter(duplicates, entity, quotes, index.types());
    }

    /** The types the corpus lends names, as the linking the filter selects by has them. */
    CorpusTypes types() {
        return types;
    }

    private static <T> T one(String name, List<T> found, Function<T, String> describe) {
        if (found.isEmpty()) throw new IllegalArgumentException("no entity called \"" + name + "\" in these articles");
        if (found.size() == 1) return found.get(0);
        List<String> lines = new ArrayList<>();
        lines.add("\"" + name + "\" may mean any of these; give one's full name:");
        found.forEach(f -> lines.add("  " + describe.apply(f)));
        throw new IllegalArgumentException(String.join(System.lineSeparator(), lines));
    }

    private static String articles(int n) {
        return n + (n == 1 ? " article" : " articles");
    }

    /** What to export of a document, or empty to leave it out. */
    Optional<Annotation> select(int document, Annotation annotation) {
        if (duplicates.isCopy(document)) return Optional.empty();
        if (entity != null && Arrays.binarySearch(entity.documents(), document) < 0) return Optional.empty();
        if (quotes == null) return Optional.of(annotation);
        List<Quote> kept = new ArrayList<>();
        for (int q = 0; q < annotation.quotes().size(); q++) {
            if (quotes.contains(pack(document, q))) kept.add(annotation.quotes().get(q));
        }
        return kept.isEmpty() ? Optional.empty() : Optional.of(new Annotation(annotation.entities(), kept));
    }

    private static long pack(int document, int quote) {
        return (long) document << 32 | quote;
    }
}
