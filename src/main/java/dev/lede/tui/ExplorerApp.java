package dev.lede.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.virtual.VirtualTerminal;
import dev.lede.model.Explorer;
import dev.lede.model.Library;
import dev.lede.model.Pane;
import dev.lede.model.Prompt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One explorer session on one terminal: the input → update → redraw loop. Many sessions may share a
 * {@link Library} in one JVM (the SSH server), each with its own terminal and settings, so this class
 * never exits the JVM, installs no shutdown hooks and keeps no global state. The terminal's owner
 * creates and closes the terminal; {@link #run} leaves it as it found it.
 */
public final class ExplorerApp {

    /** How long the loop sleeps when nothing happens: keys, resizes and annotations wake it at once. */
    private static final long IDLE_MILLIS = 1000;
    /** Queued keys and arrivals applied before the next frame, so a paste or a key storm does not redraw per key. */
    private static final int BATCH = 256;
    /** Errors in a row after which the session gives up rather than spin. */
    private static final int MAX_FAILURES_IN_A_ROW = 5;

    private final Library library;
    private final Settings settings;
    private final Themes themes;
    private final ColorDepth depth;

    private final DocumentsView documents = new DocumentsView();
    private final ReaderView reader = new ReaderView();
    private final EntitiesView entities = new EntitiesView();
    private final QuotesView quotes = new QuotesView();
    private final StatusBar status = new StatusBar();
    private final HelpOverlay help = new HelpOverlay();
    private final OverviewView overview = new OverviewView();
    private final SpeakersView speakers = new SpeakersView();

    private boolean writesFiles = true;
    private Explorer explorer;
    /** Set when run() returns, so the key thread of a virtual terminal stops asking. */
    private volatile boolean sessionOver;
    private Palette palette;
    private boolean dirty = true;
    private String lastReported;

    public ExplorerApp(Library library, Settings settings) {
        this.library = library;
        this.settings = settings;
        this.themes = Themes.forEnvironment(settings.env());
        this.depth = ColorDepth.of(settings.env());
    }

    /**
     * For a session of a remote user (SSH): nothing they do writes a file on this machine, so {@code x}
     * (export the quote list) only says so, and no message shows a path of this machine (the session log's).
     */
    public ExplorerApp withoutFileWrites() {
        writesFiles = false;
        return this;
    }

    /** Runs the session until the user quits; the terminal is restored however it ends. */
    public void run(Terminal terminal) throws IOException {
        BlockingQueue<Runnable> arrived = new LinkedBlockingQueue<>();
        Library.Listener listener = new Library.Listener() {
            @Override
            public void annotated(int document) {
                arrived.add(() -> explorer.annotationArrived(document));
            }

            @Override
            public void noticed(String notice) {
                arrived.add(() -> explorer.say(notice));
            }

            @Override
            public void indexed() {
                arrived.add(() -> explorer.indexesRebuilt());
            }
        };
        TerminalScreen screen = new TerminalScreen(terminal);
        // A resize wakes the loop; Lanterna's screen notes the new size itself.
        terminal.addResizeListener((t, size) -> arrived.add(() -> dirty = true));
        try {
            // Listen before the explorer reads the library, so no arrival falls in between; updates wait in the queue.
            library.addListener(listener);
            screen.startScreen();
            start();
            readKeysInto(screen, terminal, arrived);
            loop(screen, arrived);
        } catch (RuntimeException e) {
            SessionLog.write(settings.logFile(), "explorer session failed", e);
            throw e;
        } finally {
            sessionOver = true;
            library.removeListener(listener);
            screen.stopScreen();
        }
    }

    /** The session's model, null until {@link #start}; read it on the session's thread only. */
    Explorer explorer() {
        return explorer;
    }

    // start, handle and render are package-private so a test can run many keys through them without the loop's thread.

    void start() {
        // Without colour the mono theme is the one that still tells things apart (bold, reverse).
        String asked = depth == ColorDepth.NONE ? Themes.MONO : settings.theme();
        Themes.Loaded theme = themes.load(asked);
        palette = new Palette(theme.theme(), depth);
        explorer = new Explorer(library, themes.names(), theme.warning() == null ? asked : Themes.DEFAULT);
        explorer.addListener(event -> dirty = true);
        List<String> warnings = new ArrayList<>(library.notices());
        warnings.addAll(settings.warnings());
        if (theme.warning() != null) warnings.add(theme.warning());
        if (!warnings.isEmpty()) explorer.say(String.join("; ", warnings));
    }

    /**
     * Keys are read on a thread of their own and queued with the annotation arrivals, so the loop sleeps until
     * either comes and a key is drawn at once. The thread ends at end of input (the terminal closed).
     */
    private void readKeysInto(TerminalScreen screen, Terminal terminal, BlockingQueue<Runnable> queue) {
        // Lanterna's virtual terminal (tests, benchmarks) holds its lock while it blocks for input, which would
        // stop every frame; it is asked every millisecond instead. Real and SSH terminals block on their input.
        boolean blockingReadLocksOutput = terminal instanceof VirtualTerminal;
        Thread reader = new Thread(() -> {
            try {
                KeyStroke key;
                do {
                    key = blockingReadLocksOutput ? pollEveryMillisecond(screen) : screen.readInput();
                    if (key == null) break;
                    KeyStroke read = key;
                    queue.add(() -> handle(read));
                } while (key != null && key.getKeyType() != KeyType.EOF);
            } catch (IOException | RuntimeException e) {
                queue.add(() -> {
                    throw new UncheckedIOException(e instanceof IOException io ? io : new IOException(e));
                });
            }
        }, "lede-keys");
        reader.setDaemon(true);
        reader.start();
    }

    private KeyStroke pollEveryMillisecond(TerminalScreen screen) throws IOException {
        try {
            KeyStroke key = screen.pollInput();
            while (key == null) {
                if (sessionOver) return null;
                Thread.sleep(1);
                key = screen.pollInput();
            }
            return key;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new KeyStroke(KeyType.EOF);
        }
    }

    private void loop(TerminalScreen screen, BlockingQueue<Runnable> queue) throws IOException {
        int failuresInARow = 0;
        boolean complete = true;
        while (!explorer.isQuit()) {
            try {
                if (screen.doResizeIfNecessary() != null) {
                    dirty = true;
                    complete = true;
                }
                if (dirty) {
                    render(screen, complete);
                    library.shown();
                    library.textSearch(); // from the first frame on, built in the background so `/` rarely waits
                    dirty = false;
                    complete = false;
                }
                applyQueued(queue);
                failuresInARow = 0;
            } catch (UncheckedIOException terminalGone) {
                throw terminalGone.getCause();
            } catch (RuntimeException e) {
                report("the explorer", e);
                complete = true;
                if (++failuresInARow >= MAX_FAILURES_IN_A_ROW) throw new IllegalStateException(explorer.message(), e);
            }
        }
    }

    /** Waits for the next key or arrival and applies it with whatever else is queued, on this thread: the explorer is not thread-safe. */
    private void applyQueued(BlockingQueue<Runnable> queue) {
        try {
            Runnable next = queue.poll(IDLE_MILLIS, TimeUnit.MILLISECONDS);
            for (int applied = 0; next != null && !explorer.isQuit(); applied++) {
                next.run();
                next = applied < BATCH ? queue.poll() : null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            explorer.quit();
        }
    }

    void handle(KeyStroke key) {
        explorer.clearMessage();
        dirty = true;
        if (key.getKeyType() == KeyType.EOF || isCtrlC(key)) {
            explorer.quit();
        } else if (explorer.prompt() != null) {
            handlePrompt(key);
        } else if (explorer.isHelpShown()) {
            explorer.toggleHelp();
        } else {
            String name = KeyNames.of(key);
            if (name != null) {
                settings.keys().action(name).filter(a -> CorpusViewKeys.acts(explorer, a)).ifPresentOrElse(this::perform,
                        () -> explorer.say(name + " does nothing " + where() + "; " + settings.keys().key(Action.HELP) + " lists the keys"));
            }
        }
    }

    /** "here", or "in the speakers" while a corpus view is open, whose own keys are the only ones that act. */
    private String where() {
        String view = CorpusViewKeys.openView(explorer);
        return view == null ? "here" : "in " + view + " (" + settings.keys().key(Action.CLEAR) + " closes)";
    }

    private static boolean isCtrlC(KeyStroke key) {
        return key.getKeyType() == KeyType.Character && key.isCtrlDown() && Character.toLowerCase(key.getCharacter()) == 'c';
    }

    private void handlePrompt(KeyStroke key) {
        switch (key.getKeyType()) {
            case Character -> {
                if (!key.isCtrlDown() && !key.isAltDown()) explorer.promptType(String.valueOf(key.getCharacter()));
            }
            case Backspace -> explorer.promptBackspace();
            case Enter -> explorer.promptAccept();
            case Escape -> explorer.promptCancel();
            case ArrowUp, ReverseTab -> explorer.promptChoose(-1);
            case ArrowDown, Tab -> explorer.promptChoose(1);
            default -> {
            }
        }
    }

    private void perform(Action action) {
        switch (action) {
            case NEXT_PANE -> explorer.focusNext();
            case PREVIOUS_PANE -> explorer.focusPrevious();
            case DOCUMENTS -> explorer.focus(Pane.DOCUMENTS);
            case READER -> explorer.focus(Pane.READER);
            case ENTITIES -> explorer.focus(Pane.ENTITIES);
            case QUOTES -> explorer.focus(Pane.QUOTES);
            case UP -> explorer.move(-1);
            case DOWN -> explorer.move(1);
            case PAGE_UP -> explorer.page(-1);
            case PAGE_DOWN -> explorer.page(1);
            case TOP -> explorer.top();
            case BOTTOM -> explorer.bottom();
            case OPEN -> explorer.activate();
            case NEXT_QUOTE -> explorer.nextQuote();
            case PREVIOUS_QUOTE -> explorer.previousQuote();
            case NEXT_MATCH -> explorer.nextMatch();
            case PREVIOUS_MATCH -> explorer.previousMatch();
            case SEARCH -> explorer.startSearch();
            case FILTER_ENTITY -> explorer.startEntityFilter();
            case OVERVIEW -> explorer.toggleOverview();
            case SPEAKERS -> explorer.toggleSpeakers();
            case EXPORT -> {
                if (writesFiles) {
                    explorer.startExport(settings.home());
                } else {
                    explorer.say("x is off over SSH: a remote session writes no files here");
                }
            }
            case CLEAR -> explorer.clear();
            case NEXT_THEME -> {
                if (depth == ColorDepth.NONE) {
                    explorer.say("colours are off (NO_COLOR or TERM=dumb)");
                } else {
                    explorer.nextTheme();
                    loadTheme().ifPresent(explorer::say);
                }
            }
            case HELP -> explorer.toggleHelp();
            case QUIT -> explorer.quit();
        }
    }

    /** Switches to the explorer's theme; returns why it could not be loaded as asked, if it could not. */
    private Optional<String> loadTheme() {
        Themes.Loaded loaded = themes.load(explorer.theme());
        palette = new Palette(loaded.theme(), depth);
        return Optional.ofNullable(loaded.warning());
    }

    void render(TerminalScreen screen, boolean complete) throws IOException {
        TerminalSize size = screen.getTerminalSize();
        Canvas canvas = new Canvas(screen.newTextGraphics(), palette);
        Layout layout = Layout.of(size);
        canvas.fill(new Rect(0, 0, size.getColumns(), size.getRows()), Role.TEXT);
        if (Layout.fits(size)) {
            guarded("documents", () -> documents.draw(canvas, layout.documents(), explorer));
            guarded("reader", () -> reader.draw(canvas, layout.reader(), explorer));
            guarded("entities", () -> entities.draw(canvas, layout.entities(), explorer));
            guarded("quotes", () -> quotes.draw(canvas, layout.quotes(), explorer));
            drawSeparators(canvas, layout);
            Rect panes = new Rect(0, 0, size.getColumns(), Math.max(0, size.getRows() - 1));
            if (explorer.overview() != null) guarded("overview", () -> overview.draw(canvas, panes, explorer));
            if (explorer.speakers() != null) guarded("speakers", () -> speakers.draw(canvas, panes, explorer));
            if (explorer.isHelpShown()) help.draw(canvas, panes, settings.keys());
        } else {
            // The panes wait for room; keys still work and the status bar (from two rows) still says where the user is.
            String notice = "enlarge the window to " + Layout.MIN_COLUMNS + "×" + Layout.MIN_ROWS;
            canvas.put(0, Math.max(0, size.getRows() - 2) / 2, Canvas.fit(notice, size.getColumns()), Role.MESSAGE, size.getColumns());
        }
        int promptCursor = size.getRows() < 2 ? -1 : status.draw(canvas, layout.status(), explorer, settings.keys());
        screen.setCursorPosition(promptCursor < 0 ? null : new TerminalPosition(promptCursor, layout.status().row()));
        screen.refresh(complete ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
    }

    /** A pane that fails to draw (bad data, a bug) leaves the rest of the screen and the session working. */
    private void guarded(String pane, Runnable draw) {
        try {
            draw.run();
        } catch (RuntimeException e) {
            report("the " + pane + " pane", e);
        }
    }

    /** Logs a failure once (a pane redrawn many times fails the same way) and says so in the status bar. */
    private void report(String where, RuntimeException e) {
        String what = where + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        if (!what.equals(lastReported)) SessionLog.write(settings.logFile(), what, e);
        lastReported = what;
        explorer.say("error in " + what + " (details in " + (writesFiles ? settings.logFile() : "the server's log") + ")");
    }

    private static void drawSeparators(Canvas canvas, Layout layout) {
        Rect r = layout.reader();
        for (int row = r.row(); row < r.bottom(); row++) {
            canvas.put(r.right(), row, "│", Role.DIM, r.right() + 1);
            if (layout.wide()) canvas.put(r.col() - 1, row, "│", Role.DIM, r.col());
        }
    }
}
