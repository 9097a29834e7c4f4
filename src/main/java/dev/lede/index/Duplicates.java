package dev.lede.index;

import dev.lede.corpus.Document;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Articles that repeat an earlier one, so each is listed and counted once: the same text once runs of white
 * space are made one space, or the same title and at least 90 % of the same sentences (a near-duplicate).
 * Texts are compared by a 128-bit hash, so a corpus is never held twice.
 */
public final class Duplicates {

    private static final double NEAR = 0.9;
    /** A title shared by more articles than this is a heading ("Sport", "Letters"), not one story: not compared. */
    private static final int MAX_SAME_TITLE = 50;
    /** How many articles' sentences are held at once while near-duplicates are looked for. */
    private static final int TEXTS_AT_ONCE = 50_000;

    /** For each document, the earliest it repeats, or itself. */
    private final int[] original;
    private final Map<Integer, List<Integer>> copiesByOriginal;

    private Duplicates(int[] original, Map<Integer, List<Integer>> copiesByOriginal) {
        this.original = original;
        this.copiesByOriginal = copiesByOriginal;
    }

    /** None: every document its own. */
    public static Duplicates none(int size) {
        int[] original = new int[size];
        for (int i = 0; i < size; i++) original[i] = i;
        return new Duplicates(original, Map.of());
    }

    /** Duplicates found earlier: for each document, the earliest it repeats, or itself ({@link #original}). */
    public static Duplicates restored(int[] original) {
        Map<Integer, List<Integer>> copies = new HashMap<>();
        for (int i = 0; i < original.length; i++) {
            if (original[i] != i) copies.computeIfAbsent(original[i], k -> new ArrayList<>()).add(i);
        }
        return new Duplicates(original.clone(), copies);
    }

    /** The earliest document this one repeats, or itself. */
    public int original(int document) {
        return document < original.length ? original[document] : document;
    }

    /** How many documents were compared. */
    public int size() {
        return original.length;
    }

    public static Duplicates of(List<Document> documents) {
        int n = documents.size();
        int[] original = new int[n];
        Map<Hash, Integer> firstWithText = new HashMap<>();
        Map<String, List<Integer>> byTitle = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Document d = documents.get(i);
            original[i] = i;
            if (d.isFailed()) continue;
            Integer first = firstWithText.putIfAbsent(Hash.ofNormalised(d.text()), i);
            if (first != null) {
                original[i] = first;
            } else if (!d.title().isBlank()) {
                byTitle.computeIfAbsent(normalised(d.title()), t -> new ArrayList<>(1)).add(i);
            }
        }
        List<List<Integer>> compared = byTitle.values().stream().filter(g -> g.size() >= 2 && g.size() <= MAX_SAME_TITLE).toList();
        for (int start = 0, end; start < compared.size(); start = end) {
            int texts = 0;
            for (end = start; end < compared.size() && texts < TEXTS_AT_ONCE; end++) texts += compared.get(end).size();
            findNearDuplicates(compared.subList(start, end), documents, original);
        }
        return restored(original);
    }

    /**
     * Marks the near-duplicates within each group of articles of one title. The groups' texts are read in corpus
     * order, not group by group: on disk an article read at random costs a page of summaries and a block of texts.
     */
    private static void findNearDuplicates(List<List<Integer>> groups, List<Document> documents, int[] original) {
        int[] members = groups.stream().flatMap(List::stream).mapToInt(Integer::intValue).sorted().toArray();
        Map<Integer, long[]> sentences = new HashMap<>(members.length * 2);
        for (int i : members) sentences.put(i, sentences(documents.get(i).text()));
        for (List<Integer> same : groups) {
            for (int b = 1; b < same.size(); b++) {
                for (int a = 0; a < b; a++) {
                    if (original[same.get(a)] == same.get(a) && nearlySame(sentences.get(same.get(a)), sentences.get(same.get(b)))) {
                        original[same.get(b)] = same.get(a);
                        break;
                    }
                }
            }
        }
    }

    /** Whether the document repeats an earlier one (and so is not listed or counted). */
    public boolean isCopy(int document) {
        return document < original.length && original[document] != document;
    }

    /** The documents that repeat this one, in corpus order; none for most. */
    public List<Integer> copiesOf(int document) {
        return copiesByOriginal.getOrDefault(document, List.of());
    }

    /** How many documents repeat an earlier one. */
    public int copyCount() {
        int n = 0;
        for (List<Integer> c : copiesByOriginal.values()) n += c.size();
        return n;
    }

    /** For each document, whether it is a copy, as {@link CorpusEntities#build(List, boolean[], int[])} takes it. */
    public boolean[] copyFlags() {
        boolean[] flags = new boolean[original.length];
        for (int i = 0; i < flags.length; i++) flags[i] = isCopy(i);
        return flags;
    }

    /** Whether at least 90 % of the sentences of each are the other's ({@link #sentences}: distinct, sorted). */
    private static boolean nearlySame(long[] a, long[] b) {
        if (a.length == 0 || b.length == 0) return false;
        int shared = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            int order = compare(a, i, b, j);
            if (order == 0) shared++;
            if (order <= 0) i += 2;
            if (order >= 0) j += 2;
        }
        return shared >= NEAR * Math.max(a.length, b.length) / 2;
    }

    private static int compare(long[] a, int i, long[] b, int j) {
        int first = Long.compare(a[i], b[j]);
        return first != 0 ? first : Long.compare(a[i + 1], b[j + 1]);
    }

    /** A text's distinct sentences' hashes, two longs each, in order: cut after ., ! or ? and white space, or at a line break. */
    private static long[] sentences(String text) {
        Set<Hash> out = new HashSet<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n' || (c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
            if (end || i + 1 == text.length()) {
                String s = text.substring(start, i + 1).strip();
                if (!s.isEmpty()) out.add(Hash.ofNormalised(s));
                start = i + 1;
            }
        }
        long[] packed = new long[out.size() * 2];
        int at = 0;
        for (Hash h : out.stream().sorted(Comparator.comparingLong(Hash::a).thenComparingLong(Hash::b)).toList()) {
            packed[at++] = h.a();
            packed[at++] = h.b();
        }
        return packed;
    }

    private static String normalised(String s) {
        return Names.spaced(s);
    }

    /** Two 64-bit hashes of a text with its white space runs made one space and its ends trimmed. */
    private record Hash(long a, long b) {
        static Hash ofNormalised(String text) {
            long a = 1125899906842597L;
            long b = 0xcbf29ce484222325L;
            boolean space = false;
            boolean started = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    space = started;
                    continue;
                }
                if (space) {
                    a = 31 * a + ' ';
                    b = (b ^ ' ') * 0x100000001b3L;
                    space = false;
                }
                started = true;
                a = 31 * a + c;
                b = (b ^ c) * 0x100000001b3L;
            }
            return new Hash(a, b);
        }
    }
}
