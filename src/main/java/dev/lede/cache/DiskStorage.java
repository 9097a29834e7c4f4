package dev.lede.cache;

import dev.lede.corpus.CorpusLoader;
import dev.lede.corpus.Document;
import dev.lede.corpus.LoadOptions;
import dev.lede.index.TextSearch;
import dev.lede.model.CorpusStorage;
import dev.lede.nlp.Annotation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ObjIntConsumer;

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
    /**
     * Grows only when a check finds new or changed files; a file's entry never changes. Null until {@link #listed}
     * is done: a first frame drawn from the saved {@link #first} rows comes before it.
     */
    private final AtomicReference<Listing> listing = new AtomicReference<>();
    /** The files listed, at the first need after the first frame when {@link #first} was read. */
    private final FutureTask<ListedFiles> listed;
    /** The first screen saved beside the index, or null when the listing was made before this opened. */
    private final FirstRows first;
    /** The first screen saved beside the index as read or last written in this run, or null: written at close again. */
    private volatile FirstRows saved;
    /** Replaced, never changed, when a check withdraws documents. */
    private volatile BitSet withdrawn = new BitSet();
    private final Map<Integer, Document> recentDocuments = Digests.recentlyUsed(RECENT_TEXTS);
    private final Map<Integer, Annotation> recentAnnotations = Digests.recentlyUsed(RECENT_ANNOTATIONS);
    /** Each document's place in corpus order once a check added documents; null while that is index order. */
    private volatile int[] rank;
    /** Whether a check found files changed: the saved first screen is not the list's any more. */
    private volatile boolean checkChanged;
    /** False while the documents are listed from the index and their files not compared yet. */
    private volatile boolean checked;

    private DiskStorage(DiskCorpus corpus, List<Path> paths, LoadOptions options, FirstRows first,
            FutureTask<ListedFiles> listed, boolean checked) {
        this.corpus = corpus;
        this.paths = List.copyOf(paths);
        this.options = options;
        this.pages = new SummaryPages(corpus.listing()::page);
        this.first = first;
        this.saved = first;
        this.listed = listed;
        this.checked = checked;
    }

    /** The listing, waiting for it when the first frame was drawn from the saved rows and it is still being read. */
    private Listing listing() {
        Listing now = listing.get();
        if (now != null) return now;
        listing.compareAndSet(null, new Listing(listed().files()));
        return listing.get();
    }

    /** The files as listed: read by the first caller (the others wait for it). */
    private ListedFiles listed() {
        listed.run(); // does nothing once run
        try {
            return listed.get();
        } catch (ExecutionException failed) {
            throw new UncheckedIOException(failed.getCause() instanceof IOException io ? io : new IOException(failed.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new java.io.InterruptedIOException("listing interrupted"));
        }
    }

    /**
     * The saved first screen (what the first frame draws, without the index) until a check changes the listing,
     * else null.
     */
    private FirstRows firstRows() {
        return checkChanged ? null : first;
    }

    /**
     * The storage of these inputs: listed from the files' entries saved beside the index, or from the index when it
     * lists any file (a warm start reads no article file; call {@link #checkFiles} later), else loaded from the
     * files, each text written to the index the first time.
     */
    public static DiskStorage open(DiskCorpus corpus, List<Path> paths, LoadOptions options) throws IOException {
        FirstRows first = FirstRows.read(corpus.listing().firstScreen(), corpus.listing().savedFiles(), paths);
        if (first != null) {
            // The first frame draws from these rows; the listing is read when first needed (behind it), as is the index.
            FutureTask<ListedFiles> later = new FutureTask<>(() -> {
                ListedFiles files = ListedFiles.of(corpus, paths);
                return files != null ? files : new ListedFiles(StoredFiles.of(List.of()), true);
            });
            return new DiskStorage(corpus, paths, options, first, later, false);
        }
        ListedFiles files = ListedFiles.of(corpus, paths);
        if (files != null) return new DiskStorage(corpus, paths, options, null, ListedFiles.done(files), false);
        ListedFiles.Loader loader = new ListedFiles.Loader(corpus, paths);
        CorpusLoader.load(paths, options, loader);
        DiskStorage loaded = new DiskStorage(corpus, paths, options, null, ListedFiles.done(new ListedFiles(loader.done(), false)), true);
        // The saved entries describe the index: committed first, so a run killed before its first periodic
        // commit never leaves entries of texts the index does not hold (a restart would read every text as empty).
        corpus.commit();
        loaded.saveListing(true);
        return loaded;
    }

    /**
     * Saves the files' entries beside the index for the next start, and the first screen's rows with them; a listing
     * a check changed is not saved.
     */
    private void saveListing(boolean entries) {
        ListingEntries beside = corpus.listing();
        try {
            Listing now = listing();
            if (entries) now.files().write(beside.savedFiles());
            FirstRows written = FirstRows.of(now, this::summary, corpus);
            written.write(beside.firstScreen(), beside.savedFiles(), paths);
            saved = written;
            beside.saved();
        } catch (IOException | RuntimeException notSaved) {
            // the next start lists the files from the index
        }
    }

    @Override
    public int size() {
        FirstRows saved = firstRows();
        return saved != null ? saved.documents() : listing().size();
    }

    @Override
    public Document summary(int index) {
        FirstRows saved = firstRows();
        Document row = saved == null ? null : saved.row(index);
        if (row != null) return row;
        Listing now = listing();
        int f = now.fileOf(index);
        return pages.summary(now.files().get(f), index - now.starts()[f]);
    }

    @Override
    public boolean isFailed(int index) {
        FirstRows saved = firstRows();
        Document row = saved == null ? null : saved.row(index);
        return row != null ? row.isFailed() : listing().isFailed(index);
    }

    /** Reads every page in the index's order (far faster than one page at a time), then any page it lacks. */
    @Override
    public void forEachSummary(ObjIntConsumer<Document> each) {
        Listing now = listing();
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
        return first != null ? first.anyDated() : listing().files().anyDated();
    }

    @Override
    public Document document(int index) {
        Document summary = summary(index);
        if (summary.isFailed()) return summary;
        FirstRows saved = firstRows();
        if (index == 0 && saved != null && saved.first() != null) {
            FirstRows.FirstText text = saved.first();
            if (!FileState.identity(Path.of(text.path())).equals(text.fileId())) return changed(summary);
            return new Document(summary.id(), summary.source(), summary.title(), text.text(), null, summary.note(), summary.origin());
        }
        if (isWithdrawn(index) || !stillAsListed(index)) return changed(summary);
        Document known = recentDocuments.get(index);
        if (known != null) return known;
        String text;
        try {
            text = corpus.text(listing().key(index));
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
        Listing now = listing();
        StoredFile file = now.files().get(now.fileOf(index));
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
        Annotation read = corpus.stored(listing().key(index));
        if (read != null) recentAnnotations.put(index, read);
        return read;
    }

    @Override
    public void store(int index, Annotation annotation) {
        if (isWithdrawn(index)) return;
        Listing now = listing();
        StoredFile file = now.files().get(now.fileOf(index));
        String key = now.key(index);
        if (key != null) corpus.store(Path.of(file.path()), file.fileId(), key, annotation);
        recentAnnotations.put(index, annotation);
    }

    @Override
    public BitSet storedAnnotations() {
        BitSet stored = new BitSet(size());
        try {
            ArticleKeys keys = new ArticleKeys(listing());
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
            FileCheck.Result result = new FileCheck(corpus, paths, options, pages).run(listing());
            if (!result.changed()) {
                checked = true;
                if (listed().fromIndex() || first == null) saveListing(listed().fromIndex());
                return false;
            }
            // Its withdrawn files stay listed until the end of this run: the next start lists from the index (the
            // check's first write deleted what was saved beside it).
            checkChanged = true;
            corpus.refresh();
            BitSet more = (BitSet) withdrawn.clone();
            more.or(result.withdrawn());
            for (int gone = result.withdrawn().nextSetBit(0); gone >= 0; gone = result.withdrawn().nextSetBit(gone + 1)) {
                recentDocuments.remove(gone);
                recentAnnotations.remove(gone);
            }
            withdrawn = more;
            listing.set(listing().plus(result.added()));
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
    public int withdrawnCount() {
        return withdrawn.cardinality();
    }

    @Override
    public int replacementOf(int index) {
        if (!isWithdrawn(index)) return -1;
        Listing now = listing();
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
        MessageDigest key = Digests.sha256();
        // Fed one document at a time: the corpus's keys are never one string in the heap.
        key.update(corpus.version().getBytes(StandardCharsets.UTF_8));
        Listing now = listing();
        for (int i = 0; i < now.size(); i++) {
            String article = now.key(i);
            String part = isWithdrawn(i) ? "-" : article != null ? article
                    : now.files().get(now.fileOf(i)).fileId() + "\u0000" + summary(i).id();
            key.update(("\n" + part).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(key.digest());
    }

    @Override
    public InputStream storedLinking(String key) {
        return corpus.linking().open(key);
    }

    @Override
    public void storeLinking(String key, LinkingBody body) {
        try {
            corpus.linking().store(key, body);
        } catch (IOException e) {
            corpus.failed(e);
        }
    }

    @Override
    public TextSearch search() {
        ArticleKeys keys = new ArticleKeys(listing());
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

    /**
     * Waits for a check under way (it writes to the index). A first screen saved and still true is written again at
     * the last commit, so the next start draws from it (it is read only at the commit it was written at).
     */
    @Override
    public synchronized void close() {
        FirstRows shown = saved;
        if (shown != null && corpus.listing().stillSaved()) {
            ListingEntries beside = corpus.listing();
            try {
                corpus.commit();
                if (corpus.listing().stillSaved()) shown.write(beside.firstScreen(), beside.savedFiles(), paths);
            } catch (IOException | RuntimeException notSaved) {
                // the next start opens the index first
            }
        }
        corpus.close();
    }
}
