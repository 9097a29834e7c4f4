package dev.lede.corpus;

import java.io.EOFException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    /** Files read ahead of the one being handed out; bounds memory while keeping every core busy. */
    private static final int READ_AHEAD = 64;

    /** Files read on several threads from this many on. */
    private static final int PARALLEL_FROM = 4096;

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
     * file is handed out record by record, never held whole. Large folders are read in parallel; {@code each} is
     * called on the calling thread. If that thread is interrupted, loading stops early and the interrupt flag stays set.
     */
    public static void load(List<Path> paths, LoadOptions options, Consumer<Document> each) {
        List<FileFinder.Found> files = FileFinder.find(paths);
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), files.size());
        // Below a few thousand files, threads cost more than they save in a JVM that has only just started.
        if (threads <= 1 || files.size() < PARALLEL_FROM) {
            for (FileFinder.Found file : files) {
                if (Thread.currentThread().isInterrupted()) return;
                ArticleFiles.read(file, options, each);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "lede-corpus-loader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            // A container is streamed on the calling thread when its turn comes (null here); small files are read ahead.
            Deque<Future<List<Document>>> pending = new ArrayDeque<>();
            int next = 0;
            int handedOut = 0;
            while (handedOut < files.size()) {
                while (next < files.size() && pending.size() < READ_AHEAD) {
                    FileFinder.Found file = files.get(next++);
                    pending.add(isStreamed(file) ? null : pool.submit(() -> read(file, options)));
                }
                FileFinder.Found file = files.get(handedOut++);
                Future<List<Document>> ready = pending.remove();
                if (ready == null) {
                    ArticleFiles.read(file, options, each);
                } else {
                    awaitDocuments(ready, file).forEach(each);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean isStreamed(FileFinder.Found file) {
        Format format = file.failure() == null ? Format.of(file.path()) : null;
        return format != null && format.streamed;
    }

    private static List<Document> awaitDocuments(Future<List<Document>> future, FileFinder.Found file)
            throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            return List.of(Document.failed(file.id(), file.path(), "cannot read: " + oneLine(e.getCause())));
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

    private static List<Document> read(FileFinder.Found file, LoadOptions options) {
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
