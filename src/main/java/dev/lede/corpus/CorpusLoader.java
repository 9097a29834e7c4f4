package dev.lede.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Turns the paths a user names into documents, in a stable order.
 *
 * <p>A path is a folder (read recursively, sorted by relative path, hidden files and folders skipped) or a file.
 * Supported: {@code .txt}, {@code .md}, {@code .html}/{@code .htm}, {@code .json}, {@code .jsonl}. Loading never
 * stops at a bad file: it becomes a {@linkplain Document#isFailed() failed} document with a one-line reason.
 */
public final class CorpusLoader {

    /** Larger files are refused before they are read, so memory stays bounded. */
    public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    /** Files read ahead of the one being handed out; bounds memory while keeping every core busy. */
    private static final int READ_AHEAD = 64;

    private CorpusLoader() {
    }

    /** Files read on several threads from this many on. */
    private static final int PARALLEL_FROM = 4096;

    /** All documents under the paths, in order. */
    public static List<Document> load(List<Path> paths) {
        List<Document> docs = new ArrayList<>();
        load(paths, docs::add);
        return docs;
    }

    /**
     * Hands each document to {@code each} as soon as it and all before it are loaded, in the same order as
     * {@link #load(List)}, so a caller can show the first documents while the rest still load. Large folders are
     * read in parallel; {@code each} is called on the calling thread. If that thread is interrupted, loading stops early and
     * the interrupt flag stays set.
     */
    public static void load(List<Path> paths, Consumer<Document> each) {
        List<FileFinder.Found> files = FileFinder.find(paths);
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), files.size());
        // Below a few thousand files, threads cost more than they save in a JVM that has only just started.
        if (threads <= 1 || files.size() < PARALLEL_FROM) {
            for (FileFinder.Found file : files) {
                if (Thread.currentThread().isInterrupted()) return;
                read(file).forEach(each);
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "lede-corpus-loader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<List<Document>>> pending = new ArrayDeque<>();
            int next = 0;
            int handedOut = 0;
            while (handedOut < files.size()) {
                while (next < files.size() && pending.size() < READ_AHEAD) {
                    FileFinder.Found file = files.get(next++);
                    pending.add(pool.submit(() -> read(file)));
                }
                FileFinder.Found file = files.get(handedOut++);
                awaitDocuments(pending.remove(), file).forEach(each);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Document> awaitDocuments(Future<List<Document>> future, FileFinder.Found file)
            throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            return List.of(Document.failed(file.id(), file.path(), "cannot read: " + oneLine(e.getCause())));
        }
    }

    /** The documents in one file; any failure becomes a failed document, never an exception. */
    static List<Document> read(FileFinder.Found file) {
        try {
            if (file.failure() != null) {
                throw new NotAnArticle(file.failure());
            }
            Format format = Format.of(file.path());
            if (format == null) {
                throw new NotAnArticle("unsupported file type");
            }
            return format.parse(file.id(), file.path(), Decoder.decode(readBytes(file.path())));
        } catch (NotAnArticle e) {
            return List.of(Document.failed(file.id(), file.path(), e.getMessage()));
        } catch (IOException | RuntimeException e) {
            return List.of(Document.failed(file.id(), file.path(), "cannot read: " + oneLine(e)));
        } catch (StackOverflowError e) {
            // Parsers recurse over nesting; a hostile file must cost one document, not the whole load.
            return List.of(Document.failed(file.id(), file.path(), "cannot read: nested too deeply"));
        }
    }

    /** The whole file, refused when over the limit (checked before reading) or when it changes while being read. */
    private static byte[] readBytes(Path path) throws IOException, NotAnArticle {
        BasicFileAttributes before = Files.readAttributes(path, BasicFileAttributes.class);
        if (!before.isRegularFile()) {
            throw new NotAnArticle("cannot read: not a regular file");
        }
        long size = before.size();
        if (size > MAX_FILE_BYTES) {
            throw new NotAnArticle(String.format(Locale.ROOT, "too large: %.1f MB (limit %d MB)",
                    size / 1048576.0, MAX_FILE_BYTES / 1048576));
        }
        byte[] data = new byte[(int) size];
        try (InputStream in = Files.newInputStream(path)) {
            int read = in.readNBytes(data, 0, data.length);
            if (read != data.length || in.read() != -1) {
                throw new NotAnArticle("cannot read: file changed while reading");
            }
        }
        BasicFileAttributes after = Files.readAttributes(path, BasicFileAttributes.class);
        if (after.size() != size || !after.lastModifiedTime().equals(before.lastModifiedTime())) {
            throw new NotAnArticle("cannot read: file changed while reading");
        }
        return data;
    }

    private static String oneLine(Throwable e) {
        String message;
        if (e instanceof AccessDeniedException) {
            message = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            message = "file vanished";
        } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
            message = fs.getReason();
        } else {
            message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return message.replaceAll("\\s+", " ").strip();
    }
}
