package dev.lede.index;

import dev.lede.nlp.EntityType;
import java.util.List;

/**
 * One real-world entity across the whole corpus, as the linking rule ({@link CorpusEntities}) makes it.
 *
 * @param key       what identifies it from one linking to the next ("p:tony blair", "n:united kingdom")
 * @param name      the form most of its articles write it as
 * @param aliases   every other form any of its articles uses
 * @param documents the distinct articles (indices into the corpus's document list) that mention it, ascending
 * @param mentions  mentions summed over those articles
 */
public record CorpusEntity(int id, String key, String name, EntityType type, List<String> aliases, int[] documents, int mentions) {

    public int documentCount() {
        return documents.length;
    }
}
