package dev.lede.cache;

import dev.lede.corpus.CorpusLoader;
import dev.lede.corpus.Document;
import dev.lede.corpus.FileFinder;
import dev.lede.corpus.LoadOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The check a warm start runs behind its first frame: lists the files again and compares each one's identity (path,
 * size, modification time) with the state the documents were listed from. A new or changed file is read and written
 * to the index (its other states' entries deleted), a deleted file's entries are deleted; a file that could not be
 * read at all is read again, as its identity may not show what was wrong (a permission).
 */
final class FileCheck {

    /** What changed: documents withdrawn, documents added (after the existing ones), every document's place in corpus order. */
    record Result(List<Integer> withdrawn, List<DiskStorage.Entry> added, int[] rank) {
        boolean changed() {
            return !withdrawn.isEmpty() || !added.isEmpty();
        }
    }

    /** The documents listed from one state of one file. */
    private static final class Listed {
        final String fileId;
        final List<Integer> documents = new ArrayList<>();
        final List<Document> summaries = new ArrayList<>();
        boolean seen;

        Listed(String fileId) {
            this.fileId = fileId;
        }
    }

    private final DiskCorpus corpus;
    private final List<Path> paths;
    private final LoadOptions options;

    FileCheck(DiskCorpus corpus, List<Path> paths, LoadOptions options) {
        this.corpus = corpus;
        this.paths = paths;
        this.options = options;
    }

    /** The file's entry for a warm start, from its documents (in file order) and its identity. */
    static StoredFile stored(List<Document> documents, String fileId, List<Path> paths) {
        Path source = documents.get(0).source();
        return new StoredFile(FileState.absolute(source), fileId, inputOf(source, paths).toString(), source.toString(),
                documents.stream().map(StoredFile::summaryOf).toList());
    }

    /** Which of the named paths the file came from (the first that holds it). */
    private static Path inputOf(Path source, List<Path> paths) {
        for (Path input : paths) {
            if (source.startsWith(input)) return input;
        }
        return source;
    }

    Result run(List<DiskStorage.Entry> entries) throws IOException {
        Map<String, Listed> listed = new LinkedHashMap<>();
        List<String> pathOf = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            DiskStorage.Entry e = entries.get(i);
            String path = FileState.absolute(e.summary().source());
            pathOf.add(path);
            Listed file = listed.computeIfAbsent(path, p -> new Listed(e.fileId()));
            file.documents.add(i);
            file.summaries.add(e.summary());
        }
        List<FileFinder.Found> found = FileFinder.find(paths);
        Map<String, Integer> fileOrder = new HashMap<>();
        List<Integer> withdrawn = new ArrayList<>();
        List<DiskStorage.Entry> added = new ArrayList<>();
        Set<String> known = null;
        for (int f = 0; f < found.size(); f++) {
            FileFinder.Found file = found.get(f);
            String path = FileState.absolute(file.path());
            fileOrder.putIfAbsent(path, f);
            String now = FileState.identity(file.path());
            Listed before = listed.get(path);
            if (before != null) before.seen = true;
            boolean same = before != null && before.fileId.equals(now);
            if (same) {
                // A file that could not be read at all (a permission, say) may be readable now with the same identity.
                if (!before.summaries.stream().allMatch(Document::isFailed)) continue;
                List<Document> read = new ArrayList<>();
                CorpusLoader.read(file, options, read::add);
                if (read.isEmpty() || read.stream().map(StoredFile::summaryOf).toList().equals(before.summaries)) continue;
            }
            if (before != null) withdrawn.addAll(before.documents);
            if (known == null) known = corpus.articleKeys();
            List<Document> summaries = readInto(file, now, known, added);
            if (summaries.isEmpty()) {
                corpus.deleteFile(path);
            } else {
                corpus.putFile(stored(summaries, now, paths));
            }
        }
        for (Map.Entry<String, Listed> gone : listed.entrySet()) {
            if (gone.getValue().seen) continue;
            corpus.deleteFile(gone.getKey());
            withdrawn.addAll(gone.getValue().documents);
        }
        for (DiskStorage.Entry e : added) pathOf.add(FileState.absolute(e.summary().source()));
        return new Result(withdrawn, added, rank(pathOf, fileOrder));
    }

    /**
     * Reads a new or changed file record by record, writing each text the index does not have and letting it go (a
     * large file is never held whole); returns the summaries, its entries added to {@code added}.
     */
    private List<Document> readInto(FileFinder.Found file, String fileId, Set<String> known, List<DiskStorage.Entry> added) {
        List<Document> summaries = new ArrayList<>();
        CorpusLoader.read(file, options, d -> {
            DiskStorage.Entry entry = DiskStorage.Entry.of(d, fileId);
            try {
                if (!d.isFailed() && !known.contains(entry.key())) corpus.addArticle(d, fileId);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            summaries.add(entry.summary());
            added.add(entry);
        });
        return summaries;
    }

    /** Each document's place when sorted by its file's place in the listing, then by index (records in file order). */
    private static int[] rank(List<String> pathOf, Map<String, Integer> fileOrder) {
        Integer[] byOrder = new Integer[pathOf.size()];
        int[] fileOf = new int[pathOf.size()];
        for (int i = 0; i < byOrder.length; i++) {
            byOrder[i] = i;
            fileOf[i] = fileOrder.getOrDefault(pathOf.get(i), Integer.MAX_VALUE);
        }
        Arrays.sort(byOrder, Comparator.<Integer>comparingInt(i -> fileOf[i]).thenComparingInt(i -> i));
        int[] rank = new int[byOrder.length];
        for (int place = 0; place < byOrder.length; place++) rank[byOrder[place]] = place;
        return rank;
    }
}
