package dev.lede.bench;

import dev.lede.corpus.CorpusLoader;
import dev.lede.corpus.Document;
import dev.lede.nlp.Annotator;
import dev.lede.nlp.EnglishAnnotator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Annotation throughput on the BBC business folder (510 articles): one thread, articles per second.
 * Tokens per second follow from the corpus's token count, printed by {@code ./bench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AnnotationBenchmark {

    static final int ARTICLES = 510;

    private List<Document> docs;
    private Annotator annotator;

    @Setup
    public void load() {
        Path folder = Path.of(System.getProperty("lede.shared", "../shared"), "corpus", "bbc", "business");
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("benchmark needs " + folder);
        }
        docs = CorpusLoader.load(List.of(folder)).stream().filter(d -> !d.isFailed()).limit(ARTICLES).toList();
        annotator = new EnglishAnnotator();
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public void annotateArticles(Blackhole sink) {
        for (Document d : docs) {
            sink.consume(annotator.annotate(d.text()));
        }
    }
}
