package dev.lede.cache;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.store.OutputStreamDataOutput;

/**
 * The listed files in list order, packed: each entry a few dozen bytes in one array (its folder and input named
 * once for all the files in them, its identity, source and first id written as what differs from its path), decoded
 * when asked for. What touches every file stays in int arrays and bits: where each one's documents start, which
 * hold a failed article. So a million files take about 50 MB, not the 500 MB of a million {@link StoredFile}s.
 */
final class StoredFiles extends AbstractList<StoredFile> implements RandomAccess {

    private static final String FORMAT = "lede listed files 2";

    private final String[] folders;
    private final String[] inputs;
    /** What each stored input is named now ({@link StoredFile#namedAs}), or null where it is not named now. */
    private final String[] namedNow;
    private final byte[] bytes;
    private final int[] offsets;
    private final int[] starts;
    private final int documents;
    private final BitSet withFailures;
    private final boolean anyDated;

    private StoredFiles(String[] folders, String[] inputs, String[] namedNow, byte[] bytes, int[] offsets, int[] starts,
            int documents, BitSet withFailures, boolean anyDated) {
        this.folders = folders;
        this.inputs = inputs;
        this.namedNow = namedNow;
        this.bytes = bytes;
        this.offsets = offsets;
        this.starts = starts;
        this.documents = documents;
        this.withFailures = withFailures;
        this.anyDated = anyDated;
    }

    static StoredFiles of(List<StoredFile> files) {
        Builder builder = new Builder();
        files.forEach(builder::add);
        return builder.build();
    }

    /** These files, then the added ones. */
    StoredFiles plus(List<StoredFile> added) {
        Builder builder = new Builder();
        for (int f = 0; f < offsets.length; f++) builder.add(stored(f));
        added.forEach(builder::add);
        return builder.named(namedNow()).build();
    }

    private Map<String, String> namedNow() {
        Map<String, String> now = new HashMap<>();
        for (int i = 0; i < inputs.length; i++) if (namedNow[i] != null) now.put(inputs[i], namedNow[i]);
        return now;
    }

    @Override
    public int size() {
        return offsets.length;
    }

    /** The file as reached through its input as named now. */
    @Override
    public StoredFile get(int f) {
        StoredFile file = stored(f);
        String now = namedNow[inputOf(f)];
        return now == null ? file : file.namedAs(now);
    }

    /** The file's state ({@link StoredFile#fileId}), decoded alone: what finding a file by its state compares. */
    String fileId(int f) {
        ByteArrayDataInput in = new ByteArrayDataInput(bytes, offsets[f], bytes.length - offsets[f]);
        try {
            in.readVInt(); // input
            String path = folders[in.readVInt()] + in.readString();
            return relative(in, path, "");
        } catch (IOException cannot) {
            throw new IllegalStateException(cannot); // in memory
        }
    }

    /** Where the file's documents start in the list; {@link #documents()} past the last. */
    int start(int f) {
        return starts[f];
    }

    int[] starts() {
        return starts;
    }

    int documents() {
        return documents;
    }

    int count(int f) {
        return (f + 1 < starts.length ? starts[f + 1] : documents) - starts[f];
    }

    /** Whether the article at this position of the file could not be read (most files: answered without decoding). */
    boolean isFailed(int f, int position) {
        return withFailures.get(f) && stored(f).isFailed(position);
    }

    boolean anyDated() {
        return anyDated;
    }

    private int inputOf(int f) {
        ByteArrayDataInput in = new ByteArrayDataInput(bytes, offsets[f], bytes.length - offsets[f]);
        return in.readVInt();
    }

    /** The file's entry as stored (named as when it was stored). */
    private StoredFile stored(int f) {
        ByteArrayDataInput in = new ByteArrayDataInput(bytes, offsets[f], bytes.length - offsets[f]);
        try {
            String input = inputs[in.readVInt()];
            String path = folders[in.readVInt()] + in.readString();
            String fileId = relative(in, path, "");
            String source = relative(in, input, path);
            String firstRecord = in.readString();
            String firstId = relative(in, "", path + firstRecord);
            boolean dated = in.readByte() == 1;
            int[] failed = new int[in.readVInt()];
            for (int i = 0; i < failed.length; i++) failed[i] = in.readVInt();
            int explicit = in.readVInt();
            String[] records = explicit == 0 ? null : new String[explicit];
            for (int i = 0; i < explicit; i++) records[i] = in.readString();
            return new StoredFile(path, fileId, input, source, firstId, count(f), dated, failed, firstRecord, records, null);
        } catch (IOException cannot) {
            throw new IllegalStateException(cannot); // in memory
        }
    }

