package dev.lede.cache;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What a run remembers about the files it is reading, for the most recently used {@code size} files only: a corpus of
 * a million files in folders is read a file at a time, so remembering every file would grow with the corpus while
 * only the few in flight are asked about again. A file forgotten and asked about later is simply looked at again.
 * Thread-safe.
 */
final class RecentFiles<K, V> {

    private final Map<K, V> recent;

    RecentFiles(int size) {
        this.recent = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > size;
            }
        };
    }

    /** The value remembered for the key, else {@code compute}'s, remembered from now on. */
    synchronized V get(K key, Function<K, V> compute) {
        return recent.computeIfAbsent(key, compute);
    }

    /** Remembers the key; whether it was not remembered already. */
    synchronized boolean add(K key, V value) {
        return recent.putIfAbsent(key, value) == null;
    }
}
