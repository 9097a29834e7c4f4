package dev.lede.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.lede.corpus.Document;
import dev.lede.corpus.Origin;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityType;
import dev.lede.nlp.Mention;
import dev.lede.nlp.Quote;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The export line of one annotated document, exactly as ../shared/gold/EXPORT-FORMAT.md describes it. Written with
 * Jackson's streaming generator, field by field, rather than built as a tree first: an export writes one line per
 * article, so the tree's objects were a fair share of a cold export's work.
 */
public final class JsonLines {

    private static final JsonFactory JSON = new JsonFactory();

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
        return draft(doc, annotation, explain, e -> false).line();
    }

    /**
     * An export line whose entities' types may still change, and where each such entity's type fields sit, so a later
     * step can write others in their place ({@link #retypedField}) without the annotation.
     *
     * @param retypable   the entities of {@code annotation}, in its order, that may be retyped
     * @param typeFields  per retypable entity, the start and end (in chars of {@code line}) of its type fields
     */
    public record Draft(String line, List<Entity> retypable, int[] typeFields) {
    }

    /** The line and where the type of each entity {@code mayRetype} accepts is written in it. */
    public static Draft draft(Document doc, Annotation annotation, boolean explain, Predicate<Entity> mayRetype) {
        StringWriter out = new StringWriter(1024 + doc.text().length());
        List<Entity> retypable = new ArrayList<>();
        List<Integer> fields = new ArrayList<>();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            write(json, doc, annotation, explain, e -> {
                if (!mayRetype.test(e)) return false;
                retypable.add(e);
                json.flush(); // the generator buffers: its output so far is then the StringWriter's
                fields.add(out.getBuffer().length());
                return true;
            }, () -> {
                json.flush();
                fields.add(out.getBuffer().length());
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return new Draft(out.toString(), retypable, fields.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * What an entity's type fields read once the corpus has retyped it (rule {@code typeRule}), exactly as
     * {@link #line} writes them after the entity's name: enum names and rule names are plain words, so need no
     * escaping.
     */
    public static String retypedField(EntityType type, String typeRule, boolean explain) {
        return ",\"type\":\"" + type.name() + "\"" + (explain ? ",\"typeRule\":\"" + typeRule + "\"" : "");
    }

    /** Told of each entity before its type fields are written; says whether to mark where they are. */
    private interface Marker {
        boolean mark(Entity e) throws IOException;
    }

    /** Told after a marked entity's type fields are written. */
    private interface EndMarker {
        void mark() throws IOException;
    }

    private static void write(JsonGenerator json, Document doc, Annotation annotation, boolean explain,
            Marker typeStart, EndMarker typeEnd) throws IOException {
        json.writeStartObject();
        json.writeStringField("doc", doc.id());
        json.writeStringField("title", doc.title());
        // Optional: present only when the article's file says them, so readers of the old format see no change.
        Origin origin = doc.origin();
        writeIfKnown(json, "date", origin.date());
        writeIfKnown(json, "source", origin.source());
        writeIfKnown(json, "author", origin.author());
        writeIfKnown(json, "url", origin.url());
        json.writeArrayFieldStart("entities");
        for (Entity e : annotation.entities()) {
            json.writeStartObject();
            json.writeStringField("id", e.id());
            json.writeStringField("name", e.name());
            boolean marked = typeStart.mark(e);
            json.writeStringField("type", e.type().name());
            if (explain && e.typeRule() != null) json.writeStringField("typeRule", e.typeRule());
            if (marked) typeEnd.mark();
            json.writeArrayFieldStart("aliases");
            for (String alias : e.aliases()) json.writeString(alias);
            json.writeEndArray();
            json.writeArrayFieldStart("mentions");
            for (Mention m : e.mentions()) {
                json.writeStartObject();
                json.writeNumberField("start", m.start());
                json.writeNumberField("end", m.end());
                json.writeStringField("text", m.text());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("quotes");
        for (Quote q : annotation.quotes()) {
            json.writeStartObject();
            json.writeNumberField("start", q.start());
            json.writeNumberField("end", q.end());
            json.writeStringField("text", q.text());
            json.writeStringField("speaker", q.speaker());
            json.writeStringField("speakerEntity", q.speakerEntity());
            if (explain) json.writeStringField("speakerPass", q.speakerPass());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeIfKnown(JsonGenerator json, String field, String value) throws IOException {
        if (value != null) json.writeStringField(field, value);
    }
}
