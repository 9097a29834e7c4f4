package dev.lede.cache;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A storage's files in list order and where each one's documents start; documents of a file are consecutive. */
record Listing(List<StoredFile> files, int[] starts, int size) {
    static Listing of(List<StoredFile> files) {
        int[] starts = new int[files.size()];
        int size = 0;
        for (int f = 0; f < files.size(); f++) {
            starts[f] = size;
            size += files.get(f).count();
        }
        return new Listing(List.copyOf(files), starts, size);
    }

    Listing plus(List<StoredFile> added) {
        List<StoredFile> all = new ArrayList<>(files);
        all.addAll(added);
        return of(all);
    }

    /** The file that holds the document. */
    int fileOf(int document) {
        if (document < 0 || document >= size) throw new IndexOutOfBoundsException(document);
        int found = Arrays.binarySearch(starts, document); // every file holds at least one
        return found >= 0 ? found : -found - 2;
    }

    /** The document's key in the index; null when it failed to read (it has none). */
    String key(int document) {
        int f = fileOf(document);
        StoredFile file = files.get(f);
        int position = document - starts[f];
        return file.isFailed(position) ? null : FileState.articleKey(file.fileId(), file.record(position));
    }
}
