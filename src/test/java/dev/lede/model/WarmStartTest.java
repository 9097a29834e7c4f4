package dev.lede.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.cache.DiskCorpus;
import dev.lede.cache.DiskStorage;
import dev.lede.cache.WriterAnnotator;
import dev.lede.corpus.Document;
import dev.lede.corpus.LoadOptions;
import dev.lede.index.CorpusEntity;
import dev.lede.index.TextSearch;
import dev.lede.nlp.Annotation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second start over the corpus on disk: it lists the articles from the index without reading a file, compares the
 * files behind the first frame and applies what changed (never an old text or annotation), and publishes the
 * linking kept by the last run instead of linking again.
 */
class WarmStartTest {

    @TempDir
    Path corpus;
    @TempDir
    Path cache;

    /** The storage on disk, counting the annotations read from it (linking reads every one). */
    static final class CountingReads implements CorpusStorage {
        final CorpusStorage disk;
        final AtomicInteger reads = new AtomicInteger();
        /** Documents the test withdraws besides those the disk does. */
        final BitSet alsoWithdrawn = new BitSet();

        CountingReads(CorpusStorage disk) {
            this.disk = disk;
        }

        @Override
        public int size() {
            return disk.size();
        }

        @Override
        public Document document(int index) {
            return disk.document(index);
        }

        @Override
        public Document summary(int index) {
            return disk.summary(index);
        }

        @Override
        public boolean isFailed(int index) {
            return disk.isFailed(index);
        }

        @Override
        public boolean hasDates() {
            return disk.hasDates();
        }

        @Override
        public Annotation stored(int index) {
            reads.incrementAndGet();
            return disk.stored(index);
        }

        @Override
        public void store(int index, Annotation annotation) {
            disk.store(index, annotation);
        }

        @Override
        public TextSearch search() {
            return disk.search();
        }

        @Override
        public BitSet storedAnnotations() {
            return disk.storedAnnotations();
        }

        @Override
        public boolean checkFiles() {
            return disk.checkFiles();
        }

        @Override
        public boolean isWithdrawn(int index) {
            return disk.isWithdrawn(index) || alsoWithdrawn.get(index);
        }

        @Override
        public int withdrawnCount() {
            return disk.withdrawnCount() + alsoWithdrawn.cardinality();
        }

        @Override
        public int replacementOf(int index) {
            return disk.replacementOf(index);
        }

        @Override
        public List<Integer> inCorpusOrder(List<Integer> documents) {
            return disk.inCorpusOrder(documents);
        }

        @Override
        public String linkingKey() {
            return disk.linkingKey();
        }

        @Override
        public InputStream storedLinking(String key) {
            return disk.storedLinking(key);
        }

        @Override
        public void storeLinking(String key, LinkingBody body) {
            disk.storeLinking(key, body);
        }

        @Override
        public void close() {
            disk.close();
        }
    }

    /** Twelve articles; a0007 repeats a0002's text, and Writer1 writes two (a0001 and a0009). */
    private void write() throws IOException {
        for (int i = 0; i < 12; i++) writeArticle("a%04d.txt".formatted(i), "Story " + i, "Writer" + (i == 9 ? 1 : i));
        Files.writeString(corpus.resolve("a0007.txt"), Files.readString(corpus.resolve("a0002.txt")));
    }

    private void writeArticle(String name, String title, String writer) throws IOException {
        Files.writeString(corpus.resolve(name), title + "\n\nWritten by " + writer + ".\n");
    }

    private DiskStorage storage() throws IOException {
        return DiskStorage.open(DiskCorpus.open(cache, List.of(corpus), "v1", w -> { }), List.of(corpus), LoadOptions.DEFAULT);
    }

    /** Annotates and links every article, as a first run does, and closes. */
    private Map<String, List<Integer>> firstRun() throws Exception {
        try (Library library = new Library(storage(), corpus.toString())) {
            library.startAnnotating(new WriterAnnotator("v1", 0), 2);
            await(() -> linked(library));
            return linking(library);
        }
    }

    private static boolean linked(Library library) {
        return library.annotatedCount() == library.size() && !library.isLinkingBehind() && !library.corpusEntities().all().isEmpty();
    }

    /** Each linked entity's name and its documents' ids. */
    private static Map<String, List<Integer>> linking(Library library) {
        Map<String, List<Integer>> out = new TreeMap<>();
        for (CorpusEntity e : library.corpusEntities().all()) out.put(e.name(), java.util.Arrays.stream(e.documents()).boxed().toList());
        return out;
    }

