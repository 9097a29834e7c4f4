package dev.lede.cache;

import dev.lede.corpus.Document;
import dev.lede.corpus.Origin;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.function.IntFunction;
import java.util.zip.CRC32;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.store.OutputStreamDataOutput;

/**
 * What a warm start's first frame draws, saved beside the index so it draws before the index is open: how many
 * articles, whether any is dated, the first {@link #ROWS} rows' summaries and the first article's text. It is read
 * only for the commit it was written at (the last {@code segments_N} file's name, size and CRC, so a run that
 * committed since, or an index whose commit was damaged, is never drawn from it) and with the file entries saved
 * beside it ({@link StoredFiles#write}), whose size and time it records; it is deleted with them before the listing
 * changes ({@link ListingEntries#forgetSaved}), and written again at the end of a run that did not change it.
 *
 * @param first the first article's text and the file state it was read from, or null (failed, or too long to keep)
 */
record FirstRows(int documents, boolean anyDated, Document[] rows, FirstText first) {

    /** A screenful on any terminal but a very tall one; a frame that draws more waits for the listing. */
    static final int ROWS = SummaryPages.SIZE;
    /** Longer first texts are read from the index: the file stays small, its read short. */
    static final int MAX_TEXT = 256 * 1024;
    private static final String FORMAT = "lede first screen 1";

    /** The first article's text as read from the file in the state {@code fileId}. */
    record FirstText(String path, String fileId, String text) {
    }

    /** The first screen of this listing: its first rows' summaries as {@code summary} gives them, its first text. */
    static FirstRows of(Listing listing, IntFunction<Document> summary, DiskCorpus corpus) throws IOException {
        Document[] rows = new Document[Math.min(ROWS, listing.size())];
        for (int i = 0; i < rows.length; i++) rows[i] = summary.apply(i);
        FirstText first = null;
        if (listing.size() > 0 && !listing.isFailed(0)) {
            String text = corpus.text(listing.key(0));
            StoredFile file = listing.files().get(0);
            if (text != null && text.length() <= MAX_TEXT) first = new FirstText(file.path(), file.fileId(), text);
        }
        return new FirstRows(listing.size(), listing.files().anyDated(), rows, first);
    }

    /**
     * The rows saved in {@code file} for these inputs as named now, or null when there are none, they do not read, were
     * saved for the inputs named otherwise, or do not go with the file entries saved in {@code savedFiles}.
     */
    static FirstRows read(Path file, Path savedFiles, List<Path> paths) {
        try {
            if (!Files.isRegularFile(file)) return null;
            ByteArrayDataInput in = new ByteArrayDataInput(Files.readAllBytes(file));
            if (!in.readString().equals(FORMAT)) return null;
            if (!in.readString().equals(commit(file.getParent()))) return null;
            BasicFileAttributes entries = Files.readAttributes(savedFiles, BasicFileAttributes.class);
            if (in.readVLong() != entries.size() || in.readVLong() != entries.lastModifiedTime().toMillis()) return null;
            int named = in.readVInt();
            if (named != paths.size()) return null;
            for (Path path : paths) if (!in.readString().equals(path.toString())) return null;
            int documents = in.readVInt();
            boolean anyDated = in.readByte() == 1;
            Document[] rows = new Document[in.readVInt()];
            for (int i = 0; i < rows.length; i++) {
                String id = in.readString();
                Path source = Path.of(in.readString());
                String title = in.readString();
                String failure = SummaryPages.readOptional(in);
                String note = SummaryPages.readOptional(in);
                Origin origin = new Origin(SummaryPages.readOptional(in), SummaryPages.readOptional(in), SummaryPages.readOptional(in), SummaryPages.readOptional(in));
                rows[i] = new Document(id, source, title, "", failure, note, origin);
            }
            FirstText first = in.readByte() == 0 ? null : new FirstText(in.readString(), in.readString(), in.readString());
            return new FirstRows(documents, anyDated, rows, first);
        } catch (IOException | RuntimeException unreadable) {
            return null; // the first frame waits for the listing
        }
    }

    /** Whether {@code file} holds rows written at the index's last commit (beside it). */
    static boolean atCommit(Path file) {
        try {
            if (!Files.isRegularFile(file)) return false;
            ByteArrayDataInput in = new ByteArrayDataInput(Files.readAllBytes(file));
            return in.readString().equals(FORMAT) && in.readString().equals(commit(file.getParent()));
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    /** Writes these rows to {@code file}, whole or not at all, once the file entries are saved in {@code savedFiles}. */
    void write(Path file, Path savedFiles, List<Path> paths) throws IOException {
        BasicFileAttributes entries = Files.readAttributes(savedFiles, BasicFileAttributes.class);
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
            DataOutput out = new OutputStreamDataOutput(stream);
            out.writeString(FORMAT);
            out.writeString(commit(file.getParent()));
            out.writeVLong(entries.size());
            out.writeVLong(entries.lastModifiedTime().toMillis());
            out.writeVInt(paths.size());
            for (Path path : paths) out.writeString(path.toString());
            out.writeVInt(documents);
            out.writeByte(anyDated ? (byte) 1 : (byte) 0);
            out.writeVInt(rows.length);
            for (Document d : rows) {
                out.writeString(d.id());
                out.writeString(d.source().toString());
                out.writeString(d.title());
                SummaryPages.writeOptional(out, d.failure());
                SummaryPages.writeOptional(out, d.note());
                SummaryPages.writeOptional(out, d.origin().date());
                SummaryPages.writeOptional(out, d.origin().source());
                SummaryPages.writeOptional(out, d.origin().author());
                SummaryPages.writeOptional(out, d.origin().url());
            }
            out.writeByte(first == null ? (byte) 0 : (byte) 1);
            if (first != null) {
                out.writeString(first.path());
                out.writeString(first.fileId());
                out.writeString(first.text());
            }
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The index's last commit as "segments_N size CRC-32" of that file ("" when there is none): read without opening
     * the index, and different after any commit, or when the file is damaged.
     */
    static String commit(Path folder) throws IOException {
        String[] names = folder.toFile().list();
        if (names == null) throw new IOException("cannot list " + folder);
        String last = SegmentInfos.getLastCommitSegmentsFileName(names);
        if (last == null) return "";
        byte[] bytes = Files.readAllBytes(folder.resolve(last));
        CRC32 crc = new CRC32();
        crc.update(bytes);
        // Not `+`: its first use of this shape spins a dozen method handles (40 ms of a first frame), archive or not.
        return new StringBuilder(last).append(' ').append(bytes.length).append(' ').append(Long.toHexString(crc.getValue())).toString();
    }

    /** The saved summary of this document, or null when it is not among the rows. */
    Document row(int index) {
        return index >= 0 && index < rows.length ? rows[index] : null;
    }
}
