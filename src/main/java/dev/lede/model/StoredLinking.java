package dev.lede.model;

import dev.lede.index.CorpusEntities;
import dev.lede.index.CorpusEntity;
import dev.lede.index.CorpusTypes;
import dev.lede.index.DocumentEntities;
import dev.lede.index.Duplicates;
import dev.lede.nlp.EntityType;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A corpus linking and its duplicates as a stream of bytes, so a warm start whose articles and annotator did not
 * change publishes the linking the last run computed instead of computing it again. Numbers are variable-length
 * and ascending document lists are stored as gaps, which keeps 100,000 articles' linking to a few megabytes.
 */
final class StoredLinking {

    /**
     * Bumped when the layout below or what the linking computes changes: an older linking is then computed again,
     * never misread (5: speakers of one name carry their type; 6: a surname-only person keeps the initial written, and fewer names join a longer one;
     * 7: a surname alone links to a full name only its section writes).
     */
    private static final int LAYOUT = 7;

    private StoredLinking() {
    }

    /** Writes the linking and duplicates to {@code to}, which is left open. */
    static void encode(CorpusIndexes.Linked linked, Duplicates duplicates, OutputStream to) throws IOException {
        DataOutputStream out = new DataOutputStream(to);
        out.writeInt(LAYOUT);
        int documents = duplicates.size();
        writeNumber(out, documents);
        for (int d = 0; d < documents; d++) writeNumber(out, d - duplicates.original(d));
        int[] quoteCounts = linked.quoteCounts();
        writeNumber(out, quoteCounts.length);
        for (int count : quoteCounts) writeNumber(out, count);
        CorpusEntities entities = linked.entities();
        DocumentEntities byDocument = entities.documentEntities();
        writeNumber(out, byDocument.documentCount());
        writeNumber(out, byDocument.starts()[byDocument.documentCount()]); // every id: read into an array of that size
        for (int d = 0; d < byDocument.documentCount(); d++) {
            int start = byDocument.starts()[d];
            int length = byDocument.starts()[d + 1] - start;
            writeNumber(out, byDocument.annotated().get(d) ? length + 1 : 0);
            for (int i = start; i < start + length; i++) writeNumber(out, byDocument.ids()[i] + 1);
        }
        writeNumber(out, entities.all().size());
        for (CorpusEntity e : entities.all()) {
            out.writeUTF(e.key());
            out.writeUTF(e.name());
            writeNumber(out, e.type().ordinal());
            writeNumber(out, e.aliases().size());
            for (String alias : e.aliases()) out.writeUTF(alias);
            writeAscending(out, e.documents());
            writeNumber(out, e.mentions());
        }
        Map<String, EntityType> types = entities.types().decided();
        writeNumber(out, types.size());
        for (Map.Entry<String, EntityType> t : types.entrySet()) {
            out.writeUTF(t.getKey());
            writeNumber(out, t.getValue().ordinal());
        }
        writeNumber(out, linked.speakers().size());
        for (Speakers.Speaker s : linked.speakers()) {
            out.writeUTF(s.key());
            out.writeUTF(s.name());
            writeNumber(out, s.quotes().size());
            for (Speakers.QuoteRef q : s.quotes()) {
                writeNumber(out, q.document());
                writeNumber(out, q.quote());
            }
        }
        out.flush();
    }

    /** The linking and duplicates of {@link #encode}, or null for bytes of another layout. */
    static Restored decode(InputStream from) throws IOException {
        DataInputStream in = new DataInputStream(from);
        if (in.readInt() != LAYOUT) return null;
        int[] original = new int[readNumber(in)];
        for (int d = 0; d < original.length; d++) original[d] = d - readNumber(in);
        int[] quoteCounts = new int[readNumber(in)];
        for (int d = 0; d < quoteCounts.length; d++) quoteCounts[d] = readNumber(in);
        int documents = readNumber(in);
        int[] starts = new int[documents + 1];
        BitSet annotated = new BitSet(documents);
        int[] ids = new int[readNumber(in)];
        int used = 0;
        for (int d = 0; d < documents; d++) {
            int length = readNumber(in);
            if (length > 0) {
                annotated.set(d);
                if (used + length - 1 > ids.length) throw new IOException("more entity ids than the kept linking says");
                for (int i = 1; i < length; i++) ids[used++] = readNumber(in) - 1;
            }
            starts[d + 1] = used;
        }
        if (used != ids.length) throw new IOException("fewer entity ids than the kept linking says");
        DocumentEntities byDocument = new DocumentEntities(starts, ids, annotated);
        int count = readNumber(in);
        List<CorpusEntity> entities = new ArrayList<>(count);
        EntityType[] types = EntityType.values();
        for (int id = 0; id < count; id++) {
            String key = in.readUTF();
            String name = in.readUTF();
            EntityType type = types[readNumber(in)];
            List<String> aliases = new ArrayList<>();
            for (int a = readNumber(in); a > 0; a--) aliases.add(in.readUTF());
            entities.add(new CorpusEntity(id, key, name, type, List.copyOf(aliases), readAscending(in), readNumber(in)));
        }
        Map<String, EntityType> decided = new HashMap<>();
        for (int t = readNumber(in); t > 0; t--) decided.put(in.readUTF(), types[readNumber(in)]);
        List<Speakers.Speaker> speakers = new ArrayList<>();
        for (int s = readNumber(in); s > 0; s--) {
            String key = in.readUTF();
            String name = in.readUTF();
            QuoteRefs quotes = new QuoteRefs();
            for (int q = readNumber(in); q > 0; q--) quotes.add(readNumber(in), readNumber(in));
            speakers.add(new Speakers.Speaker(key, name, quotes.trimmed()));
        }
        Duplicates duplicates = Duplicates.restored(original);
        CorpusEntities linked = CorpusEntities.restored(entities, byDocument, CorpusTypes.restored(decided));
        return new Restored(new CorpusIndexes.Linked(linked, List.copyOf(speakers),
                Overview.ofCorpus(linked, original.length - duplicates.copyCount()), quoteCounts), duplicates);
    }

    record Restored(CorpusIndexes.Linked linked, Duplicates duplicates) {
    }

    private static void writeAscending(DataOutputStream out, int[] values) throws IOException {
        writeNumber(out, values.length);
        int last = 0;
        for (int v : values) {
            writeNumber(out, v - last);
            last = v;
        }
    }

    private static int[] readAscending(DataInputStream in) throws IOException {
        int[] values = new int[readNumber(in)];
        int last = 0;
        for (int i = 0; i < values.length; i++) values[i] = last += readNumber(in);
        return values;
    }

    /** A non-negative number in 7-bit groups, low first (as Lucene's VInt). */
    private static void writeNumber(DataOutputStream out, int value) throws IOException {
        if (value < 0) throw new IllegalArgumentException("negative: " + value);
        while (value >= 0x80) {
            out.writeByte((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.writeByte(value);
    }

    private static int readNumber(DataInputStream in) throws IOException {
        int value = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (b & 0x7F) << shift;
            if (b < 0x80) return value;
        }
    }
}
