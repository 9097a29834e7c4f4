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
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The check a warm start runs behind its first frame: lists the files again and compares each one's identity (path,
 * size, modification time) with the state its documents were listed from. A new or changed file is read and written
 * to the index (its other states' entries deleted), a deleted file's entries are deleted; a file that could not be
 * read at all is read again, as its identity may not show what was wrong (a permission). Works file by file: what
 * it holds grows with the number of files, not of articles.
 */
final class FileCheck {

    /** What changed: documents withdrawn, files added (their documents after the existing ones), every document's place in corpus order. */
    record Result(BitSet withdrawn, List<StoredFile> added, int[] rank) {
        boolean changed() {
            return !withdrawn.isEmpty() || !added.isEmpty();
        }
    }

    private final DiskCorpus corpus;
    private final List<Path> paths;
    private final LoadOptions options;
    private final SummaryPages pages;

    FileCheck(DiskCorpus corpus, List<Path> paths, LoadOptions options, SummaryPages pages) {
        this.corpus = corpus;
        this.paths = paths;
        this.options = options;
        this.pages = pages;
    }

    Result run(Listing listing) throws IOException {
        List<StoredFile> files = listing.files();
        Map<String, Integer> listed = new HashMap<>();
        for (int f = 0; f < files.size(); f++) listed.put(files.get(f).path(), f);
        boolean[] seen = new boolean[files.size()];
        List<FileFinder.Found> found = FileFinder.find(paths);
        Map<String, Integer> fileOrder = new HashMap<>();
        BitSet withdrawn = new BitSet();
        List<StoredFile> added = new ArrayList<>();
        Set<String> known = null;
        for (int f = 0; f < found.size(); f++) {
            FileFinder.Found file = found.get(f);
            String path = FileState.absolute(file.path());
            fileOrder.putIfAbsent(path, f);
            String now = FileState.identity(file.path());
            Integer before = listed.get(path);
            if (before != null) seen[before] = true;
            if (before != null && files.get(before).fileId().equals(now) && !readsOtherwise(file, listing, before)) continue;
            if (before != null) withdrawn.set(listing.starts()[before], listing.starts()[before] + files.get(before).count());
            if (known == null) known = corpus.articleKeys();
            StoredFile read = list(file, now, known);
            pages.forget(now); // read again in the same state: its pages are new
            if (read != null) added.add(read);
        }
        for (int f = 0; f < files.size(); f++) {
            if (seen[f]) continue;
            corpus.deleteFile(files.get(f).path());
            withdrawn.set(listing.starts()[f], listing.starts()[f] + files.get(f).count());
        }
        List<StoredFile> all = new ArrayList<>(files);
        all.addAll(added);
        return new Result(withdrawn, added, rank(all, fileOrder));
    }

    /**
     * Whether a file in the state it was listed from reads otherwise now: only a file that could not be read at all
     * (a permission, say) is read again, as it may be readable now with the same identity.
     */
    private boolean readsOtherwise(FileFinder.Found file, Listing listing, int f) {
        StoredFile stored = listing.files().get(f);
        if (stored.failed().length < stored.count()) return false;
        List<Document> read = new ArrayList<>();
        CorpusLoader.read(file, options, read::add);
        if (read.isEmpty()) return false;
        List<Document> before = new ArrayList<>();
        for (int i = 0; i < stored.count(); i++) before.add(pages.summary(stored, i));
        return !read.stream().map(d -> new Document(d.id(), d.source(), d.title(), "", d.failure(), d.note(), d.origin())).toList().equals(before);
    }

    /**
     * Reads a new or changed file record by record, writing each text the index does not have and its summaries a
     * page at a time (a large file is never held whole); its entry, or null when it holds no article.
     */
    private StoredFile list(FileFinder.Found file, String fileId, Set<String> known) throws IOException {
        FileListing listing = new FileListing(corpus, file.path(), fileId, paths, known);
        CorpusLoader.read(file, options, d -> {
            try {
                listing.add(d);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return listing.finish();
    }

    /** Each document's place when files are sorted by their place in the listing, then as listed (records in file order). */
    private static int[] rank(List<StoredFile> files, Map<String, Integer> fileOrder) {
        Integer[] byOrder = new Integer[files.size()];
        int[] orderOf = new int[files.size()];
        int[] starts = new int[files.size()];
        int size = 0;
        for (int f = 0; f < files.size(); f++) {
            byOrder[f] = f;
            orderOf[f] = fileOrder.getOrDefault(files.get(f).path(), Integer.MAX_VALUE);
            starts[f] = size;
            size += files.get(f).count();
        }
        Arrays.sort(byOrder, Comparator.<Integer>comparingInt(f -> orderOf[f]).thenComparingInt(f -> f));
        int[] rank = new int[size];
        int place = 0;
        for (int f : byOrder) {
            for (int d = 0; d < files.get(f).count(); d++) rank[starts[f] + d] = place++;
        }
        return rank;
    }
}
