package dev.lede.bench;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.lede.corpus.CorpusLoader;
import dev.lede.corpus.Document;
import dev.lede.model.Library;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.EnglishAnnotator;
import dev.lede.tui.ExplorerApp;
import dev.lede.tui.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One keystroke to one finished frame of the explorer at 200×50 on Lanterna's virtual terminal, with
 * the BBC business articles annotated: the reader scrolls a line ('j'/'k' alternate in the reader pane).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FrameBenchmark {

    private DefaultVirtualTerminal terminal;
    private Semaphore frames;
    private Thread session;
    private boolean down;

    @Setup
    public void start() throws Exception {
        Path folder = Path.of(System.getProperty("lede.shared", "../shared"), "corpus", "bbc", "business");
        if (!Files.isDirectory(folder)) throw new IllegalStateException("benchmark needs " + folder);
        List<Document> docs = CorpusLoader.load(List.of(folder));
        EnglishAnnotator annotator = new EnglishAnnotator();
        List<Annotation> annotations = docs.stream().map(d -> annotator.annotate(d.text())).toList();
        Library library = Library.annotated(docs, annotations);
        terminal = new DefaultVirtualTerminal(new TerminalSize(200, 50));
        frames = Frames.countedOn(terminal);
        Path home = Files.createTempDirectory("lede-bench");
        Settings settings = Settings.load("default", Map.of("HOME", home.toString(), "TERM", "xterm-256color"));
        session = new Thread(() -> {
            try {
                new ExplorerApp(library, settings).run(terminal);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "bench-session");
        session.setDaemon(true);
        session.start();
        frames.acquire();
        terminal.addInput(new KeyStroke('2', false, false)); // the reader pane
        frames.acquire();
    }

    @Benchmark
    public void keystrokeToFrame() throws InterruptedException {
        down = !down;
        terminal.addInput(new KeyStroke(down ? 'j' : 'k', false, false));
        if (!frames.tryAcquire(5, TimeUnit.SECONDS)) throw new IllegalStateException("no frame");
    }

    @TearDown
    public void stop() throws InterruptedException {
        terminal.addInput(new KeyStroke('q', false, false));
        session.join(5000);
    }
}
