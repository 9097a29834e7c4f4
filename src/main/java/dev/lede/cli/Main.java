package dev.lede.cli;

import dev.lede.corpus.CorpusLoader;
import dev.lede.corpus.Document;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code lede [PATH...]} opens the explorer; sub-commands do the rest. */
@Command(name = "lede", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Explore news articles in the terminal: entities, aliases and quotes with their speakers.",
        subcommands = {ExportCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Article files or folders (default: the current folder).")
    List<Path> paths = List.of();

    @Override
    public Integer call() {
        List<Document> docs = CorpusLoader.load(paths.isEmpty() ? List.of(Path.of(".")) : paths);
        long failed = docs.stream().filter(Document::isFailed).count();
        System.out.printf("%d documents (%d failed)%n", docs.size(), failed);
        return 0;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(Main::oneLineError);
    }

    /** A failure the user can act on is one line on stderr, never a stack trace. */
    private static int oneLineError(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        cmd.getErr().println("lede: " + message);
        return 2;
    }
}
