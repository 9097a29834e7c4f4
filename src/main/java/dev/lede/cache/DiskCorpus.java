package dev.lede.cache;

import static dev.lede.cache.EntryFields.*;

import dev.lede.corpus.Columns;
import dev.lede.corpus.Document;
import dev.lede.index.TextSearch;
import dev.lede.nlp.Annotation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.util.BytesRef;

/**
 * The corpus on disk: one embedded Lucene index per set of inputs under {@code $XDG_CACHE_HOME/lede/corpus/}, holding
 * each article (title and text, the text also indexed for full-text search), each annotation, each file's entry
 * for a warm start ({@link StoredFile}) and the latest linking of the whole corpus, keyed by the identity of the file
 * they came from (absolute path, size, modification time) and the record's number, and annotations also by the
 * annotator version. A changed file's entries and another annotator's annotations are dropped when met.
 * Writes are committed every {@link #COMMIT_SECONDS} seconds and on close, so a killed run loses only that much.
 * Thread-safe. Another process holding the same index makes {@link #open} fail; the caller then keeps the corpus
 * in the heap.
 */
public final class DiskCorpus implements AutoCloseable {

    static final int COMMIT_SECONDS = 2;
    /** Bumped when the fields change, so an old index is started afresh rather than misread. */
    private static final int LAYOUT = 4;
    /** Files are read a few at a time, so only the files in flight need remembering (not a million of them). */
    private static final int RECENT_FILES = 16_384;

    private final Path folder;
    private final KeptLinking linking;
    private final String version;
    private final IndexFolder index;
    private final ListingEntries listing;
    /** Written since the searchers last refreshed: read from here until then. */
    private final Map<String, Annotation> pending = new ConcurrentHashMap<>();
    private final Map<Path, String> fileIds = Digests.recentlyUsed(RECENT_FILES);
    /** The file states whose other states have been deleted in this run. */
    private final Set<String> cleaned = Collections.newSetFromMap(Digests.recentlyUsed(RECENT_FILES));
    private final ScheduledExecutorService committer;
    private final Consumer<String> warn;
    /** Whether any annotation of this version was in the index when it was first asked (see {@link #keptAnnotations}). */
    private volatile Boolean keptAnnotations;
    private volatile boolean failing;

