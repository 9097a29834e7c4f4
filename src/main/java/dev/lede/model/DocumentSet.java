package dev.lede.model;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Documents (library indices) as a read-only set over a sorted int array, iterated in corpus order: an entity
 * filter at a million articles may keep hundreds of thousands, which as a tree of boxed numbers took longer to
 * make than a frame has.
 */
public final class DocumentSet extends AbstractSet<Integer> {

    private final int[] sorted;

    /** @param ascending distinct documents in ascending order; not copied, so never to be changed after */
    DocumentSet(int[] ascending) {
        this.sorted = ascending;
    }

    /** The documents in both. */
    DocumentSet intersection(DocumentSet other) {
        int[] both = new int[Math.min(sorted.length, other.sorted.length)];
        int n = 0;
        for (int i = 0, j = 0; i < sorted.length && j < other.sorted.length; ) {
            if (sorted[i] < other.sorted[j]) i++;
            else if (sorted[i] > other.sorted[j]) j++;
            else {
                both[n++] = sorted[i];
                i++;
                j++;
            }
        }
        return new DocumentSet(Arrays.copyOf(both, n));
    }

    /** The documents in ascending order: the set's own array, so never to be changed. */
    int[] ascending() {
        return sorted;
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof Integer d && Arrays.binarySearch(sorted, d) >= 0;
    }

    @Override
    public int size() {
        return sorted.length;
    }

    @Override
    public Iterator<Integer> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < sorted.length;
            }

            @Override
            public Integer next() {
                if (next >= sorted.length) throw new NoSuchElementException();
                return sorted[next++];
            }
        };
    }
}
