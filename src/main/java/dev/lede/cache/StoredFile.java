package dev.lede.cache;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Consumer;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * One input file as the corpus index keeps it for a warm start: its identity and what a list needs to know of all
 * its articles at once (how many, which failed, their record numbers, whether any is dated); each article's title,
 * id and origin are in pages of {@link SummaryPages#SIZE} ({@link SummaryPages}), read when drawn. So a second start
 * lists the corpus without reading a file, in time and heap that grow with the number of files, not of articles.
 *
 * @param path        the file's absolute path
 * @param fileId      its identity when read: path, size and modification time
 * @param input       the path the user named that it was found under, as named ("../corpus")
 * @param source      the file as that path reached it ("../corpus/a.txt"), as {@code Document.source()}
 * @param firstId     its first article's id (the file's id, with "#1" when it holds several)
 * @param count       how many articles it holds
 * @param dated       whether any of them has a date
 * @param failed      the positions of those that could not be read, ascending
 * @param firstRecord the first article's record ("#1", or "" for a file of one article)
 * @param records     every article's record when they are not "#1", "#2", … in order; else null
 * @param renamedFrom the input as named when stored, when named otherwise now ({@link #namedAs}); else null
 */
record StoredFile(String path, String fileId, String input, String source, String firstId, int count, boolean dated,
        int[] failed, String firstRecord, String[] records, String renamedFrom) {

    /** Within one input, the order files are read in: folder by folder as {@code FileFinder} sorts them. */
    static final Comparator<StoredFile> FOLDER_ORDER = Comparator.comparing(StoredFile::folderKey);

    /**
     * The file as reached through its input named {@code now} this time ("/data/corpus" for "../corpus"): the list
     * shows sources and ids as the user names the input, whatever it was called when the file was stored.
     */
    StoredFile namedAs(String now) {
        if (now.equals(input) || !source.startsWith(input)) return this;
        return new StoredFile(path, fileId, now, now + source.substring(input.length()), renamed(firstId, input, now), count,
                dated, failed, firstRecord, records, input);
    }

    /** An article id as named now (see {@link #namedAs}). */
    String named(String id) {
        return renamedFrom == null ? id : renamed(id, renamedFrom, input);
    }

    private static String renamed(String id, String was, String is) {
        String from = was.replace('\\', '/');
        return id.startsWith(from) ? is.replace('\\', '/') + id.substring(from.length()) : id;
    }

    boolean isFailed(int position) {
        return Arrays.binarySearch(failed, position) >= 0;
    }

    /** The record of the article at this position ("#12", or "" alone in its file), as its key in the index has it. */
    String record(int position) {
        if (position == 0) return firstRecord;
        return records != null ? records[position] : "#" + (position + 1);
    }

    /** The position of the article with this record, or -1. */
    int position(String record) {
        if (record.equals(firstRecord)) return 0;
        if (records == null) {
            if (!record.startsWith("#")) return -1;
            try {
                int position = Integer.parseInt(record, 1, record.length(), 10) - 1;
                return position > 0 && position < count ? position : -1;
            } catch (NumberFormatException notOne) {
                return -1;
            }
        }
        for (int i = 1; i < records.length; i++) if (records[i].equals(record)) return i;
        return -1;
    }

    /**
     * The file's id (the first article's id without its record number) with each '/' as U+0000, which sorts before
     * every other character: so these keys sort as the ids' names compared one level at a time ("a/b" before "a.b").
     */
    String folderKey() {
        String id = firstId;
        int hash = id.lastIndexOf('#');
        if (hash > 0 && hash < id.length() - 1 && id.substring(hash + 1).chars().allMatch(Character::isDigit)) id = id.substring(0, hash);
        return id.replace('/', '\u0000');
    }

    /** Gives every file's entry in the index (live ones, unsorted), from the binary doc values of {@code field}. */
    static void forEach(IndexReader reader, String field, Consumer<StoredFile> each) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            BinaryDocValues values = leaf.reader().getBinaryDocValues(field);
            if (values == null) continue;
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                if (live == null || live.get(doc)) each.accept(decode(values.binaryValue()));
            }
        }
    }

    /** As stored (a file is stored as read, never {@link #namedAs} another name). */
    BytesRef encode() {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            out.writeString(path);
            out.writeString(fileId);
            out.writeString(input);
            out.writeString(source);
            out.writeString(firstId);
            out.writeVInt(count);
            out.writeByte(dated ? (byte) 1 : (byte) 0);
            out.writeVInt(failed.length);
            for (int f : failed) out.writeVInt(f);
            out.writeString(firstRecord);
            out.writeVInt(records == null ? 0 : records.length);
            if (records != null) for (String r : records) out.writeString(r);
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
        String firstId = in.readString();
        int count = in.readVInt();
        boolean dated = in.readByte() == 1;
        int[] failed = new int[in.readVInt()];
        for (int i = 0; i < failed.length; i++) failed[i] = in.readVInt();
        String firstRecord = in.readString();
        int explicit = in.readVInt();
        String[] records = explicit == 0 ? null : new String[explicit];
        for (int i = 0; i < explicit; i++) records[i] = in.readString();
        return new StoredFile(path, fileId, input, source, firstId, count, dated, failed, firstRecord, records, null);
    }
}
