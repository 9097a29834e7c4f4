package dev.lede.cache;

import dev.lede.corpus.CorpusLoader;
import dev.lede.corpus.Document;
import dev.lede.corpus.LoadOptions;
import dev.lede.index.TextSearch;
import dev.lede.model.CorpusStorage;
import dev.lede.nlp.Annotation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ObjIntConsumer;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

/**
 * A library's documents and annotations in a {@link DiskCorpus}. The heap keeps one packed entry per file
 * ({@link StoredFiles}: its identity, how many articles, which failed) and the last pages of summaries, texts and
 * annotations read; every article's title, id and origin are read in pages when a list draws them
 * ({@link SummaryPages}). A warm start lists the files from the index without reading one; {@link #checkFiles}
 * then compares the files and applies what changed (see {@link FileCheck}).
 */
public final class DiskStorage implements CorpusStorage {

    private static final int RECENT_TEXTS = 64;
    private static final int RECENT_ANNOTATIONS = 2048;

    private final DiskCorpus corpus;
    private final List<Path> paths;
    private final LoadOptions options;
    private final SummaryPages pages;
    /** Grows only when a check finds new or changed files; a file's entry never changes. */
    private volatile Listing listing;
    /** Replaced, never changed, when a check withdraws documents. */
    private volatile BitSet withdrawn = new BitSet();
    private final Map<Integer, Document> recentDocuments = recent(RECENT_TEXTS);
    private final Map<Integer, Annotation> recentAnnotations = recent(RECENT_ANNOTATIONS);
    /** Each document's place in corpus order once a check added documents; null while that is index order. */
    private volatile int[] rank;
    /** Whether the files were listed from the index and not saved beside it yet (see {@link #saveListing}). */
    private volatile boolean unsaved;
    /** False while the documents are listed from the index and their files not compared yet. */
    private volatile boolean checked;

    private DiskStorage(DiskCorpus corpus, List<Path> paths, LoadOptions options, StoredFiles files, boolean checked) {
        this.corpus = corpus;
        this.paths = List.copyOf(paths);
        this.options = options;
        this.pages = new SummaryPages(corpus.listing()::page);
        this.listing = new Listing(files);
        this.checked = checked;
    }

    /**
     * The storage of these inputs: listed from the files' entries saved beside the index, or from the index when it
     * lists any file (a warm start reads no article file; call {@link #checkFiles} later), else loaded from the
     * files, each text written to the index the first time.
     */
    public static DiskStorage open(DiskCorpus corpus, List<Path> paths, LoadOptions options) throws IOException {
        // Files in the order of the inputs as named now (the index is shared by any naming or order of the same paths).
        Map<String, Integer> inputs = new HashMap<>();
        for (int i = 0; i < paths.size(); i++) inputs.putIfAbsent(FileState.absolute(paths.get(i)), i);
        Map<String, Integer> inputOrder = new HashMap<>();
        ToIntFunction<String> orderOf = input -> inputOrder.computeIfAbsent(input,
                named -> inputs.getOrDefault(FileState.absolute(Path.of(named)), paths.size()));
        UnaryOperator<String> nameNow = input -> {
            int i = orderOf.applyAsInt(input);
            return i < paths.size() ? paths.get(i).toString() : null;
        };
        StoredFiles saved = StoredFiles.read(corpus.listing().savedFiles(), nameNow, orderOf);
        if (saved != null) return new DiskStorage(corpus, paths, options, saved, false);
        StoredFiles.Builder stored = new StoredFiles.Builder();
        corpus.listing().forEachFile(stored::add);
        if (stored.size() == 0) {
            Loader loader = new Loader(corpus, paths);
            CorpusLoader.load(paths, options, loader);
            DiskStorage loaded = new DiskStorage(corpus, paths, options, loader.done(), true);
            // The saved entries describe the index: committed first, so a run killed before its first periodic
            // commit never leaves entries of texts the index does not hold (a restart would read every text as empty).
            corpus.commit();
            loaded.saveListing();
            return loaded;
        }
        Map<String, String> namedNow = new HashMap<>();
        stored.forEachInput(input -> {
            String now = nameNow.apply(input);
            if (now != null) namedNow.put(input, now);
        });
        DiskStorage listed = new DiskStorage(corpus, paths, options,
                stored.named(namedNow).sorted(file -> (char) orderOf.applyAsInt(file.input()) + file.folderKey()), false);
        listed.unsaved = true;
        return listed;
    }

