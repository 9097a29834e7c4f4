package dev.lede.cli;

import dev.lede.corpus.LoadOptions;
import dev.lede.model.CorpusStorage;
import dev.lede.model.Library;
import dev.lede.tui.ExplorerApp;
import dev.lede.tui.RememberedTheme;
import dev.lede.tui.Settings;
import dev.lede.tui.Themes;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lede [PATH...]} opens the explorer; sub-commands do the rest. */
@Command(name = "lede", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Explore news articles in the terminal: entities, aliases and quotes with their speakers.",
                "Press ? in the explorer for the keys."},
        subcommands = {ExportCommand.class, ServeCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Article files or folders to explore.")
    List<Path> paths = List.of();

    @Option(names = "--theme", paramLabel = "NAME",
            description = "Colour theme: default, light, high-contrast, mono, or one of yours in $XDG_CONFIG_HOME/lede/themes/.")
    String theme;

    @Option(names = "--no-cache", description = "Annotate everything afresh and keep nothing on disk.")
    boolean noCache;

    @Option(names = "--print-screen",
            description = "Print the explorer's first screen (" + FirstScreen.COLUMNS + "x" + FirstScreen.ROWS
                    + ") as plain text and exit; needs no terminal.")
    boolean printScreen;

    @CommandLine.Mixin
    ColumnsOption columns;

    @Override
    public Integer call() throws IOException {
        if (paths.isEmpty()) {
            spec.commandLine().usage(spec.commandLine().getOut());
            return 0;
        }
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> missing = Inputs.missing(paths);
        if (missing.isPresent()) {
            err.println("lede: " + missing.get());
            return 2;
        }
        if (printScreen) {
            Opened opened = open(paths, columns.options(n -> { }), theme, noCache, System.getenv());
            try (Library library = opened.library()) {
                if (FirstScreen.print(library, opened.settings(), spec.commandLine().getOut())) return 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            err.println("lede: the explorer drew no screen");
            return 1;
        }
        if (!LocalTerminal.isAvailable()) {
            err.println("lede needs a terminal; for a file of annotations use `lede export`");
            return 2;
        }
        Opened opened = open(paths, columns.options(n -> { }), theme, noCache, System.getenv());
        Settings settings = opened.settings();
        try (Library library = opened.library()) {
            LocalTerminal terminal;
            try {
                terminal = LocalTerminal.open();
            } catch (IOException | RuntimeException noTerminal) {
                err.println("lede needs a terminal; for a file of annotations use `lede export`");
                return 2;
            }
            try (terminal) {
                new ExplorerApp(library, settings).run(terminal);
            }
        }
        return 0;
    }

    /** What the explorer needs before its first frame. */
    public record Opened(Library library, Settings settings) {
    }

    /**
     * Loads the articles and, side by side, the settings (whose JSON reading also warms up Jackson for the
     * themes), and sets annotation to start behind the first frame. The benchmark starts the explorer this way too.
     */
    public static Opened open(List<Path> paths, String theme, boolean noCache, Map<String, String> env) {
        return open(paths, LoadOptions.DEFAULT, theme, noCache, env);
    }

    /** As above, reading the files as {@code options} say; their notices reach the explorer's status line. */
    public static Opened open(List<Path> paths, LoadOptions options, String theme, boolean noCache,
            Map<String, String> env) {
        CompletableFuture<Settings> settings = CompletableFuture.supplyAsync(() -> {
            // Without --theme, the theme chosen last time (t) in a local explorer.
            Settings loaded = Settings.load(theme == null ? RememberedTheme.read(env) : theme, env);
            // Reading the theme here, on the core the loader leaves free, gets Jackson going before the first frame.
            Themes.forEnvironment(env).load(loaded.theme());
            return loaded;
        });
        List<String> notices = new ArrayList<>();
        CorpusStorage storage = Annotators.load(paths, options.withNotices(notices::add), noCache, env, notices::add);
        Library library = new Library(storage, Inputs.describe(paths));
        notices.forEach(library::notice);
        boolean noTextCache = noCache || Annotators.keepsAnnotations(storage);
        library.startAnnotatingWhenShown(() -> Annotators.create(noTextCache, env, library::notice),
                Runtime.getRuntime().availableProcessors());
        return new Opened(library, settings.join());
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
