package dev.lede.cli;

import dev.lede.corpus.CorpusLoader;
import dev.lede.corpus.Document;
import dev.lede.export.AtomicFile;
import dev.lede.export.JsonLines;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.Annotator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lede export}: annotations as JSON Lines, one article per line, for scripts and scoring. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Write every article's entities and quotes as JSON Lines (one article per line).",
                "Files that cannot be read as articles are listed on stderr; the exit code is then 1."})
final class ExportCommand implements Callable<Integer> {

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

    @Option(names = "--explain", description = "Add to each entity the rule that typed it (\"typeRule\").")
    boolean explain;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files or folders.")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (output != null && Files.exists(output) && !force) {
            err.printf("lede export: %s exists; use --force to replace it%n", output);
            return 2;
        }
        List<Document> docs = CorpusLoader.load(paths);
        Annotator annotator = Annotators.create(noCache, System.getenv(), w -> err.println("lede export: " + w));
        List<Annotation> annotations = Annotators.annotateAll(docs, annotator, err);
        ExportFilter filter;
        try {
            filter = ExportFilter.of(entity, speaker, annotations);
        } catch (IllegalArgumentException unknown) {
            err.println("lede export: " + unknown.getMessage());
            return 2;
        }
        List<String> lines = new ArrayList<>();
        int failed = 0;
        for (int i = 0; i < docs.size(); i++) {
            Document d = docs.get(i);
            if (d.isFailed()) {
                err.printf("lede export: skipped %s: %s%n", d.id(), d.failure());
                failed++;
            } else {
                filter.select(i, annotations.get(i)).ifPresent(a -> lines.add(JsonLines.line(d, a, explain)));
            }
        }
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            lines.forEach(out::println);
            out.flush();
        } else {
            AtomicFile.write(output, w -> {
                for (String l : lines) {
                    w.write(l);
                    w.write('\n');
                }
            });
        }
        err.flush();
        return failed == 0 ? 0 : 1;
    }
}
