package dev.lede.cache;

import java.util.function.IntFunction;

/**
 * From a string naming a listed file (its path, or its state) to the file's number: open addressing over two int
 * arrays, each candidate checked against the file's own entry, so a million files take 16 MB instead of a map of a
 * million strings. When two files have the same name, the later one wins.
 */
final class FileNumbers {

    private final IntFunction<String> nameOf;
    /** The file's number + 1 in each slot; 0 for an empty slot. */
    private final int[] slots;
    private final int[] hashes;

    FileNumbers(int files, IntFunction<String> nameOf) {
        this.nameOf = nameOf;
        int capacity = Integer.highestOneBit(Math.max(2, files) * 2 - 1) << 1;
        this.slots = new int[capacity];
        this.hashes = new int[capacity];
        for (int f = 0; f < files; f++) put(nameOf.apply(f), f);
    }

    private void put(String name, int file) {
        int hash = name.hashCode();
        int slot = slotOf(name, hash);
        slots[slot] = file + 1;
        hashes[slot] = hash;
    }

    /** The slot holding this name, or the empty one where it would go. */
    private int slotOf(String name, int hash) {
        int mask = slots.length - 1;
        for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
            if (slots[slot] == 0) return slot;
            if (hashes[slot] == hash && nameOf.apply(slots[slot] - 1).equals(name)) return slot;
        }
    }

    /** The number of the (last) file with this name, or -1. */
    int get(String name) {
        return slots[slotOf(name, name.hashCode())] - 1;
    }

    private static int mix(int hash) {
        return hash * 0x9E3779B9 >>> 7 ^ hash;
    }
}
