package dev.lede.cache;

import dev.lede.corpus.Document;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

/**
 * A storage's files in list order as its start finds them: the entries saved beside the index, else the index's own
 * entries (read, decoded and sorted), else loaded from the files ({@link Loader}).
 *
 * @param fromIndex whether they were listed from the index's entries, so they are not saved beside it yet
 */
record ListedFiles(StoredFiles files, boolean fromIndex) {

    /**
     * The files' entries saved beside the index, else listed from the index's entries, or null when the index lists
     * no file (a first start).
     */
    static ListedFiles of(DiskCorpus corpus, List<Path> paths) throws IOException {
        // Files in the order of the inputs as named now (the index is shared by any naming or order of the same paths).
        Map<String, Integer> inputs = new HashMap<>();
        for (int i = 0; i < paths.size(); i++) inputs.putIfAbsent(FileState.absolute(paths.get(i)), i);
        Map<String, Integer> inputOrder = new HashMap<>();
        ToIntFunction<String> orderOf = input -> inputOrder.computeIfAbsent(input,
                named -> inputs.getOrDefault(FileState.absolute(Path.of(named)), paths.size()));
        UnaryOperator<String> nameNow = input -> {
            int i = orderOf.applyAsInt(input);
            return i < paths.size() ? paths.get(i).toString() : null;
        };
        StoredFiles saved = StoredFiles.read(corpus.listing().savedFiles(), nameNow, orderOf);
        if (saved != null) return new ListedFiles(saved, false);
        StoredFiles.Builder stored = new StoredFiles.Builder();
        corpus.listing().forEachFile(stored::add);
        if (stored.size() == 0) return null;
        Map<String, String> namedNow = new HashMap<>();
        stored.forEachInput(input -> {
            String now = nameNow.apply(input);
            if (now != null) namedNow.put(input, now);
        });
        return new ListedFiles(stored.named(namedNow).sorted(file -> (char) orderOf.applyAsInt(file.input()) + file.folderKey()), true);
    }

    /** Listed already: the task has run. */
    static FutureTask<ListedFiles> done(ListedFiles files) {
        FutureTask<ListedFiles> task = new FutureTask<>(() -> files);
        task.run();
        return task;
    }

    /** Takes documents as they are loaded, file by file: each is written to the index (see {@link FileListing}). */
    static final class Loader implements Consumer<Document> {
        private final DiskCorpus corpus;
        private final List<Path> paths;
        private final Set<String> known;
        private final StoredFiles.Builder files = new StoredFiles.Builder();
        private FileListing file;
        private Path source;

        Loader(DiskCorpus corpus, List<Path> paths) throws IOException {
            this.corpus = corpus;
            this.paths = paths;
            this.known = corpus.articleKeys();
        }

        @Override
        public void accept(Document d) {
            try {
                if (file != null && !source.equals(d.source())) endOfFile();
                if (file == null) {
                    source = d.source();
                    file = new FileListing(corpus, source, corpus.fileId(source), paths, known);
                }
                file.add(d);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void endOfFile() throws IOException {
            StoredFile done = file.finish();
            if (done != null) files.add(done);
            file = null;
        }

        /** Every document taken; what was written is readable from here on. */
        StoredFiles done() throws IOException {
            if (file != null) endOfFile();
            corpus.refresh();
            return files.build();
        }
    }
}
