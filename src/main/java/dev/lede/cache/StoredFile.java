package dev.lede.cache;

import dev.lede.corpus.Document;
import dev.lede.corpus.Origin;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * One input file as the corpus index keeps it for a warm start: its identity and what the document list needs of
 * each of its articles (id, title, origin, note, failure; never the text), so a second start lists the corpus
 * without reading a file.
 *
 * @param path      the file's absolute path
 * @param fileId    its identity when read: path, size and modification time
 * @param input     the path the user named that it was found under, as named ("../corpus")
 * @param source    the file as that path reached it ("../corpus/a.txt"), as {@link Document#source()}
 * @param summaries its articles in file order, each with an empty text
 */
record StoredFile(String path, String fileId, String input, String source, List<Document> summaries) {

    /** Within one input, the order files are read in: folder by folder as {@code FileFinder} sorts them. */
    static final Comparator<StoredFile> FOLDER_ORDER = (a, b) -> Arrays.compare(a.names(), b.names());

    /**
     * The file as reached through its input named {@code now} this time ("/data/corpus" for "../corpus"): the list
     * shows sources and ids as the user names the input, whatever it was called when the file was stored.
     */
    StoredFile namedAs(String now) {
        if (now.equals(input) || !source.startsWith(input)) return this;
        String was = input.replace('\\', '/');
        String is = now.replace('\\', '/');
        String renamed = now + source.substring(input.length());
        Path renamedPath = Path.of(renamed);
        List<Document> named = summaries.stream().map(d -> new Document(d.id().startsWith(was) ? is + d.id().substring(was.length()) : d.id(),
                renamedPath, d.title(), "", d.failure(), d.note(), d.origin())).toList();
        return new StoredFile(path, fileId, now, renamed, named);
    }

    /** The file's id (the first article's id without its record number) split at each '/'. */
    private String[] names() {
        if (summaries.isEmpty()) return new String[0];
        String id = summaries.get(0).id();
        int hash = id.lastIndexOf('#');
        if (hash > 0 && hash < id.length() - 1 && id.substring(hash + 1).chars().allMatch(Character::isDigit)) id = id.substring(0, hash);
        return id.split("/", -1);
    }

    /** Every file's entry in the index (live ones, unsorted), from the binary doc values of {@code field}. */
    static List<StoredFile> readAll(IndexReader reader, String field) throws IOException {
        List<StoredFile> files = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            BinaryDocValues values = leaf.reader().getBinaryDocValues(field);
            if (values == null) continue;
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                if (live == null || live.get(doc)) files.add(decode(values.binaryValue()));
            }
        }
        return files;
    }

    /** The document as the list keeps it: everything but the text. */
    static Document summaryOf(Document d) {
        return d.text().isEmpty() ? d : new Document(d.id(), d.source(), d.title(), "", d.failure(), d.note(), d.origin());
    }

    BytesRef encode() {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            out.writeString(path);
            out.writeString(fileId);
            out.writeString(input);
            out.writeString(source);
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

    static StoredFile decode(BytesRef bytes) throws IOException {
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        String path = in.readString();
        String fileId = in.readString();
        String input = in.readString();
        String source = in.readString();
        Path sourcePath = Path.of(source);
        int count = in.readVInt();
        List<Document> summaries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = in.readString();
            String title = in.readString();
            String failure = readOptional(in);
            String note = readOptional(in);
            Origin origin = new Origin(readOptional(in), readOptional(in), readOptional(in), readOptional(in));
            summaries.add(new Document(id, sourcePath, title, "", failure, note, origin));
        }
        return new StoredFile(path, fileId, input, source, summaries);
    }

    private static void writeOptional(ByteBuffersDataOutput out, String value) throws IOException {
        out.writeByte(value == null ? (byte) 0 : (byte) 1);
        if (value != null) out.writeString(value);
    }

    private static String readOptional(ByteArrayDataInput in) throws IOException {
        return in.readByte() == 0 ? null : in.readString();
    }
}