    private DiskCorpus(Path folder, String version, Consumer<String> warn, boolean readerBehind) throws IOException {
        this.folder = folder;
        this.version = version;
        this.warn = warn;
        Files.createDirectories(folder);
        // Annotations of another annotator version are never read again: deleted once this run writes.
        this.index = new IndexFolder(folder, writer -> {
            try {
                writer.deleteDocuments(EntryFields.otherVersions(version));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, readerBehind);
        this.listing = new ListingEntries(this, index, folder);
        this.linking = new KeptLinking(folder);
        // Not readable after all: the next start opens the index before its first frame, and rebuilds it.
        index.whenUnreadable(listing::forgetSaved);
        this.committer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lede-disk-commit");
            t.setDaemon(true);
            return t;
        });
        committer.scheduleWithFixedDelay(this::commit, COMMIT_SECONDS, COMMIT_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * The index for these inputs below {@code cacheRoot} (e.g. {@code ~/.cache/lede}).
     *
     * @throws IOException when it cannot be opened, e.g. another Lede process is using it
     */
    public static DiskCorpus open(Path cacheRoot, List<Path> inputs, String annotatorVersion, Consumer<String> warn)
            throws IOException {
        return open(cacheRoot, inputs, Columns.COMMON_NAMES, annotatorVersion, warn);
    }

    /** As above, for inputs read with these columns: other columns make other titles and texts, so another index. */
    public static DiskCorpus open(Path cacheRoot, List<Path> inputs, Columns columns, String annotatorVersion,
            Consumer<String> warn) throws IOException {
        Path folder = IndexFolder.of(cacheRoot, Integer.toString(LAYOUT), inputs, columns);
        IndexFolder.deleteEarlierLayouts(cacheRoot, LAYOUT, inputs, columns);
        try {
            // With the first screen saved beside it, the index's reader opens behind the first frame.
            return new DiskCorpus(folder, annotatorVersion, warn, ListingEntries.firstScreenSaved(folder));
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException unreadable) {
            // Only a cache: started afresh, the corpus is annotated again.
            warn.accept("the corpus index in " + folder + " was unreadable and is rebuilt");
            IndexFolder.delete(folder);
            return new DiskCorpus(folder, annotatorVersion, warn, false);
        }
    }

    /**
     * Whether the index held annotations by this annotator version when it was opened. When it held none, an article
     * asked for the first time has nothing to look up (see {@link #add}).
     */
    public boolean keptAnnotations() {
        Boolean kept = keptAnnotations;
        if (kept == null) {
            try {
                // Deleted ones too (docFreq): a lookup too many costs little, one too few would store an article twice.
                kept = index.read(reader -> reader.docFreq(new Term(VERSION, version)) > 0);
            } catch (IOException unreadable) {
                kept = true; // each article is looked up
            }
            keptAnnotations = kept;
        }
        return kept;
    }

    /** The annotation stored for the document by this annotator version, or null. */
    public Annotation stored(Document d) {
        return stored(articleKey(d));
    }

    /** The annotation stored for the article with this key by this annotator version, or null. */
    Annotation stored(String articleKey) {
        String key = articleKey + "\u0000" + version;
        Annotation recent = pending.get(key);
        if (recent != null) return recent;
        try {
            byte[] body = body(new Term(ANNOTATION, key));
            return body == null ? null : AnnotationBody.decode(body);
        } catch (IOException | RuntimeException unreadable) {
            return null; // annotated again and rewritten
        }
    }

    /** The stored body of the entry with this key, or null. */
    byte[] body(Term key) throws IOException {
        return index.read(reader -> {
            int doc = IndexFolder.find(reader, key);
            if (doc < 0) return null;
            BytesRef bytes = reader.storedFields().document(doc).getBinaryValue(BODY);
            return bytes == null ? null : Arrays.copyOfRange(bytes.bytes, bytes.offset, bytes.offset + bytes.length);
        });
    }

    /** Keeps the document's annotation, replacing any kept for it; durable at the next commit. */
    public void store(Document d, Annotation annotation) {
        store(d, annotation, true);
    }

    /**
     * Keeps the annotation of a document the index cannot hold one for yet (it held none of this version at open and
     * the document is stored for the first time): added without the delete by key that replacing costs, which is
     * looked up in every segment at each flush.
     */
    public void add(Document d, Annotation annotation) {
        store(d, annotation, false);
    }

    private void store(Document d, Annotation annotation, boolean replacing) {
        String fileId = fileId(d.source());
        try {
            forgetOtherStates(d.source(), fileId);
        } catch (IOException | RuntimeException e) {
            failed(e);
        }
        write(d.source(), fileId, articleKey(d), annotation, replacing);
    }

    /**
     * Keeps the annotation of the article with this key, read from the file in the state {@code fileId}. Deletes
     * nothing: an annotation of a state the file has left is never read (the key names the state).
     */
    void store(Path source, String fileId, String articleKey, Annotation annotation) {
        write(source, fileId, articleKey, annotation, true);
    }

    private void write(Path source, String fileId, String articleKey, Annotation annotation, boolean replacing) {
        String key = articleKey + "\u0000" + version;
        try {
            org.apache.lucene.document.Document entry = fileFields(source, fileId, ANNOTATION);
            entry.add(new StringField(ANNOTATION, key, Field.Store.NO));
            entry.add(new SortedDocValuesField(ANNOTATION, new BytesRef(key)));
            entry.add(new StringField(VERSION, version, Field.Store.NO));
            entry.add(new StoredField(BODY, AnnotationBody.encode(annotation)));
            if (replacing) index.writer().updateDocument(new Term(ANNOTATION, key), entry);
            else index.writer().addDocument(entry);
            pending.put(key, annotation);
        } catch (IOException | RuntimeException e) {
            failed(e);
        }
    }

    /** Writes the article (its text stored and indexed for search); readable after {@link #refresh}. */
    void addArticle(Document d, String fileId) throws IOException {
        String key = FileState.articleKey(fileId, d.id());
        forgetOtherStates(d.source(), fileId);
        org.apache.lucene.document.Document entry = fileFields(d.source(), fileId, ARTICLE);
        entry.add(new StringField(ARTICLE, key, Field.Store.NO));
        entry.add(new SortedDocValuesField(ARTICLE, new BytesRef(key)));
        entry.add(new TextField(TextSearch.TITLE_FIELD, d.title(), Field.Store.NO));
        entry.add(new TextField(TextSearch.TEXT_FIELD, d.text(), Field.Store.YES));
        index.writer().updateDocument(new Term(ARTICLE, key), entry);
    }

    /** What a warm start lists from: each file's entry and its summaries. */
    ListingEntries listing() {
        return listing;
    }

    /**
     * A new entry of the file in the state {@code fileId}: written for the first time in this run, the file's
     * entries of any other state are deleted first.
     */
    org.apache.lucene.document.Document entryOfFile(Path source, String fileId, String kind) throws IOException {
        listing.forgetSaved();
        forgetOtherStates(source, fileId);
        return fileFields(source, fileId, kind);
    }

    /** Deletes every entry of a file that is gone. */
    void deleteFile(String path) throws IOException {
        listing.forgetSaved();
        index.writer().deleteDocuments(new Term(FILE, path));
    }

    /** Gives the key of every article with an annotation by this annotator version (doc values: no body is read). */
    void forEachAnnotated(Consumer<String> articleKey) throws IOException {
        String suffix = "\u0000" + version;
        forEachKey(ANNOTATION, key -> {
            if (key.endsWith(suffix)) articleKey.accept(key.substring(0, key.length() - suffix.length()));
        });
    }

    /** Whether this run has read from the index (a warm start drawing from the saved first screen has not, at first). */
    boolean reading() {
        return index.reading();
    }

    /** Whether this run has written to the index (its writer is open). */
    boolean writing() {
        return index.writing();
    }

    /** The annotator version these annotations are kept for. */
    String version() {
        return version;
    }

    /** The text of the article with this key as stored, or null when the index does not have it. */
    String text(String articleKey) throws IOException {
        return index.read(reader -> {
            int doc = IndexFolder.find(reader, new Term(ARTICLE, articleKey));
            return doc < 0 ? null : reader.storedFields().document(doc).get(TextSearch.TEXT_FIELD);
        });
    }

    /** Makes everything written so far readable here (not yet durable: see {@link #commit}). */
    void refresh() throws IOException {
        Map<String, Annotation> written = Map.copyOf(pending);
        index.refresh();
        written.forEach(pending::remove);
    }

    /** The article's key in the index (see {@link FileState#articleKey}), its file's identity read once per run. */
    String articleKey(Document d) {
        return FileState.articleKey(fileId(d.source()), d.id());
    }

    /** "path size mtime" of the file, read once while the file is being read. */
    String fileId(Path source) {
        return fileIds.computeIfAbsent(source.toAbsolutePath().normalize(), FileState::identity);
    }

    /**
     * Before the first write for a file in this run: entries from any other state of it are deleted (it changed
     * since they were written). Files that need no write cost nothing here, so a warm start deletes nothing.
     */
    private void forgetOtherStates(Path source, String fileId) throws IOException {
        if (!cleaned.add(fileId)) return; // forgotten, a file is cleaned again: that deletes nothing more
        // The listing changes if the index holds another state of the file: what is saved beside the index goes
        // first, so it never outlives what it describes. (An export annotating unchanged files keeps it.)
        if (listing.stillSaved() && heldInAnotherState(FileState.absolute(source), fileId)) listing.forgetSaved();
        index.writer().deleteDocuments(EntryFields.otherStates(FileState.absolute(source), fileId));
    }

    /**
     * Whether the index holds entries of the file in a state other than {@code fileId}: every entry of a path carries
     * its state, so the two counts differ exactly then (deleted entries counted too, which errs on the side of yes).
     */
    private boolean heldInAnotherState(String path, String fileId) throws IOException {
        return index.read(reader -> reader.docFreq(new Term(FILE, path)) != reader.docFreq(new Term(FILE_ID, fileId)));
    }

    /** Commits what was written, so a process killed after this resumes from here. */
    void commit() {
        try {
            index.commit();
            refresh();
        } catch (IOException | RuntimeException e) {
            failed(e);
        }
    }

    /** The corpus linking kept beside the index ({@link KeptLinking}). */
    KeptLinking linking() {
        return linking;
    }

    void failed(Exception e) {
        if (failing) return;
        failing = true;
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        warn.accept("the corpus index in " + folder + " cannot be written (" + why + "); annotations are not kept");
    }

    /** The key of every article in the index now, read from doc values (fast: no stored text is touched). */
    Set<String> articleKeys() throws IOException {
        Set<String> keys = new HashSet<>();
        forEachKey(ARTICLE, keys::add);
        return keys;
    }

    private void forEachKey(String field, Consumer<String> each) throws IOException {
        index.read(reader -> {
            IndexFolder.forEachKey(reader, field, false, (doc, key) -> each.accept(key));
            return null;
        });
    }

    /** A search over the stored articles, each mapped to its corpus index by {@code indexOf} (-1: not in this corpus). */
    TextSearch search(ToIntFunction<String> indexOf) throws IOException {
        DirectoryReader reader = index.newReader();
        int[] corpusIndex = new int[reader.maxDoc()];
        Arrays.fill(corpusIndex, -1);
        IndexFolder.forEachKey(reader, ARTICLE, true, (doc, key) -> corpusIndex[doc] = indexOf.applyAsInt(key));
        return TextSearch.over(reader, corpusIndex);
    }

    @Override
    public void close() {
        // Never interrupted: an interrupt inside a Lucene write closes its file channel and fails the writer.
        committer.shutdown();
        try {
            committer.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            index.close();
        } catch (IOException | RuntimeException e) {
            failed(e);
        }
    }
}
