package dev.lede.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
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
        /** Below {@code size} never changed in place (sorting makes a new array), so a snapshot stays valid. */
        private int[] documents = new int[2];
        private int size;
        private boolean sorted = true;

        synchronized void add(int doc) {
            if (size > 0 && documents[size - 1] == doc) return;
            if (size == documents.length) documents = Arrays.copyOf(documents, size * 2);
            if (size > 0 && documents[size - 1] > doc) sorted = false;
            documents[size++] = doc;
        }

        /** The documents ascending, without repeats: {@code [0, length)} of the array returned. */
        synchronized int[] ascending() {
            if (!sorted) {
                int[] copy = Arrays.copyOf(documents, Math.max(2, size));
                Arrays.sort(copy, 0, size);
                int distinct = 0;
                for (int i = 0; i < size; i++) if (distinct == 0 || copy[distinct - 1] != copy[i]) copy[distinct++] = copy[i];
                documents = copy;
                size = distinct;
                sorted = true;
            }
            return Arrays.copyOf(documents, size);
        }

        synchronized int size() {
            return sorted ? size : ascending().length;
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
            if (p != null) for (int doc : p.ascending()) found.add(doc);
        }
        return found;
    }

    /** How many documents name any of the keys, counted by merging their lists rather than collecting them. */
    int count(Collection<String> keys) {
        if (keys.size() == 1) {
            Postings p = byKey.get(keys.iterator().next());
            return p == null ? 0 : p.size();
        }
        List<int[]> lists = new ArrayList<>(keys.size());
        for (String key : keys) {
            Postings p = byKey.get(key);
            if (p != null) lists.add(p.ascending());
        }
        int[] at = new int[lists.size()];
        int count = 0;
        while (true) {
            int least = Integer.MAX_VALUE;
            for (int i = 0; i < at.length; i++) if (at[i] < lists.get(i).length) least = Math.min(least, lists.get(i)[at[i]]);
            if (least == Integer.MAX_VALUE) return count;
            count++;
            for (int i = 0; i < at.length; i++) if (at[i] < lists.get(i).length && lists.get(i)[at[i]] == least) at[i]++;
        }
    }
}
