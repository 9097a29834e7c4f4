package dev.lede.cache;

import java.util.Arrays;
import java.util.List;

/** A storage's files in list order and where each one's documents start; documents of a file are consecutive. */
record Listing(StoredFiles files) {
    static Listing of(List<StoredFile> files) {
        return new Listing(StoredFiles.of(files));
    }

    Listing plus(List<StoredFile> added) {
        return new Listing(files.plus(added));
    }

    int size() {
        return files.documents();
    }

    int[] starts() {
        return files.starts();
    }

    /** The file that holds the document. */
    int fileOf(int document) {
        if (document < 0 || document >= size()) throw new IndexOutOfBoundsException(document);
        int found = Arrays.binarySearch(files.starts(), document); // every file holds at least one
        return found >= 0 ? found : -found - 2;
    }

    /** Whether the document could not be read (answered without decoding its file's entry for most files). */
    boolean isFailed(int document) {
        int f = fileOf(document);
        return files.isFailed(f, document - files.start(f));
    }

    /** The document's key in the index; null when it failed to read (it has none). */
    String key(int document) {
        int f = fileOf(document);
        StoredFile file = files.get(f);
        int position = document - files.start(f);
        return file.isFailed(position) ? null : FileState.articleKey(file.fileId(), file.record(position));
    }
}
