package dev.lede.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.corpus.Document;
import dev.lede.corpus.Origin;
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

    /**
     * @param explain also say why the annotator decided as it did (the pass that chose each quote's speaker as
     *                {@code speakerPass}, the rule that typed each entity as {@code typeRule}), for tracing an error in
     *                one step
     */
    public static String line(Document doc, Annotation annotation, boolean explain) {
        ObjectNode root = JSON.createObjectNode();
        root.put("doc", doc.id());
        root.put("title", doc.title());
        // Optional: present only when the article's file says them, so readers of the old format see no change.
        Origin origin = doc.origin();
        putIfKnown(root, "date", origin.date());
        putIfKnown(root, "source", origin.source());
        putIfKnown(root, "author", origin.author());
        putIfKnown(root, "url", origin.url());
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
            ObjectNode quote = quotes.addObject()
                    .put("start", q.start())
                    .put("end", q.end())
                    .put("text", q.text())
                    .put("speaker", q.speaker())
                    .put("speakerEntity", q.speakerEntity());
            if (explain) quote.put("speakerPass", q.speakerPass());
        }
        return root.toString();
    }

    private static void putIfKnown(ObjectNode root, String field, String value) {
        if (value != null) root.put(field, value);
    }
}
