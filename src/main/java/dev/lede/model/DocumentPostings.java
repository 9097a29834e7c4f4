package dev.lede.model;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * For each entity key, the documents that name it, as a growing array of ints: a large corpus has millions
 * of (key, document) pairs, which boxed sets would hold at ten times the size. Thread-safe.
 */
final class DocumentPostings {

    private static final class Postings {
        private int[] documents = new int[2];
        private int size;

        synchronized void add(int doc) {
            if (size > 0 && documents[size - 1] == doc) return;
            if (size == documents.length) documents = Arrays.copyOf(documents, size * 2);
            documents[size++] = doc;
        }

        synchronized void copyTo(Collection<Integer> into) {
            for (int i = 0; i < size; i++) into.add(documents[i]);
        }

        synchronized int size() {
            return size;
        }
    }

    private final Map<String, Postings> byKey = new ConcurrentHashMap<>();

    void add(String key, int doc) {
        byKey.computeIfAbsent(key, k -> new Postings()).add(doc);
    }

    /** The documents naming any of the keys, ascending. */
    SortedSet<Integer> documents(Collection<String> keys) {
        SortedSet<Integer> found = new TreeSet<>();
        for (String key : keys) {
            Postings p = byKey.get(key);
            if (p != null) p.copyTo(found);
        }
        return found;
    }

    /** How many documents name the key, counted without collecting them (a document may count twice if published twice). */
    int count(String key) {
        Postings p = byKey.get(key);
        return p == null ? 0 : p.size();
    }
}
