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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A library's documents and annotations in a {@link DiskCorpus}: the heap keeps each document without its text
 * (title, id, source, origin), which file state it was read from, and the last few texts and annotations read; the
 * rest stays on disk. A warm start lists the documents from the index without reading a file; {@link #checkFiles}
 * then compares the files and applies what changed (see {@link FileCheck}).
 */
public final class DiskStorage implements CorpusStorage {

    private static final int RECENT_TEXTS = 64;
    private static final int RECENT_ANNOTATIONS = 2048;

    /** One document: what the list shows and the state of its file ("path size mtime"), shared by its records. */
    record Entry(Document summary, String fileId) {
        static Entry of(Document d, String fileId) {
            return new Entry(StoredFile.summaryOf(d), fileId);
        }

        /** Its key in the index (made when asked, not held per document); null when it failed. */
        String key() {
            return summary.isFailed() ? null : FileState.articleKey(fileId, summary.id());
        }
    }

    private final DiskCorpus corpus;
    private final List<Path> paths;
    private final LoadOptions options;
    /** Grows only when a check finds new or changed files; an entry never changes. */
    private final List<Entry> entries;
    private final Set<Integer> withdrawn = ConcurrentHashMap.newKeySet();
    private final Map<Integer, Document> recentDocuments = recent(RECENT_TEXTS);
    private final Map<Integer, Annotation> recentAnnotations = recent(RECENT_ANNOTATIONS);
    /** Each document's place in corpus order once a check added documents; null while that is index order. */
    private volatile int[] rank;
    /** False while the documents are listed from the index and their files not compared yet. */
    private volatile boolean checked;

    private DiskStorage(DiskCorpus corpus, List<Path> paths, LoadOptions options, List<Entry> entries, boolean checked) {
        this.corpus = corpus;
        this.paths = List.copyOf(paths);
        this.options = options;
        this.entries = new CopyOnWriteArrayList<>(entries);
        this.checked = checked;
    }

    /**
     * The storage of these inputs: listed from the index when it lists any file (a warm start reads no file; call
     * {@link #checkFiles} later), else loaded from the files, each text written to the index the first time.
     */
    public static DiskStorage open(DiskCorpus corpus, List<Path> paths, LoadOptions options) throws IOException {
        List<StoredFile> files = new ArrayList<>(corpus.files());
        if (files.isEmpty()) {
            Loader loader = new Loader(corpus, paths);
            CorpusLoader.load(paths, options, loader);
            return new DiskStorage(corpus, paths, options, loader.done(), true);
        }
        // Files in the order of the inputs as named now (the index is shared by any naming or order of the same paths).
        Map<String, Integer> inputs = new HashMap<>();
        for (int i = 0; i < paths.size(); i++) inputs.putIfAbsent(FileState.absolute(paths.get(i)), i);
        List<List<StoredFile>> byInput = new ArrayList<>();
        for (int i = 0; i <= paths.size(); i++) byInput.add(new ArrayList<>());
        for (StoredFile file : files) {
            int input = inputs.getOrDefault(FileState.absolute(Path.of(file.input())), paths.size());
            byInput.get(input).add(input < paths.size() ? file.namedAs(paths.get(input).toString()) : file);
        }
        List<Entry> entries = new ArrayList<>();
        for (List<StoredFile> ofInput : byInput) {
            ofInput.sort(StoredFile.FOLDER_ORDER);
            for (StoredFile file : ofInput) {
                for (Document d : file.summaries()) entries.add(Entry.of(d, file.fileId()));
            }
        }
        return new DiskStorage(corpus, paths, options, entries, false);
    }

    /** Takes documents as they are loaded: a text the index does not have yet is written to it, then let go. */
    private static final class Loader implements Consumer<Document> {
        private final DiskCorpus corpus;
        private final List<Path> paths;
        private final Set<String> known;
        private final List<Entry> entries = new ArrayList<>();
        private final List<Document> ofFile = new ArrayList<>();
        private String fileId;

        Loader(DiskCorpus corpus, List<Path> paths) throws IOException {
            this.corpus = corpus;
            this.paths = paths;
            this.known = corpus.articleKeys();
        }

        @Override
        public void accept(Document d) {
            try {
                if (!ofFile.isEmpty() && !ofFile.get(0).source().equals(d.source())) endOfFile();
                if (ofFile.isEmpty()) fileId = corpus.fileId(d.source());
                Entry entry = Entry.of(d, fileId);
                if (!d.isFailed() && !known.contains(entry.key())) corpus.addArticle(d, fileId);
                ofFile.add(entry.summary());
                entries.add(entry);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void endOfFile() throws IOException {
            corpus.putFile(FileCheck.stored(ofFile, fileId, paths));
            ofFile.clear();
        }

        /** Every document taken; the texts written are readable from here on. */
        List<Entry> done() throws IOException {
            if (!ofFile.isEmpty()) endOfFile();
            corpus.refresh();
            return entries;
        }
    }

    @Override
    public int size() {
        return entries.size();
    }

    @Override
    public Document summary(int index) {
        return entries.get(index).summary();
    }

    @Override
    public Document document(int index) {
        Entry entry = entries.get(index);
        Document summary = entry.summary();
        if (summary.isFailed()) return summary;
        if (isWithdrawn(index) || !stillAsListed(entry)) return changed(summary);
        Document known = recentDocuments.get(index);
        if (known != null) return known;
        String text;
        try {
            text = corpus.text(entry.key());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (text == null) return changed(summary);
        Document full = new Document(summary.id(), summary.source(), summary.title(), text, null, summary.note(), summary.origin());
        recentDocuments.put(index, full);
        return full;
    }

    /** Never the text or annotation of a file's earlier state: until the check has run, each read looks at the file. */
    private boolean stillAsListed(Entry entry) {
        return checked || FileState.identity(entry.summary().source()).equals(entry.fileId());
    }

    private static Document changed(Document summary) {
        return new Document(summary.id(), summary.source(), summary.title(), "",
                "the file changed or was removed since it was listed; its new state is read in the background",
                summary.note(), summary.origin());
    }

    @Override
    public Annotation stored(int index) {
        Entry entry = entries.get(index);
        if (entry.summary().isFailed()) return Annotation.EMPTY; // never annotated: nothing found
        if (isWithdrawn(index) || !stillAsListed(entry)) return null;
        Annotation known = recentAnnotations.get(index);
        if (known != null) return known;
        Annotation read = corpus.stored(entry.key());
        if (read != null) recentAnnotations.put(index, read);
        return read;
    }

    @Override
    public void store(int index, Annotation annotation) {
        Entry entry = entries.get(index);
        if (isWithdrawn(index)) return;
        if (!entry.summary().isFailed()) corpus.store(entry.summary().source(), entry.fileId(), entry.key(), annotation);
        recentAnnotations.put(index, annotation);
    }

    @Override
    public BitSet storedAnnotations() {
        BitSet stored = new BitSet(entries.size());
        try {
            Set<String> keys = corpus.annotatedArticles();
            for (int i = 0; i < entries.size(); i++) {
                String key = entries.get(i).key();
                if (key != null && keys.contains(key)) stored.set(i);
            }
        } catch (IOException unreadable) {
            // Annotated again, one by one.
        }
        return stored;
    }

    @Override
    public synchronized boolean checkFiles() {
        if (checked) return false;
        try {
            FileCheck.Result result = new FileCheck(corpus, paths, options).run(entries);
            if (!result.changed()) {
                checked = true;
                return false;
            }
            corpus.refresh();
            for (int gone : result.withdrawn()) {
                recentDocuments.remove(gone);
                recentAnnotations.remove(gone);
            }
            withdrawn.addAll(result.withdrawn());
            entries.addAll(result.added());
            rank = result.rank();
            checked = true;
            return true;
        } catch (IOException | RuntimeException e) {
            return false; // a failing index is said once by the corpus; each read still looks at its file
        }
    }

    @Override
    public boolean isWithdrawn(int index) {
        return withdrawn.contains(index);
    }

    @Override
    public int replacementOf(int index) {
        if (!isWithdrawn(index)) return -1;
        String id = entries.get(index).summary().id();
        for (int i = entries.size() - 1; i > index; i--) {
            if (!isWithdrawn(i) && entries.get(i).summary().id().equals(id)) return i;
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
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            String part = isWithdrawn(i) ? "-" : e.key() != null ? e.key() : e.fileId() + "\u0000" + e.summary().id();
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
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).key() != null && !isWithdrawn(i)) indexOf.put(entries.get(i).key(), i);
        }
        try {
            return corpus.search(key -> indexOf.getOrDefault(key, -1));
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
