package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.corpus.CorpusLoader;
import dev.lede.corpus.Document;
import dev.lede.corpus.LoadOptions;
import dev.lede.nlp.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export's annotations from a cold corpus index: nothing looked up the first time, found when asked again. */
class ExportAnnotationsTest {

    @TempDir
    Path corpus;
    @TempDir
    Path cache;

    @Test
    void aSecondPassOverACorpusFindsWhatTheFirstKeptAndStoresNothingTwice() throws Exception {
        for (int i = 0; i < 12; i++) {
            Files.writeString(corpus.resolve(String.format("a%02d.txt", i)), "Story " + i + "\n\n\"We will win,\" Tony Blair said in London.\n");
        }
        List<Document> docs = CorpusLoader.load(List.of(corpus));
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString());
        try (Annotators.ForDocuments annotations = Annotators.forDocuments(false, List.of(corpus), LoadOptions.DEFAULT, env, w -> { })) {
            List<Annotation> first = docs.stream().map(annotations::of).toList();
            List<Annotation> second = docs.stream().map(annotations::of).toList();
            assertThat(second).isEqualTo(first);
            assertThat(first.get(0).quotes()).singleElement().extracting(q -> q.speaker()).isEqualTo("Tony Blair");
        }
        assertThat(annotationEntries()).isEqualTo(12);
    }

    /** Annotation entries in the index as Lucene counts them: an article stored twice would count twice. */
    private long annotationEntries() throws Exception {
        try (var folders = Files.list(cache.resolve("lede").resolve("corpus"));
                var reader = DirectoryReader.open(FSDirectory.open(folders.findFirst().orElseThrow()))) {
            return new IndexSearcher(reader).count(new TermQuery(new Term("kind", "annotation")));
        }
    }
}
