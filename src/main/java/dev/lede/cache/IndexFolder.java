package dev.lede.cache;

import dev.lede.corpus.Columns;
import dev.lede.index.TextSearch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.Lock;

/**
 * One corpus index folder, opened in two steps so a warm start draws before the costly one: its write lock is taken
 * and a plain reader of the last commit opened at once (tens of milliseconds: enough to list, read texts, pages and
 * annotations); the {@link IndexWriter} and its near-real-time readers (about half a second of class loading) only
 * when something is first written, which a warm start of an annotated corpus may never do. Taking the lock at open
 * tells at once whether another process uses the index. Thread-safe.
 */
final class IndexFolder implements AutoCloseable {

    /** Reads from the current reader (the commit's, then the writer's latest). */
    interface Read<T> {
        T from(IndexReader reader) throws IOException;
    }

    private final Path folder;
    /** Taken at open; handed to the directory when it opens, and by it to the writer. */
    private final FolderLock lock;
    /** The folder as a Lucene directory: opened at the first read or write (see {@link #directory}). */
    private HandOverLock directory;
    private final Consumer<IndexWriter> whenWriterOpens;
    /**
     * Of the last commit, read until the writer opens (null when the index is new), then kept until close; opened
     * at its first read when the first screen is saved beside the index ({@link FirstRows}), so after the first frame.
     */
    private DirectoryReader committed;
    /** Whether {@link #committed} is opened (or failed to open: {@link #unreadable}). */
    private volatile boolean opened;
    private IOException unreadable;
    private Runnable whenUnreadable = () -> { };
    /** Near-real-time readers of the writer, once it is open. */
    private volatile SearcherManager searchers;
    private volatile IndexWriter writer;

    /**
     * @param whenWriterOpens run once on the writer as it opens, before it is used (e.g. deletes of stale entries)
     * @param readerBehind whether the reader of the last commit opens at the first read rather than before this
     *     returns, where an unreadable index throws at once
     * @throws org.apache.lucene.store.LockObtainFailedException when another process holds the index
     */
    IndexFolder(Path folder, Consumer<IndexWriter> whenWriterOpens, boolean readerBehind) throws IOException {
        this.folder = folder;
        this.lock = FolderLock.take(folder);
        this.whenWriterOpens = whenWriterOpens;
        boolean exists;
        try {
            String[] names = folder.toFile().list();
            exists = names != null && SegmentInfos.getLastCommitGeneration(names) >= 0;
            if (!exists || !readerBehind) {
                committed = exists ? DirectoryReader.open(directory()) : null;
                opened = true;
            }
        } catch (IOException | RuntimeException unreadable) {
            closeDirectory();
            throw unreadable;
        }
        if (!exists) writer(); // a new index: written to at once
    }

    /** The folder as a Lucene directory, opened on first use, holding the lock taken at open. */
    private synchronized Directory directory() throws IOException {
        if (directory == null) directory = new HandOverLock(FSDirectory.open(folder), lock);
        return directory;
    }

    /** Closes the directory, or lets go of the lock if it never opened. */
    private synchronized void closeDirectory() throws IOException {
        if (directory != null) directory.close();
        else lock.close();
    }

    /** Runs {@code unreadable} if the reader opened at the first read turns out not to open (the index is damaged). */
    synchronized void whenUnreadable(Runnable unreadable) {
        whenUnreadable = unreadable;
    }

    private DirectoryReader committed() throws IOException {
        if (!opened) {
            synchronized (this) {
                if (!opened) {
                    try {
                        committed = DirectoryReader.open(directory());
                    } catch (IOException | RuntimeException failed) {
                        unreadable = failed instanceof IOException io ? io : new IOException(failed);
                        whenUnreadable.run();
                    }
                    opened = true;
                }
            }
        }
        if (unreadable != null) throw unreadable;
        return committed;
    }

    /** The folder of the index of these inputs (read with these columns) below {@code cacheRoot}. */
    static Path of(Path cacheRoot, String layout, List<Path> inputs, Columns columns) {
        StringBuilder names = new StringBuilder(layout);
        if (!columns.choices().isEmpty()) names.append("\ncolumns ").append(columns.choices());
        inputs.stream().map(p -> p.toAbsolutePath().normalize().toString()).sorted().forEach(p -> names.append('\n').append(p));
        return cacheRoot.resolve("corpus").resolve(CachingAnnotator.sha256(names.toString()).substring(0, 16));
    }

