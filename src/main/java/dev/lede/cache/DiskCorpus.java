package dev.lede.cache;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.corpus.Document;
import dev.lede.index.TextSearch;
import dev.lede.nlp.Annotation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Comparator;
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
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The corpus on disk: one embedded Lucene index per set of inputs under {@code $XDG_CACHE_HOME/lede/corpus/}, holding
 * each article (title, text, origin; the text also indexed for full-text search) and each annotation, keyed by the
 * identity of the file it came from (absolute path, size, modification time) and the record's number, and annotations
 * also by the annotator version. A changed file's entries and another annotator's annotations are dropped when met.
 * Writes are committed every {@link #COMMIT_SECONDS} seconds and on close, so a killed run loses only that much.
 * Thread-safe. Another process holding the same index makes {@link #open} fail; the caller then keeps the corpus
 * in the heap.
 */
public final class DiskCorpus implements AutoCloseable {

    static final int COMMIT_SECONDS = 2;
    /** Bumped when the fields change, so an old index is started afresh rather than misread. */
    private static final String LAYOUT = "1";

    private static final String KIND = "kind";
    private static final String FILE = "file";
    private static final String FILE_ID = "fileId";
    /** The article's key: file identity and record id. Indexed (lookup) and as doc values (search hits to the corpus). */
    private static final String ARTICLE = "article";
    /** The annotation's key: the article's key and the annotator version. */
    private static final String ANNOTATION = "annotation";
    private static final String VERSION = "version";
    private static final String BODY = "body";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path folder;
    private final String version;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** Written since the searchers last refreshed: read from here until then. */
    private final Map<String, Annotation> pending = new ConcurrentHashMap<>();
    private final Map<Path, String> fileIds = new ConcurrentHashMap<>();
    private final Set<Path> cleaned = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService committer;
    private final Consumer<String> warn;
    private volatile boolean failing;

    private DiskCorpus(Path folder, String version, Consumer<String> warn) throws IOException {
        this.folder = folder;
        this.version = version;
        this.warn = warn;
        Files.createDirectories(folder);
        this.directory = FSDirectory.open(folder);
        IndexWriterConfig config = new IndexWriterConfig(TextSearch.analyzer()).setRAMBufferSizeMB(32)
                .setCommitOnClose(true);
        this.writer = new IndexWriter(directory, config);
        // Annotations of another annotator version are never read again.
        writer.deleteDocuments(new BooleanQuery.Builder().add(new TermQuery(new Term(KIND, ANNOTATION)), Occur.MUST)
                .add(new TermQuery(new Term(VERSION, version)), Occur.MUST_NOT).build());
        this.searchers = new SearcherManager(writer, true, false, null);
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
        StringBuilder names = new StringBuilder(LAYOUT);
        inputs.stream().map(p -> p.toAbsolutePath().normalize().toString()).sorted().forEach(p -> names.append('\n').append(p));
        String hash = CachingAnnotator.sha256(names.toString()).substring(0, 16);
        Path folder = cacheRoot.resolve("corpus").resolve(hash);
        try {
            return new DiskCorpus(folder, annotatorVersion, warn);
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException unreadable) {
            // Only a cache: started afresh, the corpus is annotated again.
            warn.accept("the corpus index in " + folder + " was unreadable and is rebuilt");
            deleteTree(folder);
            return new DiskCorpus(folder, annotatorVersion, warn);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /** The annotation stored for the document by this annotator version, or null. */
    public Annotation stored(Document d) {
        String key = annotationKey(d);
        Annotation recent = pending.get(key);
        if (recent != null) return recent;
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = searcher.search(new TermQuery(new Term(ANNOTATION, key)), 1);
                if (top.scoreDocs.length == 0) return null;
                BytesRef bytes = searcher.storedFields().document(top.scoreDocs[0].doc).getBinaryValue(BODY);
                return JSON.readValue(bytes.bytes, bytes.offset, bytes.length, Annotation.class);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException | RuntimeException unreadable) {
            return null; // annotated again and rewritten
        }
    }

    /** Keeps the document's annotation; durable at the next commit. */
    public void store(Document d, Annotation annotation) {
        String key = annotationKey(d);
        try {
            forgetOtherStates(d);
            org.apache.lucene.document.Document entry = fileFields(d, ANNOTATION);
            entry.add(new StringField(ANNOTATION, key, Field.Store.NO));
            entry.add(new StringField(VERSION, version, Field.Store.NO));
            entry.add(new StoredField(BODY, JSON.writeValueAsBytes(annotation)));
            writer.updateDocument(new Term(ANNOTATION, key), entry);
            pending.put(key, annotation);
        } catch (IOException | RuntimeException e) {
            failed(e);
        }
    }

    /** Writes the article (its text stored and indexed for search); readable after {@link #refresh}. */
    void addArticle(Document d) throws IOException {
        String key = articleKey(d);
        forgetOtherStates(d);
        org.apache.lucene.document.Document entry = fileFields(d, ARTICLE);
        entry.add(new StringField(ARTICLE, key, Field.Store.NO));
        entry.add(new SortedDocValuesField(ARTICLE, new BytesRef(key)));
        entry.add(new TextField(TextSearch.TITLE_FIELD, d.title(), Field.Store.NO));
        entry.add(new TextField(TextSearch.TEXT_FIELD, d.text(), Field.Store.YES));
        writer.updateDocument(new Term(ARTICLE, key), entry);
    }

    /** The article's text as stored, or null when the index does not have it. */
    String text(Document d) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(new TermQuery(new Term(ARTICLE, articleKey(d))), 1);
            return top.scoreDocs.length == 0 ? null : searcher.storedFields().document(top.scoreDocs[0].doc).get(TextSearch.TEXT_FIELD);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Makes everything written so far readable here (not yet durable: see {@link #commit}). */
    void refresh() throws IOException {
        Map<String, Annotation> written = Map.copyOf(pending);
        searchers.maybeRefreshBlocking();
        written.forEach(pending::remove);
    }

    /**
     * The file's identity and the record's number in it ("#12"), not the id, which names the file as the user did
     * ("big.jsonl#12" or "/data/big.jsonl#12") and so differs between runs that reach the same file differently.
     */
    String articleKey(Document d) {
        return fileId(d.source()) + "\u0000" + record(d.id());
    }

    private static String record(String id) {
        int hash = id.lastIndexOf('#');
        if (hash < 0 || hash == id.length() - 1) return "";
        for (int i = hash + 1; i < id.length(); i++) if (!Character.isDigit(id.charAt(i))) return "";
        return id.substring(hash);
    }

    private String annotationKey(Document d) {
        return articleKey(d) + "\u0000" + version;
    }

    /** The fields that say which file (and which state of it) an entry came from. */
    private org.apache.lucene.document.Document fileFields(Document d, String kind) {
        org.apache.lucene.document.Document entry = new org.apache.lucene.document.Document();
        entry.add(new StringField(KIND, kind, Field.Store.NO));
        entry.add(new StringField(FILE, absolute(d.source()), Field.Store.NO));
        entry.add(new StringField(FILE_ID, fileId(d.source()), Field.Store.NO));
        return entry;
    }

    /** "path size mtime" of the file, read once per file and run. */
    private String fileId(Path source) {
        return fileIds.computeIfAbsent(source.toAbsolutePath().normalize(), path -> {
            try {
                BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
                return path + " " + a.size() + " " + a.lastModifiedTime().toMillis();
            } catch (IOException gone) {
                return path + " missing";
            }
        });
    }

    /**
     * Before the first write for a file in this run: entries from any other state of it are deleted (it changed
     * since they were written). Files that need no write cost nothing here, so a warm start deletes nothing.
     */
    private void forgetOtherStates(Document d) throws IOException {
        Path path = d.source().toAbsolutePath().normalize();
        if (!cleaned.add(path)) return;
        writer.deleteDocuments(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(FILE, path.toString())), Occur.MUST)
                .add(new TermQuery(new Term(FILE_ID, fileId(d.source()))), Occur.MUST_NOT).build());
    }

    private static String absolute(Path source) {
        return source.toAbsolutePath().normalize().toString();
    }

    /** Commits what was written, so a process killed after this resumes from here. */
    void commit() {
        try {
            if (writer.hasUncommittedChanges()) writer.commit();
            refresh();
        } catch (IOException | RuntimeException e) {
            failed(e);
        }
    }

    private void failed(Exception e) {
        if (failing) return;
        failing = true;
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        warn.accept("the corpus index in " + folder + " cannot be written (" + why + "); annotations are not kept");
    }

    /** The key of every article in the index now, read from doc values (fast: no stored text is touched). */
    Set<String> articleKeys() throws IOException {
        Set<String> keys = new HashSet<>();
        IndexSearcher searcher = searchers.acquire();
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                SortedDocValues values = leaf.reader().getSortedDocValues(ARTICLE);
                if (values == null) continue;
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                    if (live == null || live.get(doc)) keys.add(values.lookupOrd(values.ordValue()).utf8ToString());
                }
            }
        } finally {
            searchers.release(searcher);
        }
        return keys;
    }

    /** A search over the stored articles, each mapped to its corpus index by {@code indexOf} (-1: not in this corpus). */
    TextSearch search(ToIntFunction<String> indexOf) throws IOException {
        DirectoryReader reader = DirectoryReader.open(writer);
        int[] corpusIndex = new int[reader.maxDoc()];
        Arrays.fill(corpusIndex, -1);
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedDocValues keys = leaf.reader().getSortedDocValues(ARTICLE);
            if (keys == null) continue;
            for (int doc = keys.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = keys.nextDoc()) {
                corpusIndex[leaf.docBase + doc] = indexOf.applyAsInt(keys.lookupOrd(keys.ordValue()).utf8ToString());
            }
        }
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
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException | RuntimeException e) {
            failed(e);
        }
    }
}