    private static void await(BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!done.getAsBoolean() && System.nanoTime() < deadline) Thread.sleep(10);
        assertThat(done.getAsBoolean()).as("done within 30 s").isTrue();
    }

    private static List<String> listedIds(SessionDriver session) {
        return session.state().visibleDocuments().stream().map(d -> session.state().library().summary(d).id()).toList();
    }

    @Test
    void aWarmStartListsTheArticlesFromTheIndexWithoutReadingAFile() throws Exception {
        write();
        firstRun();
        // Each file rewritten with other words of the same length and given back its size and time: to a warm start
        // it is the same file, so what the list shows can only come from the index.
        for (int i = 0; i < 12; i++) {
            Path file = corpus.resolve("a%04d.txt".formatted(i));
            FileTime time = Files.getLastModifiedTime(file);
            Files.writeString(file, Files.readString(file).replace("Story", "Tales"));
            Files.setLastModifiedTime(file, time);
        }
        try (Library library = new Library(storage(), corpus.toString())) {
            SessionDriver session = new SessionDriver(library, List.of("default"), "default");
            assertThat(listedIds(session)).hasSize(12).startsWith("a0000.txt", "a0001.txt").endsWith("a0011.txt");
            assertThat(session.state().library().summary(session.state().visibleDocuments().get(3)).title()).isEqualTo("Story 3");
        }
    }

    @Test
    void aChangedFileShowsItsNewTextAndAnnotationNeverTheOld() throws Exception {
        write();
        firstRun();
        Path changed = corpus.resolve("a0003.txt");
        Files.writeString(changed, "Story 3, revised\n\nWritten by Someone Else.\n");
        Files.setLastModifiedTime(changed, FileTime.fromMillis(System.currentTimeMillis() + 5_000));

        WriterAnnotator annotator = new WriterAnnotator("v1", 0);
        try (Library library = new Library(storage(), corpus.toString())) {
            SessionDriver session = new SessionDriver(library, List.of("default"), "default");
            session.open(3);
            // Before the check: listed as it was, but neither its old text nor its old annotation is shown.
            assertThat(library.summary(3).id()).isEqualTo("a0003.txt");
            assertThat(library.document(3).text()).doesNotContain("Writer3");
            assertThat(library.annotation(3)).isNull();

            library.startAnnotating(annotator, 2);
            await(() -> linked(library) && library.isWithdrawn(3));
            session.send(new Message.IndexesRebuilt());

            assertThat(annotator.calls).hasValue(1);
            int revised = session.state().openDocument();
            assertThat(revised).isNotEqualTo(3);
            assertThat(library.summary(revised).id()).isEqualTo("a0003.txt");
            assertThat(library.document(revised).text()).contains("revised");
            assertThat(library.annotation(revised).entities().get(0).name()).isEqualTo("Someone Else");
            assertThat(library.annotation(3)).isNull();
            assertThat(library.document(3).text()).doesNotContain("Writer3");
            // In its place in the list, once; the copy of a0002 is still listed once.
            assertThat(listedIds(session)).containsExactly("a0000.txt", "a0001.txt", "a0002.txt", "a0003.txt", "a0004.txt",
                    "a0005.txt", "a0006.txt", "a0008.txt", "a0009.txt", "a0010.txt", "a0011.txt");
            assertThat(library.corpusEntities().all()).anyMatch(e -> e.name().equals("Someone Else"))
                    .noneMatch(e -> e.name().equals("Writer3"));
        }
    }

    @Test
    void aDeletedFileIsWithdrawnAndANewOneTakesItsPlaceInOrder() throws Exception {
        write();
        firstRun();
        Files.delete(corpus.resolve("a0005.txt"));
        writeArticle("a0004b.txt", "Story 4b", "Writer Four");

        WriterAnnotator annotator = new WriterAnnotator("v1", 0);
        try (Library library = new Library(storage(), corpus.toString())) {
            SessionDriver session = new SessionDriver(library, List.of("default"), "default");
            // The first frame lists what the index holds, the deleted file too: no file was read for it.
            assertThat(listedIds(session)).contains("a0005.txt").doesNotContain("a0004b.txt");
            assertThat(library.document(5).text()).isEmpty(); // gone: not its old text from the index
            library.startAnnotating(annotator, 2);
            await(() -> linked(library) && library.isWithdrawn(5));
            session.send(new Message.IndexesRebuilt());

            assertThat(listedIds(session)).containsExactly("a0000.txt", "a0001.txt", "a0002.txt", "a0003.txt", "a0004.txt",
                    "a0004b.txt", "a0006.txt", "a0008.txt", "a0009.txt", "a0010.txt", "a0011.txt");
            assertThat(annotator.calls).hasValue(1);
            assertThat(library.corpusEntities().all()).noneMatch(e -> e.name().equals("Writer5"));
        }
        // The next start lists what the check wrote, in the same order; the copy of a0002 goes once the kept linking
        // (which holds the duplicates) is published.
        try (Library library = new Library(storage(), corpus.toString())) {
            SessionDriver session = new SessionDriver(library, List.of("default"), "default");
            assertThat(listedIds(session)).containsExactly("a0000.txt", "a0001.txt", "a0002.txt", "a0003.txt", "a0004.txt",
                    "a0004b.txt", "a0006.txt", "a0007.txt", "a0008.txt", "a0009.txt", "a0010.txt", "a0011.txt");
            library.startAnnotating(annotator, 2);
            await(() -> linked(library));
            session.send(new Message.IndexesRebuilt());
            assertThat(listedIds(session)).containsExactly("a0000.txt", "a0001.txt", "a0002.txt", "a0003.txt", "a0004.txt",
                    "a0004b.txt", "a0006.txt", "a0008.txt", "a0009.txt", "a0010.txt", "a0011.txt");
            assertThat(annotator.calls).hasValue(1);
        }
    }

    @Test
    void aDocumentWithdrawnLaterLeavesTheListThoughNothingElseChanged() throws Exception {
        write();
        firstRun();
        CountingReads storage = new CountingReads(storage());
        try (Library library = new Library(storage, corpus.toString())) {
            SessionDriver session = new SessionDriver(library, List.of("default"), "default");
            library.startAnnotating(new WriterAnnotator("v1", 0), 2);
            await(() -> linked(library));
            session.send(new Message.IndexesRebuilt());
            assertThat(listedIds(session)).contains("a0004.txt");

            // Same documents, same copies: only the withdrawal says the list changed.
            storage.alsoWithdrawn.set(4);
            session.send(new Message.IndexesRebuilt());

            assertThat(listedIds(session)).containsExactly("a0000.txt", "a0001.txt", "a0002.txt", "a0003.txt",
                    "a0005.txt", "a0006.txt", "a0008.txt", "a0009.txt", "a0010.txt", "a0011.txt");
        }
    }

    @Test
    void aSecondStartPublishesTheKeptLinkingWithoutLinkingAgain() throws Exception {
        write();
        Map<String, List<Integer>> first = firstRun();
        assertThat(first.get("Writer1")).containsExactly(1, 9);

        WriterAnnotator annotator = new WriterAnnotator("v1", 0);
        CountingReads storage = new CountingReads(storage());
        try (Library library = new Library(storage, corpus.toString())) {
            library.startAnnotating(annotator, 2);
            await(() -> linked(library));
            assertThat(linking(library)).isEqualTo(first);
            assertThat(library.duplicates().isCopy(7)).isTrue();
            // Linking reads every article's annotation; the kept linking needed none.
            assertThat(storage.reads).hasValue(0);
            // The list's counts and its sort by quotes come from the kept linking too (the reader reads the open one's).
            SessionDriver session = new SessionDriver(library, List.of("default"), "default");
            int opened = storage.reads.get();
            session.press("S", "S", "S");
            assertThat(session.state().sortOrder()).isEqualTo(SortOrder.QUOTES);
            assertThat(library.rowCounts(1)).isEqualTo(new RowCounts(1, 0));
            assertThat(storage.reads).hasValue(opened);
            assertThat(annotator.calls).hasValue(0);
        }

        // Something changed: linked again in the background, and kept for the start after.
        writeArticle("a0012.txt", "Story 12", "Writer1");
        storage = new CountingReads(storage());
        try (Library library = new Library(storage, corpus.toString())) {
            library.startAnnotating(annotator, 2);
            await(() -> linked(library) && library.size() == 13);
            assertThat(storage.reads.get()).isGreaterThanOrEqualTo(12);
            assertThat(linking(library).get("Writer1")).containsExactly(1, 9, 12);
        }
        storage = new CountingReads(storage());
        try (Library library = new Library(storage, corpus.toString())) {
            library.startAnnotating(annotator, 2);
            await(() -> linked(library));
            assertThat(linking(library).get("Writer1")).containsExactly(1, 9, 12);
            assertThat(storage.reads).hasValue(0);
        }
    }
}
