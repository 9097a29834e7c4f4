package dev.lede.cli;

import dev.lede.corpus.Columns;
import dev.lede.corpus.CorpusLoader;
import dev.lede.corpus.Document;
import dev.lede.corpus.LoadOptions;
import dev.lede.export.AtomicFile;
import dev.lede.export.JsonLines;
import dev.lede.index.CorpusTypes;
import dev.lede.nlp.Annotation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lede export}: annotations as JSON Lines, one article per line, for scripts and scoring. Without a filter
 * the articles stream through (read, annotated on every core, written in order, forgotten), so memory stays flat
 * however large the corpus: twice, once to gather each name's type across the corpus ({@link CorpusTypes}) and once to
 * write each article typed so, as the sidebar shows it (an article's export therefore depends on the corpus it is
 * exported with). {@code --entity} and {@code --speaker} link names across the whole corpus and so hold every annotation.
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Write every article's entities and quotes as JSON Lines (one article per line).",
                "Files that cannot be read as articles are listed on stderr; the exit code is then 1."})
final class ExportCommand implements Callable<Integer> {

    /** Articles read ahead of the one being taken: enough to keep every core busy, few enough to hold. */
    private static final int IN_FLIGHT = 256;
    /**
     * The first pass keeps the annotations of a corpus up to this many articles for the second, which then only
     * reads the files again; a larger corpus is annotated twice (from the cache, unless {@code --no-cache}).
     */
    private static final int KEPT_BETWEEN_PASSES = 20_000;

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = "--force", description = "Replace FILE if it exists (otherwise an existing file is never touched).")
    boolean force;

    @Option(names = "--no-cache", description = "Annotate everything afresh and keep nothing on disk.")
    boolean noCache;

    @Option(names = "--entity", paramLabel = "NAME",
            description = "Only articles that mention NAME (any of its forms, linked across articles).")
    String entity;

    @Option(names = "--speaker", paramLabel = "NAME",
            description = "Only the quotes NAME spoke, and only articles that have some.")
    String speaker;

    @Mixin
    ColumnsOption columns;

    @Option(names = "--explain", description = "Say why: each quote's speakerPass (the sieve pass that chose its speaker)"
            + " and each entity's typeRule (the rule that typed it).")
    boolean explain;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files or folders.")
    List<Path> paths;

    private int failed;
    private int seen;
    /** The first pass's annotations, in corpus order (null for a failed article); null when the corpus is too large. */
    private List<Annotation> kept = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (output != null && Files.exists(output) && !force) {
            err.printf("lede export: %s exists; use --force to replace it%n", output);
            return 2;
        }
        Optional<String> missing = Inputs.missing(paths);
        if (missing.isPresent()) {
            err.println("lede: " + missing.get());
            return 2;
        }
        LoadOptions options = columns.options(n -> err.println("lede export: " + n));
        Annotators.ForDocuments annotator = Annotators.forDocuments(noCache, paths, options, System.getenv(),
                w -> err.println("lede export: " + w));
        Export export = entity == null && speaker == null ? out -> stream(options, annotator, out, err)
                : out -> filtered(options, annotator, out, err);
        try (annotator) {
            if (output == null) {
                PrintWriter out = spec.commandLine().getOut();
                export.to(out);
                out.flush();
            } else {
                AtomicFile.write(output, export::to);
            }
        } catch (Refused refused) {
            err.println("lede export: " + refused.getMessage());
            return refused.exitCode;
        }
        err.flush();
        return failed == 0 ? 0 : 1;
    }

    private interface Export {
        void to(Writer out) throws IOException;
    }

    /** Why nothing is written: a name no entity has, or no articles at all (an -o file is then left untouched). */
    private static final class Refused extends IOException {
        final int exitCode;

        Refused(String message, int exitCode) {
            super(message);
            this.exitCode = exitCode;
        }
    }

    private Refused noArticles() {
        return new Refused("no articles in " + Inputs.describe(paths), 1);
    }

    private void stream(LoadOptions options, Annotators.ForDocuments annotator, Writer out, PrintWriter err) throws IOException {
        CorpusTypes types = corpusTypes(options, annotator, err);
        int[] read = {0};
        try (Progress progress = Progress.streaming(paths, err);
                InOrder<Line> lines = new InOrder<>(cores(), IN_FLIGHT, "lede-export", line -> write(line, out, err))) {
            CorpusLoader.load(paths, options, doc -> {
                int index = read[0]++;
                Annotation wasKept = kept != null && index < kept.size() ? kept.get(index) : null;
                lines.submit(() -> {
                    Line line;
                    if (doc.isFailed()) {
                        line = new Line(doc, null);
                    } else {
                        Annotation a = wasKept != null ? wasKept : annotator.of(doc);
                        line = new Line(null, JsonLines.line(doc, types.retyped(a), explain));
                    }
                    progress.step(doc);
                    return line;
                });
            });
            lines.finish();
        }
        if (seen == 0) throw noArticles();
    }

    /** The first pass: every article annotated on every core, the votes for each name's type counted in order. */
    private CorpusTypes corpusTypes(LoadOptions options, Annotators.ForDocuments annotator, PrintWriter err) throws IOException {
        CorpusTypes.Counter counter = new CorpusTypes.Counter();
        try (Progress progress = Progress.streaming(paths, err);
                InOrder<Annotation> annotations = new InOrder<>(cores(), IN_FLIGHT, "lede-export-types", a -> keep(a, counter))) {
            CorpusLoader.load(paths, options, doc -> {
                seen++;
                annotations.submit(() -> {
                    Annotation a = doc.isFailed() ? null : annotator.of(doc);
                    progress.step(doc);
                    return a;
                });
            });
            annotations.finish();
        }
        return counter.decide();
    }

    /** Counts an article's names (null for a failed article) and keeps its annotation for the second pass while there is room. */
    private void keep(Annotation annotation, CorpusTypes.Counter counter) {
        if (annotation != null) counter.add(annotation);
        if (kept != null && kept.size() >= KEPT_BETWEEN_PASSES) kept = null;
        if (kept != null) kept.add(annotation);
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** An article's export line, or the article that could not be read. */
    private record Line(Document failed, String json) {
    }

    private void write(Line line, Writer out, PrintWriter err) throws IOException {
        if (line.failed() != null) {
            skipped(line.failed(), err);
        } else {
            out.write(line.json());
            out.write('\n');
        }
    }

    private void filtered(LoadOptions options, Annotators.ForDocuments annotator, Writer out, PrintWriter err) throws IOException {
        List<Document> docs = CorpusLoader.load(paths, options);
        if (docs.isEmpty()) throw noArticles();
        List<Annotation> annotations = Annotators.annotateAll(docs, annotator, err);
        ExportFilter filter;
        try {
            filter = ExportFilter.of(entity, speaker, docs, annotations);
        } catch (IllegalArgumentException unknown) {
            throw new Refused(unknown.getMessage(), 2);
        }
        for (int i = 0; i < docs.size(); i++) {
            Document d = docs.get(i);
            if (d.isFailed()) {
                skipped(d, err);
            } else {
                var selected = filter.select(i, filter.types().retyped(annotations.get(i)));
                if (selected.isPresent()) {
                    out.write(JsonLines.line(d, selected.get(), explain));
                    out.write('\n');
                }
            }
        }
    }

    private void skipped(Document d, PrintWriter err) {
        err.printf("lede export: skipped %s: %s%n", d.id(), d.failure());
        failed++;
    }
}
