package dev.lede.cli;

import dev.lede.corpus.Document;
import dev.lede.export.JsonLines;
import dev.lede.index.CorpusTypes;
import dev.lede.index.Names;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityType;
import dev.lede.nlp.TypeEvidence;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Export lines written before the corpus has decided its types (the first pass), each with where the types that
 * may change are written in it, kept in a temporary file; then written out typed (the second pass) by replacing only
 * those. So the second pass neither reads the articles again nor reads or decodes an annotation: it copies lines.
 * The file is unlinked as soon as it is opened, so nothing is left behind however the export ends.
 */
final class PendingLines implements AutoCloseable {

    private static final int BUFFER = 1 << 16;

    /** One article's line, the name keys and types of its entities the corpus may retype, and where each is written. */
    record Line(String json, String[] keys, EntityType[] types, int[] fields) {

        /** Made on the annotating thread, so the thread that reads and writes in order only copies. */
        static Line of(Document doc, Annotation annotation, boolean explain) {
            JsonLines.Draft draft = JsonLines.draft(doc, annotation, explain, CorpusTypes::mayRetype);
            List<Entity> retypable = draft.retypable();
            String[] keys = new String[retypable.size()];
            EntityType[] types = new EntityType[retypable.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = Names.key(retypable.get(i).name());
                types[i] = retypable.get(i).type();
            }
            return new Line(draft.line(), keys, types, draft.typeFields());
        }
    }

    private static final EntityType[] TYPES = EntityType.values();

    private final FileChannel file;
    private final DataOutputStream out;
    private int count;

    private PendingLines(FileChannel file) {
        this.file = file;
        this.out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(file), BUFFER));
    }

    /** A new temporary file in {@code folder} (beside the export, which it is about the size of). */
    static PendingLines in(Path folder) throws IOException {
        Path path = Files.createTempFile(folder, ".lede-export-", ".tmp");
        try {
            return new PendingLines(FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(path);
            throw e;
        }
    }

    void add(Line line) throws IOException {
        writeString(line.json());
        out.writeInt(line.keys().length);
        for (int i = 0; i < line.keys().length; i++) {
            writeString(line.keys()[i]);
            out.writeByte(line.types()[i].ordinal());
            out.writeInt(line.fields()[2 * i]);
            out.writeInt(line.fields()[2 * i + 1]);
        }
        count++;
    }

    int count() {
        return count;
    }

    /** Writes every line added, in order, each entity typed as {@code types} decides; {@code step} after each. */
    void writeTyped(CorpusTypes types, boolean explain, Writer to, Runnable step) throws IOException {
        out.flush();
        file.position(0);
        DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(file), BUFFER));
        for (int n = 0; n < count; n++) {
            String json = readString(in);
            int retypable = in.readInt();
            StringBuilder typed = null;
            int copied = 0;
            for (int i = 0; i < retypable; i++) {
                String key = readString(in);
                EntityType own = TYPES[in.readByte()];
                int start = in.readInt();
                int end = in.readInt();
                EntityType type = types.retypedAs(key, own);
                if (type == null) continue;
                if (typed == null) typed = new StringBuilder(json.length() + 64);
                typed.append(json, copied, start).append(JsonLines.retypedField(type, TypeEvidence.CORPUS_TYPE, explain));
                copied = end;
            }
            if (typed == null) {
                to.write(json);
            } else {
                typed.append(json, copied, json.length());
                to.append(typed);
            }
            to.write('\n');
            step.run();
        }
    }

    private void writeString(String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
