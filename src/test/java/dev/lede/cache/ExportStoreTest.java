package dev.lede.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.corpus.CorpusLoader;
import dev.lede.corpus.Document;
import dev.lede.nlp.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How an export keeps annotations in the corpus index: added when the index had none, replaced when it had some. */
class ExportStoreTest {

    @TempDir
    Path corpus;
    @TempDir
    Path cache;

    private final WriterAnnotator annotator = new WriterAnnotator("v1", 0);

    @Test
    void aColdRunAddsEachAnnotationOnceAndTheNextRunFindsThemAll() throws Exception {
        DiskStorageTest.write(corpus, 30);
        List<Document> docs = CorpusLoader.load(List.of(corpus));
        try (DiskCorpus cold = DiskCorpus.open(cache, List.of(corpus), "v1", w -> { })) {
            assertThat(cold.keptAnnotations()).isFalse();
            for (Document d : docs.subList(0, 20)) cold.add(d, annotator.annotate(d.text()));
        }
        try (DiskCorpus again = DiskCorpus.open(cache, List.of(corpus), "v1", w -> { })) {
            assertThat(again.keptAnnotations()).isTrue();
            for (int i = 0; i < 30; i++) {
                Annotation kept = again.stored(docs.get(i));
                if (i < 20) assertThat(kept).isEqualTo(annotator.annotate(docs.get(i).text()));
                else assertThat(kept).isNull();
            }
            // A resumed run stores the rest, and anything stored again replaces what was there.
            for (Document d : docs) again.store(d, annotator.annotate(d.text()));
        }
        assertThat(annotationEntries()).isEqualTo(30);
        try (DiskCorpus otherVersion = DiskCorpus.open(cache, List.of(corpus), "v2", w -> { })) {
            assertThat(otherVersion.keptAnnotations()).isFalse();
        }
    }

    /** Annotation entries in the index, read as Lucene sees them: an article stored twice would count twice. */
    private long annotationEntries() throws Exception {
        try (var folders = Files.list(cache.resolve("corpus"));
                var reader = DirectoryReader.open(FSDirectory.open(folders.findFirst().orElseThrow()))) {
            return new IndexSearcher(reader).count(new TermQuery(new Term("kind", "annotation")));
        }
    }
}
