package dev.lede.cache;

import dev.lede.corpus.Document;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes one file to the corpus index as its articles are read: each text the index does not have, the list's
 * fields a page at a time ({@link SummaryPages}), then the file's entry ({@link StoredFile}). Holds one page, never
 * the file: a 1,000,000-row file is listed in the heap of 256 summaries.
 */
final class FileListing {

    private final DiskCorpus corpus;
    private final Path source;
    private final String fileId;
    private final String input;
    private final Set<String> known;
    private final List<Document> page = new ArrayList<>(SummaryPages.SIZE);
    private final List<Integer> failed = new ArrayList<>();
    private String firstId;
    private String firstRecord;
    /** Every record once one is not "#n" at position n - 1; null until then. */
    private List<String> records;
    private int count;
    private int pages;
    private boolean dated;

    /**
     * @param known the keys of the articles the index has already (their texts are not written again)
     */
    FileListing(DiskCorpus corpus, Path source, String fileId, List<Path> paths, Set<String> known) {
        this.corpus = corpus;
        this.source = source;
        this.fileId = fileId;
        this.input = inputOf(source, paths).toString();
        this.known = known;
    }

    /** Which of the named paths the file came from (the first that holds it). */
    private static Path inputOf(Path source, List<Path> paths) {
        for (Path input : paths) {
            if (source.startsWith(input)) return input;
        }
        return source;
    }

    /** The file's next article. */
    void add(Document d) throws IOException {
        if (!d.isFailed() && !known.contains(FileState.articleKey(fileId, d.id()))) corpus.addArticle(d, fileId);
        String record = FileState.record(d.id());
        if (count == 0) {
            firstId = d.id();
            firstRecord = record;
        } else if (records == null && !record.equals("#" + (count + 1))) {
            records = new ArrayList<>(count + 1);
            records.add(firstRecord);
            for (int i = 1; i < count; i++) records.add("#" + (i + 1));
        }
        if (records != null && count > 0) records.add(record);
        if (d.isFailed()) failed.add(count);
        dated |= d.origin().date() != null;
        page.add(d.text().isEmpty() ? d : new Document(d.id(), d.source(), d.title(), "", d.failure(), d.note(), d.origin()));
        count++;
        if (page.size() == SummaryPages.SIZE) flush();
    }

    private void flush() throws IOException {
        corpus.listing().putPage(source, fileId, pages++, SummaryPages.encode(page));
        page.clear();
    }

    /** Writes the file's entry (after its pages); null when it held no article (its entries are then deleted). */
    StoredFile finish() throws IOException {
        if (count == 0) {
            corpus.deleteFile(FileState.absolute(source));
            return null;
        }
        if (!page.isEmpty()) flush();
        StoredFile file = new StoredFile(FileState.absolute(source), fileId, input, source.toString(), firstId, count, dated,
                failed.stream().mapToInt(Integer::intValue).toArray(), firstRecord,
                records == null ? null : records.toArray(String[]::new), null);
        corpus.listing().putFile(file);
        return file;
    }
}