    /** Saves the files' entries beside the index for the next start; a listing a check changed is not saved. */
    private void saveListing() {
        try {
            listing.files().write(corpus.listing().savedFiles());
        } catch (IOException | RuntimeException notSaved) {
            // the next start lists the files from the index
        }
    }

    /** Takes documents as they are loaded, file by file: each is written to the index (see {@link FileListing}). */
    private static final class Loader implements Consumer<Document> {
        private final DiskCorpus corpus;
        private final List<Path> paths;
        private final Set<String> known;
        private final StoredFiles.Builder files = new StoredFiles.Builder();
        private FileListing file;
        private Path source;

        Loader(DiskCorpus corpus, List<Path> paths) throws IOException {
            this.corpus = corpus;
            this.paths = paths;
            this.known = corpus.articleKeys();
        }

        @Override
        public void accept(Document d) {
            try {
                if (file != null && !source.equals(d.source())) endOfFile();
                if (file == null) {
                    source = d.source();
                    file = new FileListing(corpus, source, corpus.fileId(source), paths, known);
                }
                file.add(d);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void endOfFile() throws IOException {
            StoredFile done = file.finish();
            if (done != null) files.add(done);
            file = null;
        }

        /** Every document taken; what was written is readable from here on. */
        StoredFiles done() throws IOException {
            if (file != null) endOfFile();
            corpus.refresh();
            return files.build();
        }
    }

    @Override
    public int size() {
        return listing.size();
    }

    @Override
    public Document summary(int index) {
        Listing now = listing;
        int f = now.fileOf(index);
        return pages.summary(now.files().get(f), index - now.starts()[f]);
    }

    @Override
    public boolean isFailed(int index) {
        return listing.isFailed(index);
    }

    /** Reads every page in the index's order (far faster than one page at a time), then any page it lacks. */
    @Override
    public void forEachSummary(ObjIntConsumer<Document> each) {
        Listing now = listing;
        ArticleKeys files = new ArticleKeys(now);
        BitSet given = new BitSet(now.size());
        try {
            corpus.listing().forEachPage((fileId, page, body) -> {
                int f = files.fileOf(fileId);
                if (f < 0 || page * SummaryPages.SIZE >= now.files().count(f)) return;
                Document[] rows = SummaryPages.decode(body, now.files().get(f), page);
                if (rows == null) return;
                int first = now.starts()[f] + page * SummaryPages.SIZE;
                for (int i = 0; i < rows.length; i++) {
                    each.accept(rows[i], first + i);
                    given.set(first + i);
                }
            });
        } catch (IOException unreadable) {
            // each read below, one page at a time
        }
        for (int d = given.nextClearBit(0); d < now.size(); d = given.nextClearBit(d + 1)) each.accept(summary(d), d);
    }

    @Override
    public boolean hasDates() {
        return listing.files().anyDated();
    }

    @Override
    public Document document(int index) {
        Document summary = summary(index);
        if (summary.isFailed()) return summary;
        if (isWithdrawn(index) || !stillAsListed(index)) return changed(summary);
        Document known = recentDocuments.get(index);
        if (known != null) return known;
        String text;
        try {
            text = corpus.text(listing.key(index));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (text == null) return changed(summary);
        Document full = new Document(summary.id(), summary.source(), summary.title(), text, null, summary.note(), summary.origin());
        recentDocuments.put(index, full);
        return full;
    }

    /** Never the text or annotation of a file's earlier state: until the check has run, each read looks at the file. */
    private boolean stillAsListed(int index) {
        if (checked) return true;
        StoredFile file = listing.files().get(listing.fileOf(index));
        return FileState.identity(Path.of(file.path())).equals(file.fileId());
    }

    private static Document changed(Document summary) {
        return new Document(summary.id(), summary.source(), summary.title(), "",
                "the file changed or was removed since it was listed; its new state is read in the background",
                summary.note(), summary.origin());
    }

    @Override
    public Annotation stored(int index) {
        if (isFailed(index)) return Annotation.EMPTY; // never annotated: nothing found
        if (isWithdrawn(index) || !stillAsListed(index)) return null;
        Annotation known = recentAnnotations.get(index);
        if (known != null) return known;
        Annotation read = corpus.stored(listing.key(index));
        if (read != null) recentAnnotations.put(index, read);
        return read;
    }

    @Override
    public void store(int index, Annotation annotation) {
        if (isWithdrawn(index)) return;
        Listing now = listing;
        StoredFile file = now.files().get(now.fileOf(index));
        String key = now.key(index);
        if (key != null) corpus.store(Path.of(file.path()), file.fileId(), key, annotation);
        recentAnnotations.put(index, annotation);
    }

    @Override
    public BitSet storedAnnotations() {
        BitSet stored = new BitSet(size());
        try {
            ArticleKeys keys = new ArticleKeys(listing);
            corpus.forEachAnnotated(key -> {
                int document = keys.indexOf(key);
                if (document >= 0) stored.set(document);
            });
        } catch (IOException unreadable) {
            // Annotated again, one by one.
        }
        stored.andNot(withdrawn);
        return stored;
    }

    @Override
    public synchronized boolean checkFiles() {
        if (checked) return false;
        try {
            FileCheck.Result result = new FileCheck(corpus, paths, options, pages).run(listing);
            if (!result.changed()) {
                checked = true;
                if (unsaved) saveListing();
                return false;
            }
            // Its withdrawn files stay listed until the end of this run: the next start lists from the index.
            Files.deleteIfExists(corpus.listing().savedFiles());
            corpus.refresh();
            BitSet more = (BitSet) withdrawn.clone();
            more.or(result.withdrawn());
            for (int gone = result.withdrawn().nextSetBit(0); gone >= 0; gone = result.withdrawn().nextSetBit(gone + 1)) {
                recentDocuments.remove(gone);
                recentAnnotations.remove(gone);
            }
            withdrawn = more;
            listing = listing.plus(result.added());
            rank = result.rank();
            checked = true;
            return true;
        } catch (IOException | RuntimeException e) {
            return false; // a failing index is said once by the corpus; each read still looks at its file
        }
    }

    @Override
    public boolean isWithdrawn(int index) {
        return withdrawn.get(index);
    }

    @Override
    public int replacementOf(int index) {
        if (!isWithdrawn(index)) return -1;
        Listing now = listing;
        String path = now.files().get(now.fileOf(index)).path();
        String id = summary(index).id();
        for (int f = now.files().size() - 1; f > now.fileOf(index); f--) {
            StoredFile file = now.files().get(f);
            if (!file.path().equals(path)) continue;
            for (int d = now.starts()[f]; d < now.starts()[f] + file.count(); d++) {
                if (!isWithdrawn(d) && summary(d).id().equals(id)) return d;
            }
        }
        return -1;
    }

    @Override
    public List<Integer> inCorpusOrder(List<Integer> documents) {
        int[] order = rank;
        if (order == null) return documents;
        List<Integer> sorted = new ArrayList<>(documents);
        sorted.sort((a, b) -> Integer.compare(a < order.length ? order[a] : a, b < order.length ? order[b] : b));
        return sorted;
    }

    @Override
    public String linkingKey() {
        MessageDigest key;
        try {
            key = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        // Fed one document at a time: the corpus's keys are never one string in the heap.
        key.update(corpus.version().getBytes(StandardCharsets.UTF_8));
        Listing now = listing;
        for (int i = 0; i < now.size(); i++) {
            String article = now.key(i);
            String part = isWithdrawn(i) ? "-" : article != null ? article
                    : now.files().get(now.fileOf(i)).fileId() + "\u0000" + summary(i).id();
            key.update(("\n" + part).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(key.digest());
    }

    @Override
    public byte[] storedLinking(String key) {
        return corpus.linking(key);
    }

    @Override
    public void storeLinking(String key, byte[] linking) {
        corpus.storeLinking(key, linking);
    }

    @Override
    public TextSearch search() {
        ArticleKeys keys = new ArticleKeys(listing);
        BitSet gone = withdrawn;
        try {
            return corpus.search(key -> {
                int document = keys.indexOf(key);
                return document >= 0 && !gone.get(document) ? document : -1;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for a check under way (it writes to the index). */
    @Override
    public synchronized void close() {
        corpus.close();
    }

    private static <V> Map<Integer, V> recent(int capacity) {
        return Collections.synchronizedMap(new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, V> eldest) {
                return size() > capacity;
            }
        });
    }
}