    /**
     * Deletes the index of the same inputs written in an earlier layout: after an upgrade nothing reads it again, and at
     * a million articles it is gigabytes. One an older Lede still has open (its lock is held) is left alone.
     */
    static void deleteEarlierLayouts(Path cacheRoot, int layout, List<Path> inputs, Columns columns) {
        for (int earlier = 1; earlier < layout; earlier++) {
            Path folder = of(cacheRoot, Integer.toString(earlier), inputs, columns);
            if (!Files.isDirectory(folder)) continue;
            try {
                try (FolderLock unused = FolderLock.take(folder); var files = Files.list(folder)) {
                    for (Path file : files.toList()) {
                        if (!file.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME)) delete(file);
                    }
                }
                delete(folder);
            } catch (IOException inUseOrGone) {
                // in use by another Lede, or deleted meanwhile: nothing to do now
            }
        }
    }

    /** Deletes an index folder that cannot be read (it is only a cache). */
    static void delete(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /** Whether a reader is open (anything read from the index in this run). */
    boolean reading() {
        return opened && committed != null || writer != null;
    }

    /** Whether the writer is open (anything written in this run). */
    boolean writing() {
        return writer != null;
    }

    /** The writer, opened on first use. */
    IndexWriter writer() throws IOException {
        IndexWriter open = writer;
        if (open != null) return open;
        synchronized (this) {
            if (writer == null) {
                IndexWriterConfig config = new IndexWriterConfig(TextSearch.analyzerWhenUsed()).setRAMBufferSizeMB(32)
                        .setCommitOnClose(true);
                IndexWriter made = new IndexWriter(directory(), config);
                whenWriterOpens.accept(made);
                searchers = new SearcherManager(made, true, false, null);
                writer = made;
            }
            return writer;
        }
    }

    /**
     * Holds the reader open while {@code read} runs: a close meanwhile (a quit while the index thread still reads)
     * then lets the files go only when the read ends. Closed under a read, a memory-mapped file is unmapped and the
     * read crashes the JVM. After close, throws {@link AlreadyClosedException}.
     */
    <T> T read(Read<T> read) throws IOException {
        SearcherManager manager = searchers;
        if (manager == null) return readHeld(committed(), read); // an index that exists: a new one has its writer
        IndexSearcher searcher = manager.acquire();
        try {
            return read.from(searcher.getIndexReader());
        } finally {
            manager.release(searcher);
        }
    }

    private static <T> T readHeld(DirectoryReader reader, Read<T> read) throws IOException {
        if (!reader.tryIncRef()) throw new AlreadyClosedException("the index is closed");
        try {
            return read.from(reader);
        } finally {
            reader.decRef();
        }
    }

    /**
     * The live document indexed under this key (its number in the whole reader), or -1: a lookup in the terms
     * dictionary, without a query's scoring and collecting (and their classes to load before a first frame).
     */
    static int find(IndexReader reader, Term key) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(key.field());
            if (terms == null) continue;
            TermsEnum term = terms.iterator();
            if (!term.seekExact(key.bytes())) continue;
            PostingsEnum postings = term.postings(null, PostingsEnum.NONE);
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (live == null || live.get(doc)) return leaf.docBase + doc;
            }
        }
        return -1;
    }

    /**
     * Gives the key (a term of {@code keyField}) and the stored {@code bodyField} of every live document that has a
     * key, in document order: stored fields are compressed in blocks, which a read in order decompresses once each.
     */
    static void forEachStored(IndexReader reader, String keyField, String bodyField, BiConsumer<String, BytesRef> each) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(keyField);
            if (terms == null) continue;
            Map<Integer, String> keyOf = new TreeMap<>();
            TermsEnum term = terms.iterator();
            PostingsEnum postings = null;
            for (BytesRef key = term.next(); key != null; key = term.next()) {
                postings = term.postings(postings, PostingsEnum.NONE);
                String text = key.utf8ToString();
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) keyOf.put(doc, text);
            }
            Bits live = leaf.reader().getLiveDocs();
            StoredFields stored = leaf.reader().storedFields();
            for (Map.Entry<Integer, String> e : keyOf.entrySet()) {
                if (live != null && !live.get(e.getKey())) continue;
                BytesRef body = stored.document(e.getKey(), Set.of(bodyField)).getBinaryValue(bodyField);
                if (body != null) each.accept(e.getValue(), body);
            }
        }
    }

    /** Takes a document (its number in the whole reader) and its key. */
    interface KeyConsumer {
        void accept(int doc, String key);
    }

    /** Gives each document's key in the sorted doc values of {@code field}: live ones only, or deleted ones too. */
    static void forEachKey(IndexReader reader, String field, boolean withDeleted, KeyConsumer each) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedDocValues values = leaf.reader().getSortedDocValues(field);
            if (values == null) continue;
            Bits live = withDeleted ? null : leaf.reader().getLiveDocs();
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                if (live == null || live.get(doc)) each.accept(leaf.docBase + doc, values.lookupOrd(values.ordValue()).utf8ToString());
            }
        }
    }

    /** Makes everything written so far readable (not yet durable). */
    void refresh() throws IOException {
        if (writer != null) searchers.maybeRefreshBlocking();
    }

    /** Commits what was written, if anything. */
    void commit() throws IOException {
        IndexWriter open = writer;
        if (open != null && open.hasUncommittedChanges()) open.commit();
    }

    /** A reader of its own (closed by whoever takes it): near-real-time once writing, else of the last commit. */
    DirectoryReader newReader() throws IOException {
        IndexWriter open = writer;
        return open != null ? DirectoryReader.open(open) : DirectoryReader.open(directory());
    }

    @Override
    public void close() throws IOException {
        try {
            synchronized (this) {
                if (committed != null) committed.close();
                opened = true; // never opened after close
            }
            if (writer != null) {
                searchers.close();
                writer.close();
            }
        } finally {
            closeDirectory();
        }
    }

    /** The directory with the write lock taken at open, handed to the writer when it asks for it. */
    private static final class HandOverLock extends FilterDirectory {
        private Lock held;

        HandOverLock(Directory in, Lock held) {
            super(in);
            this.held = held;
        }

        @Override
        public synchronized Lock obtainLock(String name) throws IOException {
            if (name.equals(IndexWriter.WRITE_LOCK_NAME) && held != null) {
                Lock handed = held;
                held = null;
                return handed;
            }
            return super.obtainLock(name);
        }

        @Override
        public synchronized void close() throws IOException {
            try {
                if (held != null) held.close();
            } finally {
                super.close();
            }
        }
    }
}
