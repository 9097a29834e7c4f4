package dev.lede.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;
import java.util.function.IntPredicate;

/**
 * The document list's rows (library indices) in one int array: at a million articles a list of boxed numbers took
 * tens of milliseconds to make at each filter, sort or Esc, and its lookups of the cursor's document as long.
 */
final class DocumentList extends AbstractList<Integer> implements RandomAccess {

    private final int[] documents;

    /** @param documents the rows in order; not copied, so never to be changed after */
    private DocumentList(int[] documents) {
        this.documents = documents;
    }

    /** The documents of {@code 0 .. size - 1} that {@code keep} keeps, in corpus order. */
    static DocumentList range(int size, IntPredicate keep) {
        int[] kept = new int[size];
        int n = 0;
        for (int d = 0; d < size; d++) if (keep.test(d)) kept[n++] = d;
        return new DocumentList(Arrays.copyOf(kept, n));
    }

    /** These documents that {@code keep} keeps, in their order. */
    static DocumentList of(Iterable<Integer> documents, int atMost, IntPredicate keep) {
        int[] kept = new int[atMost];
        int n = 0;
        for (int d : documents) if (keep.test(d)) kept[n++] = d;
        return new DocumentList(Arrays.copyOf(kept, n));
    }

    /**
     * The documents of the set in ascending order, sharing its array (both never change): a filter at a million
     * articles may keep hundreds of thousands, and copying them made garbage the collector paused for.
     */
    static DocumentList of(DocumentSet documents) {
        return new DocumentList(documents.ascending());
    }

    /** The documents of the set that {@code keep} keeps, in ascending order. */
    static DocumentList of(DocumentSet documents, IntPredicate keep) {
        int[] all = documents.ascending();
        int[] kept = new int[all.length];
        int n = 0;
        for (int d : all) if (keep.test(d)) kept[n++] = d;
        return new DocumentList(Arrays.copyOf(kept, n));
    }

    /**
     * These documents ordered by {@code value} (by document), ties in their order here: each packed with its
     * position into one long and the array sorted once, no boxed comparison.
     */
    DocumentList sortedBy(int[] value) {
        long[] keyed = new long[documents.length];
        for (int i = 0; i < documents.length; i++) keyed[i] = (long) value[documents[i]] << 32 | i;
        Arrays.sort(keyed);
        int[] sorted = new int[documents.length];
        for (int i = 0; i < keyed.length; i++) sorted[i] = documents[(int) keyed[i]];
        return new DocumentList(sorted);
    }

    @Override
    public Integer get(int index) {
        return documents[index];
    }

    @Override
    public int size() {
        return documents.length;
    }

    @Override
    public int indexOf(Object o) {
        if (!(o instanceof Integer wanted)) return -1;
        int d = wanted;
        for (int i = 0; i < documents.length; i++) if (documents[i] == d) return i;
        return -1;
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }
}
