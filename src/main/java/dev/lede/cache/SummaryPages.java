package dev.lede.cache;

import dev.lede.corpus.Document;
import dev.lede.corpus.Origin;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * The list's fields of every article (id, title, failure, note, origin; never the text), kept in the corpus index in
 * pages of {@link #SIZE} articles of one file, and the last pages read, kept in the heap up to 32,768 articles:
 * a list draws a screenful, so a million articles are never all in the heap. Thread-safe.
 */
final class SummaryPages {

    /** Articles per page: one read for a screen or two of a large file. */
    static final int SIZE = 256;
    /** Articles kept in the heap, least recently read first out (about 10 MB of summaries). */
    private static final int KEPT = 32_768;

    /** Where a page is read from: its stored bytes, or null when the index does not have it. */
    interface Source {
        BytesRef page(String fileId, int page) throws IOException;
    }

    private record Key(String fileId, int page) {
    }

    private final Source source;
    private final int kept;
    private int keptArticles;
    private final Map<Key, Document[]> recent = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Document[]> eldest) {
            if (keptArticles <= kept) return false;
            keptArticles -= eldest.getValue().length;
            return true;
        }
    };

    SummaryPages(Source source) {
        this(source, KEPT);
    }

    /** @param kept how many articles' summaries to keep in the heap at most (beyond the page just read) */
    SummaryPages(Source source, int kept) {
        this.source = source;
        this.kept = kept;
    }

    /** The summary of the article at {@code position} in {@code file}. */
    Document summary(StoredFile file, int position) {
        Key key = new Key(file.fileId(), position / SIZE);
        Document[] page;
        synchronized (this) {
            page = recent.get(key);
        }
        if (page == null) {
            page = read(file, key.page());
            synchronized (this) {
                if (recent.put(key, page) == null) keptArticles += page.length;
            }
        }
        return page[position % SIZE];
    }

    private Document[] read(StoredFile file, int page) {
        int count = Math.min(SIZE, file.count() - page * SIZE);
        Path sourcePath = Path.of(file.source());
        try {
            BytesRef bytes = source.page(file.fileId(), page);
            if (bytes != null) return decode(bytes, file, count, sourcePath);
        } catch (IOException unreadable) {
            // said by its rows
        }
        return missing(file, page, count, sourcePath);
    }

    /** A page the index lost or cannot read: rows that say so, until the check reads the file again. */
    private static Document[] missing(StoredFile file, int page, int count, Path sourcePath) {
        Document[] rows = new Document[count];
        String fileId = file.firstId().substring(0, file.firstId().length() - file.firstRecord().length());
        for (int i = 0; i < count; i++) {
            String id = fileId + file.record(page * SIZE + i); // the first id is as named now already
            rows[i] = new Document(id, sourcePath, "", "", "not in the corpus index any more; read again in the background", null, Origin.NONE);
        }
        return rows;
    }

    /** Forgets the pages read of a file state (written again). */
    synchronized void forget(String fileId) {
        recent.entrySet().removeIf(e -> {
            if (!e.getKey().fileId().equals(fileId)) return false;
            keptArticles -= e.getValue().length;
            return true;
        });
    }

    static BytesRef encode(List<Document> summaries) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            out.writeVInt(summaries.size());
            for (Document d : summaries) {
                out.writeString(d.id());
                out.writeString(d.title());
                writeOptional(out, d.failure());
                writeOptional(out, d.note());
                writeOptional(out, d.origin().date());
                writeOptional(out, d.origin().source());
                writeOptional(out, d.origin().author());
                writeOptional(out, d.origin().url());
            }
        } catch (IOException cannot) {
            throw new IllegalStateException(cannot); // in memory
        }
        return new BytesRef(out.toArrayCopy());
    }

    /** A page of the file as stored, or null when it does not read as one. */
    static Document[] decode(BytesRef bytes, StoredFile file, int page) {
        try {
            return decode(bytes, file, Math.min(SIZE, file.count() - page * SIZE), Path.of(file.source()));
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    private static Document[] decode(BytesRef bytes, StoredFile file, int count, Path sourcePath) throws IOException {
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        int stored = in.readVInt();
        if (stored != count) throw new IOException("a page of " + file.path() + " holds " + stored + " articles, not " + count);
        Document[] page = new Document[count];
        for (int i = 0; i < count; i++) {
            String id = file.named(in.readString());
            String title = in.readString();
            String failure = readOptional(in);
            String note = readOptional(in);
            Origin origin = new Origin(readOptional(in), readOptional(in), readOptional(in), readOptional(in));
            page[i] = new Document(id, sourcePath, title, "", failure, note, origin);
        }
        return page;
    }

    static void writeOptional(DataOutput out, String value) throws IOException {
        out.writeByte(value == null ? (byte) 0 : (byte) 1);
        if (value != null) out.writeString(value);
    }

    static String readOptional(ByteArrayDataInput in) throws IOException {
        return in.readByte() == 0 ? null : in.readString();
    }
}
