package dev.lede.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/**
 * What a warm start lists the corpus from, in the corpus index: each file's entry ({@link StoredFile}, as doc values,
 * keyed by its path) and the pages of its summaries ({@link SummaryPages}, keyed by file state and page number); and
 * beside the index, the entries saved in list order ({@link StoredFiles#write}).
 */
final class ListingEntries {

    private static final String LISTED = "listed";
    private static final String PAGE = "page";
    private static final String SAVED_FILES = "lede-listed-files";
    private static final String FIRST_SCREEN = "lede-first-screen";

    private final DiskCorpus corpus;
    private final IndexFolder index;
    private final Path folder;
    /** Whether files may be saved beside the index, so a change of the listing must delete them first. */
    private final AtomicBoolean savedBeside;

    ListingEntries(DiskCorpus corpus, IndexFolder index, Path folder) {
        this.corpus = corpus;
        this.index = index;
        this.folder = folder;
        this.savedBeside = new AtomicBoolean(Files.exists(savedFiles()) || Files.exists(firstScreen()));
    }

    /** Writes the file's entry, replacing its entry before and any other state's entries. */
    void putFile(StoredFile file) throws IOException {
        Path source = Path.of(file.path());
        org.apache.lucene.document.Document entry = corpus.entryOfFile(source, file.fileId(), LISTED);
        entry.add(new StringField(LISTED, file.path(), Field.Store.NO));
        entry.add(new BinaryDocValuesField(LISTED, file.encode()));
        index.writer().updateDocument(new Term(LISTED, file.path()), entry);
    }

    /** Gives every file's entry, as the last run left them (unsorted). */
    void forEachFile(Consumer<StoredFile> each) throws IOException {
        index.read(reader -> {
            StoredFile.forEach(reader, LISTED, each);
            return null;
        });
    }

    /** Where the files' entries are saved in list order beside the index. */
    Path savedFiles() {
        return folder.resolve(SAVED_FILES);
    }

    /** Where the first screen's rows are saved beside the index ({@link FirstRows}). */
    Path firstScreen() {
        return folder.resolve(FIRST_SCREEN);
    }

    /** Whether a first screen saved beside the index in this folder was written at its last commit. */
    static boolean firstScreenSaved(Path folder) {
        return FirstRows.atCommit(folder.resolve(FIRST_SCREEN));
    }

    /** Called once what is saved beside the index is written again: it describes the index as committed. */
    void saved() {
        savedBeside.set(true);
    }

    /**
     * Whether what is saved beside the index (there at open, or written since) was not deleted since: nothing that
     * changes the listing was written.
     */
    boolean stillSaved() {
        return savedBeside.get();
    }

    /**
     * Deletes what is saved beside the index, before the first write that changes the listing (each file's entries
     * or pages): written only once such writes are committed, so a run killed at any point never leaves them stale.
     */
    void forgetSaved() {
        if (!savedBeside.getAndSet(false)) return;
        try {
            Files.deleteIfExists(firstScreen());
            Files.deleteIfExists(savedFiles());
        } catch (IOException notDeleted) {
            savedBeside.set(true);
            throw new UncheckedIOException(notDeleted); // the write must not go ahead of it
        }
    }

    /** Writes one page of a file's summaries. */
    void putPage(Path source, String fileId, int page, BytesRef summaries) throws IOException {
        String key = fileId + "\u0000" + page;
        org.apache.lucene.document.Document entry = corpus.entryOfFile(source, fileId, PAGE);
        entry.add(new StringField(PAGE, key, Field.Store.NO));
        entry.add(new StoredField(EntryFields.BODY, summaries));
        index.writer().updateDocument(new Term(PAGE, key), entry);
    }

    /** Takes a stored page: the file state, the page's number, its bytes. */
    interface PageConsumer {
        void accept(String fileId, int page, BytesRef body);
    }

    /** Gives every page in the index, in the order they are stored (each block of them decompressed once). */
    void forEachPage(PageConsumer each) throws IOException {
        index.read(reader -> {
            IndexFolder.forEachStored(reader, PAGE, EntryFields.BODY, (key, body) -> {
                int cut = key.lastIndexOf('\u0000');
                each.accept(key.substring(0, cut), Integer.parseInt(key, cut + 1, key.length(), 10), body);
            });
            return null;
        });
    }

    /** A page of a file's summaries as stored, or null. */
    BytesRef page(String fileId, int page) throws IOException {
        byte[] body = corpus.body(new Term(PAGE, fileId + "\u0000" + page));
        return body == null ? null : new BytesRef(body);
    }
}
