package dev.lede.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * A speaker's quotes in corpus order, each packed into one long (document, then quote): a million articles'
 * quotes as records would cost three times the memory. Being in order, a quote is found by binary search.
 */
final class QuoteRefs extends AbstractList<Speakers.QuoteRef> implements RandomAccess {

    private long[] packed;
    private int size;

    QuoteRefs() {
        packed = new long[2];
    }

    /** Appends a quote after every one held (corpus order); the list is read only once handed out. */
    void add(int document, int quote) {
        if (size == packed.length) packed = Arrays.copyOf(packed, size * 2);
        packed[size++] = pack(document, quote);
    }

    /** This list with no spare room, to be handed out. */
    QuoteRefs trimmed() {
        packed = Arrays.copyOf(packed, size);
        return this;
    }

    @Override
    public Speakers.QuoteRef get(int index) {
        if (index < 0 || index >= size) throw new IndexOutOfBoundsException(index);
        return new Speakers.QuoteRef((int) (packed[index] >>> 32), (int) packed[index]);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int indexOf(Object o) {
        if (!(o instanceof Speakers.QuoteRef ref) || ref.document() < 0 || ref.quote() < 0) return -1;
        int at = Arrays.binarySearch(packed, 0, size, pack(ref.document(), ref.quote()));
        return at < 0 ? -1 : at;
    }

    @Override
    public int lastIndexOf(Object o) {
        return indexOf(o);
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    private static long pack(int document, int quote) {
        return (long) document << 32 | quote & 0xFFFFFFFFL;
    }
}
