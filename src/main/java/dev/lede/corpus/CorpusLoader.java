package dev.lede.corpus;

import java.io.EOFException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipException;

/**
 * Turns the paths a user names into documents, in a stable order.
 *
 * <p>A path is a folder (read recursively, sorted by relative path, hidden files and folders skipped) or a file.
 * The formats are those of {@link Format}, each possibly gzipped. Loading never stops at a bad file or record: it
 * becomes a {@linkplain Document#isFailed() failed} document with a one-line reason.
 */
public final class CorpusLoader {

    /** A file read whole, or one record of a container, may be this large; bounds memory per article. */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    private CorpusLoader() {
    }

    /** All documents under the paths, in order. */
    public static List<Document> load(List<Path> paths) {
        return load(paths, LoadOptions.DEFAULT);
    }

    public static List<Document> load(List<Path> paths, LoadOptions options) {
        List<Document> docs = new ArrayList<>();
        load(paths, options, docs::add);
        return docs;
    }

    public static void load(List<Path> paths, Consumer<Document> each) {
        load(paths, LoadOptions.DEFAULT, each);
    }

    /**
     * Hands each document to {@code each} as soon as it and all before it are loaded, in the same order as
     * {@link #load(List)}, so a caller can show or write the first documents while the rest still load; a container
     * file is handed out record by record, never held whole. Folders are walked as their files are read, never listed
     * whole, and large ones are read in parallel ({@link ReadAhead}); {@code each} is called on the calling thread. If
     * that thread is interrupted, loading stops early and the interrupt flag stays set.
     */
    public static void load(List<Path> paths, LoadOptions options, Consumer<Document> each) {
        try (ReadAhead reading = new ReadAhead(options, each)) {
            FileFinder.forEach(paths, reading::add);
            reading.finish();
        } catch (ReadAhead.Interrupted stopped) {
            // the interrupt flag stays set for the caller
        }
    }

    /** Hands each document of one file to {@code each}, in order; any failure becomes a failed document. */
    public static void read(FileFinder.Found file, LoadOptions options, Consumer<Document> each) {
        ArticleFiles.read(file, options, each);
    }

    /** The documents in one file; any failure becomes a failed document, never an exception. */
    static List<Document> read(FileFinder.Found file) {
        return read(file, LoadOptions.DEFAULT);
    }

    static List<Document> read(FileFinder.Found file, LoadOptions options) {
        List<Document> docs = new ArrayList<>();
        ArticleFiles.read(file, options, docs::add);
        return docs;
    }

    /** An exception as one line a reader of the file can act on. */
    static String oneLine(Throwable e) {
        String message;
        if (e instanceof AccessDeniedException) {
            message = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            message = "file vanished";
        } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
            message = fs.getReason();
        } else if (e instanceof EOFException && String.valueOf(e.getMessage()).contains("ZLIB")) {
            message = "gzip data ends early (truncated file)";
        } else if (e instanceof ZipException) {
            message = "bad gzip data (" + e.getMessage() + ")";
        } else {
            message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return message.replaceAll("\\s+", " ").strip();
    }
}
