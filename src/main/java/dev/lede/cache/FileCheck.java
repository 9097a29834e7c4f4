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
import java.util.List;
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
        Pass pass = new Pass(listing);
        try {
            FileFinder.forEach(paths, pass::check);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return pass.result();
    }

    /** One check: the files as found so far against the listing, in ints and bits per listed file. */
    private final class Pass {
        private final Listing listing;
        private final StoredFiles files;
        private final FileNumbers listed;
        private final boolean[] seen;
        /** Each listed file's place among the files found now (a file found twice: the first); MAX_VALUE when gone. */
        private final int[] placeOf;
        private final List<Integer> addedPlaces = new ArrayList<>();
        private final BitSet withdrawn = new BitSet();
        private final List<StoredFile> added = new ArrayList<>();
        private Set<String> known;
        private int found;

        Pass(Listing listing) {
            this.listing = listing;
            this.files = listing.files();
            this.listed = new FileNumbers(files.size(), f -> files.get(f).path());
            this.seen = new boolean[files.size()];
            this.placeOf = new int[files.size()];
            Arrays.fill(placeOf, Integer.MAX_VALUE);
        }

        void check(FileFinder.Found file) {
            try {
                compare(file, found++);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void compare(FileFinder.Found file, int place) throws IOException {
            String now = FileState.identity(file.path());
            int before = listed.get(FileState.absolute(file.path()));
            if (before >= 0) {
                seen[before] = true;
                placeOf[before] = Math.min(placeOf[before], place);
            }
            if (before >= 0 && files.get(before).fileId().equals(now) && !readsOtherwise(file, listing, before)) return;
            if (before >= 0) withdrawn.set(files.start(before), files.start(before) + files.count(before));
            if (known == null) known = corpus.articleKeys();
            StoredFile read = list(file, now, known);
            pages.forget(now); // read again in the same state: its pages are new
            if (read != null) {
                added.add(read);
                addedPlaces.add(place);
            }
        }

        /** After every file was found: the listed files not found are deleted. */
        Result result() throws IOException {
            for (int f = 0; f < files.size(); f++) {
                if (seen[f]) continue;
                corpus.deleteFile(files.get(f).path());
                withdrawn.set(files.start(f), files.start(f) + files.count(f));
            }
            return new Result(withdrawn, added, rank(files, placeOf, added, addedPlaces));
        }
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
    private static int[] rank(StoredFiles files, int[] placeOf, List<StoredFile> added, List<Integer> addedPlaces) {
        int all = files.size() + added.size();
        int[] orderOf = Arrays.copyOf(placeOf, all);
        int[] starts = new int[all];
        int[] counts = new int[all];
        int size = 0;
        for (int f = 0; f < all; f++) {
            boolean listedBefore = f < files.size();
            if (!listedBefore) orderOf[f] = addedPlaces.get(f - files.size());
            starts[f] = size;
            counts[f] = listedBefore ? files.count(f) : added.get(f - files.size()).count();
            size += counts[f];
        }
        Integer[] byOrder = new Integer[all];
        for (int f = 0; f < all; f++) byOrder[f] = f;
        Arrays.sort(byOrder, Comparator.<Integer>comparingInt(f -> orderOf[f]).thenComparingInt(f -> f));
        int[] rank = new int[size];
        int place = 0;
        for (int f : byOrder) {
            for (int d = 0; d < counts[f]; d++) rank[starts[f] + d] = place++;
        }
        return rank;
    }
}
