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
 * the articles stream through (read, annotated on every core, forgotten), so memory stays flat however large the
 * corpus: their lines wait in a temporary file while each name's type across the corpus is gathered
 * ({@link CorpusTypes}), and are then written typed so, as the sidebar shows it (an article's export therefore
 * depends on the corpus it is exported with). {@code --entity} and {@code --speaker} link names across the whole corpus and so hold every annotation.
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Write every article's entities and quotes as JSON Lines (one article per line).",
                "Files that cannot be read as articles are listed on stderr; the exit code is then 1."})
final class ExportCommand implements Callable<Integer> {

    /** Articles read ahead of the one being taken: enough to keep every core busy, few enough to hold. */
    private static final int IN_FLIGHT = 256;

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

    /**
     * Two passes: the first annotates every article on every core, counts the votes for each name's type in order and
     * keeps each export line aside; the second writes the kept lines with the types the whole corpus decided.
     */
    private void stream(LoadOptions options, Annotators.ForDocuments annotator, Writer out, PrintWriter err) throws IOException {
        Path folder = output != null ? output.toAbsolutePath().getParent() : Path.of(System.getProperty("java.io.tmpdir"));
        try (PendingLines pending = PendingLines.in(folder)) {
            CorpusTypes types = firstPass(options, annotator, pending, err);
            if (seen == 0) throw noArticles();
            try (Progress progress = Progress.onStderr(pending.count(), err)) {
                pending.writeTyped(types, explain, out, progress::step);
            }
        }
    }

    /** The first pass: each article's line kept aside, and the votes for each name's type counted in order. */
    private CorpusTypes firstPass(LoadOptions options, Annotators.ForDocuments annotator, PendingLines pending,
            PrintWriter err) throws IOException {
        CorpusTypes.Counter counter = new CorpusTypes.Counter();
        try (Progress progress = Progress.streaming(paths, err);
                InOrder<Annotated> annotated = new InOrder<>(cores(), IN_FLIGHT, "lede-export",
                        a -> keep(a, counter, pending, err))) {
            CorpusLoader.load(paths, options, doc -> {
                seen++;
                annotated.submit(() -> {
                    Annotated a;
                    if (doc.isFailed()) {
                        a = new Annotated(doc, null, null);
                    } else {
                        try {
                            Annotation annotation = annotator.of(doc);
                            a = new Annotated(null, annotation, PendingLines.Line.of(doc, annotation, explain));
                        } catch (RuntimeException e) {
                            a = new Annotated(Annotators.notAnnotated(doc, e), null, null);
                        }
                    }
                    progress.step(doc);
                    return a;
                });
            });
            annotated.finish();
        }
        return counter.decide();
    }

    /** An article's annotation and its line before the corpus types it, or the article that could not be read. */
    private record Annotated(Document failed, Annotation annotation, PendingLines.Line line) {
    }

    private void keep(Annotated a, CorpusTypes.Counter counter, PendingLines pending, PrintWriter err) throws IOException {
        if (a.failed() != null) {
            skipped(a.failed(), err);
        } else {
            counter.add(a.annotation());
            pending.add(a.line());
        }
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    private void filtered(LoadOptions options, Annotators.ForDocuments annotator, Writer out, PrintWriter err) throws IOException {
        List<Document> docs = new java.util.ArrayList<>(CorpusLoader.load(paths, options));
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
