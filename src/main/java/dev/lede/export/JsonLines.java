package dev.lede.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.corpus.Document;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.Entity;
import dev.lede.nlp.Mention;
import dev.lede.nlp.Quote;

/** The export line of one annotated document, exactly as ../shared/gold/EXPORT-FORMAT.md describes it. */
public final class JsonLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLines() {
    }

    public static String line(Document doc, Annotation annotation) {
        return line(doc, annotation, false);
    }

    /** With {@code explain}, each entity also says which rule typed it ("typeRule"), for checking the annotator. */
    public static String line(Document doc, Annotation annotation, boolean explain) {
        ObjectNode root = JSON.createObjectNode();
        root.put("doc", doc.id());
        root.put("title", doc.title());
        ArrayNode entities = root.putArray("entities");
        for (Entity e : annotation.entities()) {
            ObjectNode entity = entities.addObject();
            entity.put("id", e.id());
            entity.put("name", e.name());
            entity.put("type", e.type().name());
            if (explain && e.typeRule() != null) entity.put("typeRule", e.typeRule());
            ArrayNode aliases = entity.putArray("aliases");
            e.aliases().forEach(aliases::add);
            ArrayNode mentions = entity.putArray("mentions");
            for (Mention m : e.mentions()) {
                mentions.addObject().put("start", m.start()).put("end", m.end()).put("text", m.text());
            }
        }
        ArrayNode quotes = root.putArray("quotes");
        for (Quote q : annotation.quotes()) {
            quotes.addObject()
                    .put("start", q.start())
                    .put("end", q.end())
                    .put("text", q.text())
                    .put("speaker", q.speaker())
                    .put("speakerEntity", q.speakerEntity());
        }
        return root.toString();
    }
}
