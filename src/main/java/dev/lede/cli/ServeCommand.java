package dev.lede.cli;

import com.googlecode.lanterna.terminal.Terminal;
import dev.lede.corpus.CorpusLoader;
import dev.lede.corpus.Document;
import dev.lede.model.BrowseMode;
import dev.lede.model.CorpusStorage;
import dev.lede.model.Library;
import dev.lede.nlp.Annotator;
import dev.lede.ssh.HostKeyFile;
import dev.lede.ssh.LedeSshServer;
import dev.lede.ssh.SessionApp;
import dev.lede.tui.ExplorerApp;
import dev.lede.tui.Settings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lede serve}: the articles over SSH, annotated once and shared by every session, each with its own view. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Serve the explorer over SSH: every client with a key in the authorized keys file gets its own session.",
                "Public keys only; no passwords, commands, sftp/scp or forwarding. One log line per connection on stderr."})
public final class ServeCommand implements Callable<Integer> {

    /** What a session takes from the server's environment rather than the client's. */
    private static final List<String> SERVER_VARIABLES = List.of("HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME");

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "2222", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every network).")
    String bind;

    @Option(names = "--authorized-keys", paramLabel = "FILE", required = true,
            description = "OpenSSH authorized_keys file (ed25519, ecdsa, rsa); re-read when it changes.")
    Path authorizedKeys;

    @Option(names = "--host-key", paramLabel = "FILE",
            description = "Host key, created on first start (default: $XDG_STATE_HOME/lede/ssh_host_key or ~/.local/state/lede/ssh_host_key).")
    Path hostKey;

    @Option(names = "--max-sessions", paramLabel = "N", defaultValue = "50", description = "Sessions at once (default: ${DEFAULT-VALUE}).")
    int maxSessions;

    @Option(names = "--max-sessions-per-connection", paramLabel = "N", defaultValue = "1",
            description = "Sessions one connection may open at once (default: ${DEFAULT-VALUE}).")
    int maxSessionsPerConnection;

    @Option(names = "--max-sessions-per-key", paramLabel = "N", defaultValue = "10",
            description = "Sessions at once with the same key (default: ${DEFAULT-VALUE}).")
    int maxSessionsPerKey;

    @Option(names = "--idle-timeout", paramLabel = "DURATION", defaultValue = "30m", converter = DurationConverter.class,
            description = "Close a session after this long without a key pressed, e.g. 90s, 15m, 1h (default: ${DEFAULT-VALUE}).")
    Duration idleTimeout;

    @Option(names = "--no-cache", description = "Annotate everything afresh and keep nothing on disk.")
    boolean noCache;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files or folders.")
    List<Path> paths;

    @picocli.CommandLine.Mixin
    ColumnsOption columns;

    @Option(names = "--theme", paramLabel = "NAME",
            description = "Colour theme every session starts with (each reader can change theirs with t).")
    String theme;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> missing = Inputs.missing(paths);
        if (missing.isPresent()) {
            err.println("lede: " + missing.get());
            return 2;
        }
        List<String> notices = new java.util.ArrayList<>();
        CorpusStorage storage = Annotators.load(paths, columns.options(n -> {
            err.println("lede serve: " + n);
            notices.add(n);
        }), noCache, System.getenv(), w -> err.println("lede serve: " + w));
        for (int i = 0; i < storage.size(); i++) {
            if (!storage.isFailed(i)) continue; // known without reading a summary from disk
            Document d = storage.summary(i);
            err.printf("lede serve: %s: %s%n", d.id(), d.failure());
        }
        // One library for every session: loaded once, annotated once in the background, read-only to the sessions.
        Library library = new Library(storage, Inputs.describe(paths));
        notices.forEach(library::notice);
        Annotator annotator = Annotators.create(noCache || Annotators.keepsAnnotations(storage), System.getenv(), w -> {
            err.println("lede serve: " + w);
            library.notice("the server's annotation cache is off; see its log"); // readers see none of its paths
        });
        library.startAnnotating(annotator, Runtime.getRuntime().availableProcessors());

        Path hostKeyFile = hostKey != null ? hostKey : HostKeyFile.defaultPath(System.getenv());
        LedeSshServer server;
        try {
            server = new LedeSshServer(new LedeSshServer.Config(port, bind, authorizedKeys, hostKeyFile, maxSessions,
                    maxSessionsPerConnection, maxSessionsPerKey,
                    idleTimeout, explorerApp(library, theme, System.getenv()), err::println));
            server.start();
        } catch (IOException | IllegalArgumentException e) {
            err.println("lede serve: " + e.getMessage());
            library.close();
            return 2;
        }
        err.printf("lede serve: %d articles on %s port %d, host key %s (%s)%n",
                storage.size(), bind, server.port(), server.hostKeyFingerprint(), hostKeyFile);
        err.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (IOException e) {
                err.println("lede serve: " + e.getMessage());
            }
        }, "lede-serve-shutdown"));
        server.awaitClosed();
        library.close();
        return 0;
    }

    /**
     * Each SSH session: its own explorer over the shared library, with the client's look (TERM, NO_COLOR, …) and the
     * settings the server was started with (keys and themes under its XDG_CONFIG_HOME, its log under XDG_STATE_HOME);
     * a remote reader writes no files here and is shown none of the server's paths.
     */
    public static SessionApp explorerApp(Library library, String theme, Map<String, String> serverEnv) {
        List<String> quitKeys = Settings.load(theme, sessionEnv(Map.of(), serverEnv)).keys().keys(BrowseMode.Act.QUIT);
        return new SessionApp() {
            @Override
            public void run(Terminal terminal, Map<String, String> clientEnv, Notices notices) throws IOException {
                ExplorerApp app = new ExplorerApp(library, Settings.load(theme, sessionEnv(clientEnv, serverEnv))).withoutFileWrites();
                notices.listen(app::tell);
                app.run(terminal);
            }

            @Override
            public List<String> keysThatAlwaysPass() {
                return quitKeys;
            }
        };
    }

    private static Map<String, String> sessionEnv(Map<String, String> clientEnv, Map<String, String> serverEnv) {
        Map<String, String> env = new HashMap<>(clientEnv);
        for (String variable : SERVER_VARIABLES) {
            if (serverEnv.containsKey(variable)) env.put(variable, serverEnv.get(variable));
        }
        return env;
    }
}
