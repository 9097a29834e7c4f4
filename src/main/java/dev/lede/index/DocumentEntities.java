package dev.lede.index;

import java.util.Arrays;
import java.util.BitSet;
import java.util.function.IntConsumer;

/**
 * For each document, the corpus entity id of each of its entities (by index; -1 for one linked to nothing), all
 * documents' ids in one array: a million articles hold some twenty million, which as one array each would cost
 * as much again in array headers.
 *
 * @param starts    document {@code d}'s ids are {@code ids[starts[d]]} to {@code ids[starts[d + 1] - 1]}
 * @param annotated the documents that were annotated when linked (the others have no ids, not even -1s)
 */
public record DocumentEntities(int[] starts, int[] ids, BitSet annotated) {

    /** How many documents the linking was built over. */
    public int documentCount() {
        return starts.length - 1;
    }

    /** A document's ids (a copy), or null for a document not annotated when linked. */
    public int[] of(int document) {
        if (!linked(document)) return null;
        return Arrays.copyOfRange(ids, starts[document], starts[document + 1]);
    }

    /** How many of a document's entities are linked (those of a listed type), or -1 for a document not annotated when linked. */
    public int linkedCount(int document) {
        if (!linked(document)) return -1;
        int linked = 0;
        for (int at = starts[document]; at < starts[document + 1]; at++) if (ids[at] >= 0) linked++;
        return linked;
    }

    /** The id of a document's entity, -1 for none. */
    int id(int document, int entityIndex) {
        if (!linked(document)) return -1;
        int at = starts[document] + entityIndex;
        return entityIndex < 0 || at >= starts[document + 1] ? -1 : ids[at];
    }

    /** Whether the document is one of these and was annotated when linked. */
    private boolean linked(int document) {
        return document >= 0 && document < documentCount() && annotated.get(document);
    }

    /** Calls {@code action} with each linked id of a document, in its entities' order. */
    void forEachId(int document, IntConsumer action) {
        if (document < 0 || document >= documentCount()) return;
        for (int at = starts[document]; at < starts[document + 1]; at++) if (ids[at] >= 0) action.accept(ids[at]);
    }
}
