package dev.lede.cli;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import dev.lede.corpus.CorpusLoader;
import dev.lede.corpus.Document;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.Annotator;
import dev.lede.ssh.HostKeyFile;
import dev.lede.ssh.LedeSshServer;
import dev.lede.ssh.SessionApp;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
final class ServeCommand implements Callable<Integer> {

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

    @Option(names = "--idle-timeout", paramLabel = "DURATION", defaultValue = "30m", converter = DurationConverter.class,
            description = "Close a session after this long without a key pressed, e.g. 90s, 15m, 1h (default: ${DEFAULT-VALUE}).")
    Duration idleTimeout;

    @Option(names = "--no-cache", description = "Annotate everything afresh and keep nothing on disk.")
    boolean noCache;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files or folders.")
    List<Path> paths;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        List<Document> docs = new ArrayList<>();
        for (Document d : CorpusLoader.load(paths)) {
            if (d.isFailed()) {
                err.printf("lede serve: skipped %s: %s%n", d.id(), d.failure());
            } else {
                docs.add(d);
            }
        }
        Annotator annotator = Annotators.create(noCache, System.getenv(), w -> err.println("lede serve: " + w));
        List<Annotation> annotations = Annotators.annotateAll(docs, annotator, err);

        Path hostKeyFile = hostKey != null ? hostKey : HostKeyFile.defaultPath(System.getenv());
        LedeSshServer server;
        try {
            server = new LedeSshServer(new LedeSshServer.Config(port, bind, authorizedKeys, hostKeyFile, maxSessions,
                    idleTimeout, explorerApp(docs, annotations), err::println));
            server.start();
        } catch (IOException | IllegalArgumentException e) {
            err.println("lede serve: " + e.getMessage());
            return 2;
        }
        err.printf("lede serve: %d articles on %s port %d, host key %s (%s)%n",
                docs.size(), bind, server.port(), server.hostKeyFingerprint(), hostKeyFile);
        err.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (IOException e) {
                err.println("lede serve: " + e.getMessage());
            }
        }, "lede-serve-shutdown"));
        server.awaitClosed();
        return 0;
    }

    /**
     * What each SSH session runs. For now a plain list of the articles (title, entity and quote counts; j/k to move,
     * q or Ctrl-C to leave); the explorer takes its place here.
     */
    static SessionApp explorerApp(List<Document> docs, List<Annotation> annotations) {
        return (terminal, env) -> {
            Screen screen = new TerminalScreen(terminal);
            screen.startScreen();
            try {
                int selected = 0;
                while (true) {
                    drawTitles(screen, docs, annotations, selected);
                    KeyStroke key = screen.readInput();
                    boolean character = key.getKeyType() == KeyType.Character;
                    if (key.getKeyType() == KeyType.EOF
                            || character && (key.getCharacter() == 'q' || key.getCharacter() == 'c' && key.isCtrlDown())) {
                        return;
                    }
                    if (key.getKeyType() == KeyType.ArrowDown || character && key.getCharacter() == 'j') {
                        selected = Math.max(0, Math.min(selected + 1, docs.size() - 1));
                    } else if (key.getKeyType() == KeyType.ArrowUp || character && key.getCharacter() == 'k') {
                        selected = Math.max(selected - 1, 0);
                    }
                }
            } finally {
                screen.stopScreen();
            }
        };
    }

    private static void drawTitles(Screen screen, List<Document> docs, List<Annotation> annotations, int selected)
            throws IOException {
        screen.doResizeIfNecessary();
        screen.clear();
        TerminalSize size = screen.getTerminalSize();
        TextGraphics g = screen.newTextGraphics();
        g.putString(0, 0, "Lede: " + docs.size() + " articles (j/k to move, q to quit)");
        int rows = Math.max(1, size.getRows() - 2);
        int first = Math.max(0, selected - rows + 1);
        for (int i = first; i < docs.size() && i - first < rows; i++) {
            Annotation a = annotations.get(i);
            String line = String.format("%s %s  (%d entities, %d quotes)", i == selected ? ">" : " ",
                    docs.get(i).title(), a.entities().size(), a.quotes().size());
            g.putString(0, 2 + i - first, line.length() > size.getColumns() ? line.substring(0, size.getColumns()) : line);
        }
        screen.refresh();
    }
}
