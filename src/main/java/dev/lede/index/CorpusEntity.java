package dev.lede.index;

import dev.lede.nlp.EntityType;
import java.util.List;

/**
 * One real-world entity across the whole corpus.
 *
 * @param name      the fullest form, as most documents write it
 * @param aliases   every other form any document uses
 * @param documents indices (into the corpus's document list) of the documents that mention it, ascending
 * @param mentions  mentions summed over those documents
 */
public record CorpusEntity(int id, String name, EntityType type, List<String> aliases, int[] documents, int mentions) {

    public int documentCount() {
        return documents.length;
    }
}
