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
 * the articles stream through in batches (read, annotate, write, forget), so memory stays flat however large the
 * corpus: twice, once to gather each name's type across the corpus ({@link CorpusTypes}) and once to write each article
 * typed so, as the sidebar shows it (an article's export therefore depends on the corpus it is exported with).
 * {@code --entity} and {@code --speaker} link names across the whole corpus and so hold every annotation.
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Write every article's entities and quotes as JSON Lines (one article per line).",
                "Files that cannot be read as articles are listed on stderr; the exit code is then 1."})
final class ExportCommand implements Callable<Integer> {

    /** Articles annotated together: enough to keep every core busy, few enough to hold. */
    private static final int BATCH = 256;
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
        List<Document> batch = new ArrayList<>(BATCH);
        IOException[] writeFailure = {null};
        try (Progress progress = Progress.streaming(paths, err)) {
            CorpusLoader.load(paths, options, doc -> {
                batch.add(doc);
                if (batch.size() == BATCH && writeFailure[0] == null) {
                    writeFailure[0] = writeBatch(batch, annotator, types, out, err, progress);
                }
            });
            if (writeFailure[0] == null) writeFailure[0] = writeBatch(batch, annotator, types, out, err, progress);
        }
        if (writeFailure[0] != null) throw writeFailure[0];
        if (seen == 0) throw noArticles();
    }

    /** The first pass: every article annotated in batches, the votes for each name's type counted. */
    private CorpusTypes corpusTypes(LoadOptions options, Annotators.ForDocuments annotator, PrintWriter err) {
        CorpusTypes.Counter counter = new CorpusTypes.Counter();
        List<Document> batch = new ArrayList<>(BATCH);
        try (Progress progress = Progress.streaming(paths, err)) {
            CorpusLoader.load(paths, options, doc -> {
                batch.add(doc);
                if (batch.size() == BATCH) count(batch, annotator, counter, progress);
            });
            count(batch, annotator, counter, progress);
        }
        return counter.decide();
    }

    private void count(List<Document> batch, Annotators.ForDocuments annotator, CorpusTypes.Counter counter, Progress progress) {
        List<Annotation> annotations = annotate(batch, annotator, progress);
        for (Annotation a : annotations) if (a != null) counter.add(a);
        if (kept != null && kept.size() + annotations.size() > KEPT_BETWEEN_PASSES) kept = null;
        if (kept != null) kept.addAll(annotations);
        batch.clear();
    }

    /** A batch annotated on all cores, in order (null for a failed article). */
    private static List<Annotation> annotate(List<Document> batch, Annotators.ForDocuments annotator, Progress progress) {
        return batch.parallelStream().map(d -> {
            Annotation a = d.isFailed() ? null : annotator.of(d);
            progress.step(d);
            return a;
        }).toList();
    }

    /** Annotates a batch on all cores and writes it in order, typed as the corpus types it; the batch is emptied for the next. */
    private IOException writeBatch(List<Document> batch, Annotators.ForDocuments annotator, CorpusTypes types, Writer out,
            PrintWriter err, Progress progress) {
        boolean wasKept = kept != null && seen + batch.size() <= kept.size();
        List<Annotation> annotations = wasKept ? kept.subList(seen, seen + batch.size()) : annotate(batch, annotator, progress);
        if (wasKept) batch.forEach(progress::step);
        seen += batch.size();
        try {
            for (int i = 0; i < batch.size(); i++) {
                Document d = batch.get(i);
                if (d.isFailed()) {
                    skipped(d, err);
                } else {
                    out.write(JsonLines.line(d, types.retyped(annotations.get(i)), explain));
                    out.write('\n');
                }
            }
            return null;
        } catch (IOException e) {
            return e;
        } finally {
            batch.clear();
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