    /**
     * Writes the files as stored (not as named now) to {@code file}, replacing it whole or not at all: a warm start
     * reads them back ({@link #read}) without reading, decoding and sorting every file's entry in the index.
     */
    void write(Path file) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
            DataOutput out = new OutputStreamDataOutput(stream);
            out.writeString(FORMAT);
            out.writeVInt(folders.length);
            for (String folder : folders) out.writeString(folder);
            out.writeVInt(inputs.length);
            for (String input : inputs) out.writeString(input);
            out.writeVInt(offsets.length);
            for (int f = 0; f < offsets.length; f++) {
                out.writeVInt((f + 1 < offsets.length ? offsets[f + 1] : bytes.length) - offsets[f]);
                out.writeVInt(count(f));
            }
            out.writeVInt(bytes.length);
            out.writeBytes(bytes, bytes.length);
            out.writeVInt(withFailures.cardinality());
            for (int f = withFailures.nextSetBit(0); f >= 0; f = withFailures.nextSetBit(f + 1)) out.writeVInt(f);
            out.writeByte(anyDated ? (byte) 1 : (byte) 0);
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The files {@link #write} wrote, each input named as {@code nameNow} says (null: as stored), or null when there
     * is no such file, it does not read as one, or its inputs are not in the order {@code orderOf} gives them now.
     */
    static StoredFiles read(Path file, UnaryOperator<String> nameNow, ToIntFunction<String> orderOf) {
        if (!Files.isRegularFile(file)) return null;
        try {
            byte[] saved = Files.readAllBytes(file);
            ByteArrayDataInput in = new ByteArrayDataInput(saved);
            if (!in.readString().equals(FORMAT)) return null;
            String[] folders = new String[in.readVInt()];
            for (int i = 0; i < folders.length; i++) folders[i] = in.readString();
            String[] inputs = new String[in.readVInt()];
            String[] namedNow = new String[inputs.length];
            for (int i = 0; i < inputs.length; i++) {
                inputs[i] = in.readString();
                namedNow[i] = nameNow.apply(inputs[i]);
            }
            int size = in.readVInt();
            int[] offsets = new int[size];
            int[] starts = new int[size];
            int at = 0;
            int documents = 0;
            for (int f = 0; f < size; f++) {
                offsets[f] = at;
                at += in.readVInt();
                starts[f] = documents;
                documents += in.readVInt();
            }
            byte[] bytes = new byte[in.readVInt()];
            in.readBytes(bytes, 0, bytes.length);
            BitSet withFailures = new BitSet();
            for (int n = in.readVInt(); n > 0; n--) withFailures.set(in.readVInt());
            boolean anyDated = in.readByte() == 1;
            StoredFiles files = new StoredFiles(folders, inputs, namedNow, bytes, offsets, starts, documents, withFailures, anyDated);
            int[] inputOrder = Arrays.stream(inputs).mapToInt(orderOf).toArray();
            for (int f = 1; f < size && inputs.length > 1; f++) {
                if (inputOrder[files.inputOf(f - 1)] > inputOrder[files.inputOf(f)]) return null;
            }
            return files;
        } catch (IOException | RuntimeException unreadable) {
            return null; // listed from the index
        }
    }

    /** Writes {@code s} as what it shares with the start of {@code before} and the end of {@code after}, and the rest. */
    private static void writeRelative(ByteBuffersDataOutput out, String s, String before, String after) throws IOException {
        int prefix = 0;
        while (prefix < s.length() && prefix < before.length() && s.charAt(prefix) == before.charAt(prefix)) prefix++;
        int suffix = 0;
        while (suffix < s.length() - prefix && suffix < after.length()
                && s.charAt(s.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) suffix++;
        out.writeVInt(prefix);
        out.writeVInt(suffix);
        out.writeString(s.substring(prefix, s.length() - suffix));
    }

    private static String relative(ByteArrayDataInput in, String before, String after) throws IOException {
        int prefix = in.readVInt();
        int suffix = in.readVInt();
        return before.substring(0, prefix) + in.readString() + after.substring(after.length() - suffix);
    }

    /** Packs files as they come; {@link #sorted} then puts them in list order if they did not come in it. */
    static final class Builder {
        private final Map<String, Integer> folderNumbers = new HashMap<>();
        private final List<String> folders = new ArrayList<>();
        private final Map<String, Integer> inputNumbers = new HashMap<>();
        private final List<String> inputs = new ArrayList<>();
        private final ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        private int[] offsets = new int[1024];
        private int[] counts = new int[1024];
        private final BitSet withFailures = new BitSet();
        private boolean anyDated;
        private int size;
        private Map<String, String> namedNow = Map.of();

        void add(StoredFile file) {
            if (size == offsets.length) {
                offsets = Arrays.copyOf(offsets, size * 2);
                counts = Arrays.copyOf(counts, size * 2);
            }
            offsets[size] = Math.toIntExact(out.size());
            counts[size] = file.count();
            if (file.failed().length > 0) withFailures.set(size);
            anyDated |= file.dated();
            size++;
            String path = file.path();
            int cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1;
            try {
                out.writeVInt(number(file.input(), inputNumbers, inputs));
                out.writeVInt(number(path.substring(0, cut), folderNumbers, folders));
                out.writeString(path.substring(cut));
                writeRelative(out, file.fileId(), path, "");
                writeRelative(out, file.source(), file.input(), path);
                out.writeString(file.firstRecord());
                writeRelative(out, file.firstId(), "", path + file.firstRecord());
                out.writeByte(file.dated() ? (byte) 1 : (byte) 0);
                out.writeVInt(file.failed().length);
                for (int f : file.failed()) out.writeVInt(f);
                out.writeVInt(file.records() == null ? 0 : file.records().length);
                if (file.records() != null) for (String r : file.records()) out.writeString(r);
            } catch (IOException cannot) {
                throw new IllegalStateException(cannot); // in memory
            }
        }

        private static int number(String value, Map<String, Integer> numbers, List<String> values) {
            return numbers.computeIfAbsent(value, v -> {
                values.add(v);
                return values.size() - 1;
            });
        }

        /** Files stored under the input {@code key} are listed as reached through the input named {@code value}. */
        Builder named(Map<String, String> now) {
            namedNow = now;
            return this;
        }

        int size() {
            return size;
        }

        /** Gives each input the files were stored under, as named then. */
        void forEachInput(java.util.function.Consumer<String> each) {
            inputs.forEach(each);
        }

        StoredFiles build() {
            return build(identity(size));
        }

        /**
         * Sorted by this key of each file as named now. They come sorted as a rule, which is checked first; else each
         * key is made once and the files merged in runs (a merge sort), not decoded at each comparison.
         */
        StoredFiles sorted(Function<StoredFile, String> keyOf) {
            StoredFiles unsorted = build();
            String last = null;
            boolean inOrder = true;
            for (int f = 0; f < size && inOrder; f++) {
                String key = keyOf.apply(unsorted.get(f));
                inOrder = last == null || last.compareTo(key) <= 0;
                last = key;
            }
            if (inOrder) return unsorted;
            String[] keys = new String[size];
            Integer[] order = new Integer[size];
            for (int f = 0; f < size; f++) {
                keys[f] = keyOf.apply(unsorted.get(f));
                order[f] = f;
            }
            Arrays.sort(order, Comparator.comparing(f -> keys[f]));
            return build(Arrays.stream(order).mapToInt(Integer::intValue).toArray());
        }

        private static int[] identity(int size) {
            int[] order = new int[size];
            for (int i = 0; i < size; i++) order[i] = i;
            return order;
        }

        private StoredFiles build(int[] order) {
            byte[] all = out.toArrayCopy();
            byte[] bytes = all;
            int[] placed = new int[size];
            int[] starts = new int[size];
            BitSet failures = new BitSet();
            boolean inOrder = true;
            for (int i = 0; i < size && inOrder; i++) inOrder = order[i] == i;
            if (!inOrder) bytes = new byte[all.length];
            int at = 0;
            int documents = 0;
            for (int i = 0; i < size; i++) {
                int f = order[i];
                int end = f + 1 < size ? offsets[f + 1] : all.length;
                if (!inOrder) System.arraycopy(all, offsets[f], bytes, at, end - offsets[f]);
                placed[i] = inOrder ? offsets[f] : at;
                at += end - offsets[f];
                starts[i] = documents;
                documents += counts[f];
                if (withFailures.get(f)) failures.set(i);
            }
            String[] inputNames = inputs.toArray(String[]::new);
            String[] now = new String[inputNames.length];
            for (int i = 0; i < now.length; i++) now[i] = namedNow.get(inputNames[i]);
            return new StoredFiles(folders.toArray(String[]::new), inputNames, now, bytes, placed, starts, documents,
                    failures, anyDated);
        }
    }
}
