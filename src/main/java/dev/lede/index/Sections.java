package dev.lede.index;

import dev.lede.corpus.Document;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.ObjIntConsumer;

/**
 * Which section of the opened corpus each article is in: the first folder under the folder it was opened from
 * ("sport" for bbc/sport/095.txt opened as bbc), told apart by that folder too. A news archive's sections, or its
 * sources when several folders are opened, are such folders; a flat folder, or one JSON Lines file, is one section.
 * The linking reads them so that a surname alone in the sport pages is not linked to a band the arts pages name.
 */
public final class Sections {

    private Sections() {
    }

    /** For each document, index for index, its section's number (numbered from 0 in order of first appearance). */
    public static int[] of(List<Document> documents) {
        return of(documents.size(), each -> {
            for (int i = 0; i < documents.size(); i++) each.accept(documents.get(i), i);
        });
    }

    /**
     * The same for {@code count} documents that {@code forEach} hands out with their indexes, in order: a summary
     * without its text will do (a million texts are not read from disk again for their paths).
     */
    public static int[] of(int count, Consumer<ObjIntConsumer<Document>> forEach) {
        int[] sections = new int[count];
        Map<String, Integer> numbers = new HashMap<>();
        forEach.accept((d, i) -> sections[i] = numbers.computeIfAbsent(key(d.id(), String.valueOf(d.source())), k -> numbers.size()));
        return sections;
    }

    /**
     * The folder the document was opened from (its file's path without the id, which is relative to that folder), a
     * NUL, and the first folder of the id. A record of a larger file ("feed.jsonl#2") is its file's.
     */
    static String key(String id, String source) {
        String file = id.substring(0, id.length() - Document.recordNumber(id).length());
        String root = source.endsWith(file) ? source.substring(0, source.length() - file.length()) : source;
        int slash = file.indexOf('/');
        return root + '\u0000' + (slash > 0 ? file.substring(0, slash) : "");
    }
}
