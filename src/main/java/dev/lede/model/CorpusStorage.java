package dev.lede.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import dev.lede.corpus.Document;
import dev.lede.index.TextSearch;
import dev.lede.nlp.Annotation;
import java.util.BitSet;
import java.util.List;
import java.util.function.ObjIntConsumer;

/**
 * Where a library's documents and annotations live: in the heap ({@link HeapStorage}, for tests and
 * {@code --no-cache}) or on disk (the embedded Lucene index of {@code dev.lede.cache.DiskCorpus}, the default),
 * where a second start finds the annotations of every file that has not changed. Thread-safe.
 */
public interface CorpusStorage extends AutoCloseable {

    int size();

    /** The document, its text included (which storage on disk reads when asked, not before). */
    Document document(int index);

    /** The document as far as a list needs it: its text may be left out (""), so never show or annotate it. */
    default Document summary(int index) {
        return document(index);
    }

    /** Whether the document could not be read (a list shows why); known without reading its summary on disk. */
    default boolean isFailed(int index) {
        return summary(index).isFailed();
    }

    /** Gives every document's summary with its index, in the order that is fastest to read (on disk, the index's). */
    default void forEachSummary(ObjIntConsumer<Document> each) {
        for (int i = 0; i < size(); i++) each.accept(summary(i), i);
    }

    /** Whether any document has a date; known without reading every summary on disk. */
    default boolean hasDates() {
        for (int i = 0; i < size(); i++) if (summary(i).origin().date() != null) return true;
        return false;
    }

    /** The annotation stored for the document by the current annotator, or null when it has none yet. */
    Annotation stored(int index);

    /** Keeps a document's annotation (on disk: durable within seconds, so a killed run resumes after it). */
    void store(int index, Annotation annotation);

    /** Full-text search over every document's title and text; may take a while on a large corpus. */
    TextSearch search();

    /**
     * The documents that have an annotation kept from an earlier run, found without reading one, so they can be
     * published at once (a warm start); empty in the heap.
     */
    default BitSet storedAnnotations() {
        return new BitSet();
    }

    /**
     * Compares the files with the documents listed (a warm start lists them from the index without reading a file)
     * and applies what differs: a new or changed file's documents are added at the end, a changed or deleted file's
     * documents are withdrawn. Slow on a large corpus: run it in the background. Returns whether anything changed.
     */
    default boolean checkFiles() {
        return false;
    }

    /** Whether the document's file changed or went away since it was listed: it is to be shown no more. */
    default boolean isWithdrawn(int index) {
        return false;
    }

    /** How many documents are withdrawn: within a run the set only grows, so a new count says it changed. */
    default int withdrawnCount() {
        return 0;
    }

    /** The document that took a withdrawn one's place (same id, read from the file's new state), or -1. */
    default int replacementOf(int index) {
        return -1;
    }

    /** The documents in the order the files are read in (which documents added by {@link #checkFiles} change). */
    default List<Integer> inCorpusOrder(List<Integer> documents) {
        return documents;
    }

    /**
     * What a linking of every document would be computed from (annotator version, each document's file state and
     * record, in order), as a key to keep it under; null where linkings are not kept.
     */
    default String linkingKey() {
        return null;
    }

    /** The linking kept under this key, to be read and closed by the caller, or null. */
    default InputStream storedLinking(String key) {
        return null;
    }

    /** Keeps a linking of every document, written by {@code body}, under the key {@link #linkingKey} gave before it was computed. */
    default void storeLinking(String key, LinkingBody body) {
    }

    /** Writes a linking ({@link StoredLinking}) to a stream. */
    interface LinkingBody {
        void writeTo(OutputStream out) throws IOException;
    }

    @Override
    void close();
}
