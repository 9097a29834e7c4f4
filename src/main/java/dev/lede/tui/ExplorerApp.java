package dev.lede.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.input.MouseAction;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ExtendedTerminal;
import com.googlecode.lanterna.terminal.MouseCaptureMode;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.virtual.VirtualTerminal;
import dev.lede.model.Effect;
import dev.lede.model.HelpMode;
import dev.lede.model.Library;
import dev.lede.model.Message;
import dev.lede.model.Mode;
import dev.lede.model.OverviewMode;
import dev.lede.model.Pane;
import dev.lede.model.Setup;
import dev.lede.model.SpeakersMode;
import dev.lede.model.State;
import dev.lede.model.Step;
import dev.lede.model.Update;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One explorer session on one terminal: messages in, {@link Update} to the next state, effects carried out,
 * then one frame: the layout first (sent to the model as {@link Message.Laid}), then the views, which only
 * read the state. Many sessions may share a {@link Library} in one JVM (the SSH server), each with its own
 * terminal and settings, so this class never exits the JVM, installs no shutdown hooks and keeps no global
 * state. The terminal's owner creates and closes the terminal; {@link #run} leaves it as it found it.
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
    private final SessionEffects effects = new SessionEffects();

    private final DocumentsView documents = new DocumentsView();
    private final ReaderView reader = new ReaderView();
    private final EntitiesView entities = new EntitiesView();
    private final QuotesView quotes = new QuotesView();
    private final StatusBar status = new StatusBar();
    private final HelpOverlay help = new HelpOverlay();
    private final OverviewView overview = new OverviewView();
    private final SpeakersView speakers = new SpeakersView();

    private boolean writesFiles = true;
    private final Inbox inbox = new Inbox();
    private State state;
    /** The terminal of the session running, for what Lanterna has no method for (the clipboard). */
    private Terminal terminal;
    /** Where the last frame put the panes, for the mouse. */
    private Layout shownLayout;
    private Rect shownPanes;
    /** Set when run() returns, so the key thread stops. */
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

    /** Shows a notice from outside the session (the SSH server's, say) in the status bar; safe from any thread. */
    public void tell(String notice) {
        inbox.post(new Message.Notice(notice));
    }

    /** Runs the session until the user quits; the terminal is restored however it ends. */
    public void run(Terminal terminal) throws IOException {
        this.terminal = terminal;
        Library.Listener listener = new Library.Listener() {
            @Override
            public void annotated(int document) {
                inbox.post(new Message.Annotated(document));
            }

            @Override
            public void noticed(String notice) {
                inbox.post(new Message.Notice(notice));
            }

            @Override
            public void indexed() {
                inbox.post(new Message.IndexesRebuilt());
            }
        };
        TerminalScreen screen = new TerminalScreen(terminal);
        // A resize wakes the loop; Lanterna's screen notes the new size itself.
        terminal.addResizeListener((t, size) -> inbox.wake());
        try {
            // Listen before the state reads the library, so no arrival falls in between; messages wait in the inbox.
            library.addListener(listener);
            screen.startScreen();
            mouse(terminal, MouseCaptureMode.CLICK_RELEASE);
            start();
            readKeysInto(screen, terminal, inbox);
            loop(screen, inbox);
        } catch (RuntimeException e) {
            SessionLog.write(settings.logFile(), "explorer session failed", e);
            throw e;
        } finally {
            sessionOver = true;
            library.removeListener(listener);
            try {
                mouse(terminal, null);
            } finally {
                screen.stopScreen();
            }
        }
    }

    /** Clicks and the wheel come as input where the terminal can report them (xterm's mouse modes); null stops them. */
    private static void mouse(Terminal terminal, MouseCaptureMode mode) throws IOException {
        if (terminal instanceof ExtendedTerminal extended) extended.setMouseCaptureMode(mode);
    }

    /** The session's state, null until {@link #start}; read it on the session's thread only. */
    State state() {
        return state;
    }

    // start, handle and render are package-private so a test can run many keys through them without the loop's thread.

    void start() {
        // Without colour the mono theme is the one that still tells things apart (bold, reverse).
        String asked = depth == ColorDepth.NONE ? Themes.MONO : settings.theme();
        Themes.Loaded theme = themes.load(asked);
        palette = new Palette(theme.theme(), depth);
        Path home = settings.home();
        Setup setup = new Setup(library, settings.keys(), themes.names(), depth != ColorDepth.NONE, writesFiles,
                () -> ExportFile.defaultFile(library, Path.of(""), home));
        state = null;
        carryOut(Update.start(setup, theme.warning() == null ? asked : Themes.DEFAULT));
        List<String> warnings = new ArrayList<>(library.notices());
        warnings.addAll(settings.warnings());
        if (theme.warning() != null) warnings.add(theme.warning());
        if (!warnings.isEmpty()) apply(new Message.Notice(String.join("; ", warnings)));
    }

    /**
     * Keys are read on a thread of their own into the session's bounded inbox, so the loop sleeps until a key
     * or an arrival comes and a key is drawn at once. The thread ends at end of input (the terminal closed).
     */
    private void readKeysInto(TerminalScreen screen, Terminal terminal, Inbox inbox) {
        // Lanterna's virtual terminal (tests, benchmarks) holds its lock while it blocks for input, which would
        // stop every frame; it is asked every millisecond instead. Real and SSH terminals block on their input.
        boolean blockingReadLocksOutput = terminal instanceof VirtualTerminal;
        Thread keys = new Thread(() -> {
            try {
                KeyStroke key;
                do {
                    key = blockingReadLocksOutput ? pollEveryMillisecond(screen) : screen.readInput();
                    if (key == null) break;
                    // A full inbox holds the reader here (the terminal buffers the rest) until the loop catches up.
                    while (!sessionOver && !inbox.offerKey(key, 100)) Thread.onSpinWait();
                } while (!sessionOver && key.getKeyType() != KeyType.EOF);
            } catch (IOException e) {
                inbox.fail(e);
            } catch (RuntimeException e) {
                inbox.fail(new IOException(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "lede-keys");
        keys.setDaemon(true);
        keys.start();
    }

    private KeyStroke pollEveryMillisecond(TerminalScreen screen) throws IOException, InterruptedException {
        KeyStroke key = screen.pollInput();
        while (key == null) {
            if (sessionOver) return null;
            Thread.sleep(1);
            key = screen.pollInput();
        }
        return key;
    }

    private void loop(TerminalScreen screen, Inbox inbox) throws IOException {
        int failuresInARow = 0;
        boolean complete = true;
        while (!state.isQuit()) {
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
                applyQueued(inbox);
                failuresInARow = 0;
            } catch (UncheckedIOException terminalGone) {
                throw terminalGone.getCause();
            } catch (RuntimeException e) {
                report("the explorer", e);
                complete = true;
                if (++failuresInARow >= MAX_FAILURES_IN_A_ROW) throw new IllegalStateException(state.message(), e);
            }
        }
    }

    /** Waits for the next key or arrival and applies it with whatever else is queued, on this thread. */
    private void applyQueued(Inbox inbox) {
        try {
            inbox.await(IDLE_MILLIS);
            for (int applied = 0; applied < BATCH && !state.isQuit(); applied++) {
                Message news = inbox.nextNews();
                KeyStroke key = news == null ? inbox.nextKey() : null;
                if (news != null) {
                    apply(news);
                } else if (key != null) {
                    handle(key);
                } else {
                    break;
                }
            }
            // More than a batch: draw this frame, then go on without waiting.
            if (inbox.hasWaiting()) inbox.wake();
            if (inbox.failure() != null) throw new UncheckedIOException(inbox.failure());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            apply(new Message.Quit());
        }
    }

    void handle(KeyStroke key) {
        if (key.getKeyType() == KeyType.EOF || isCtrlC(key)) {
            apply(new Message.Quit());
            return;
        }
        if (key instanceof MouseAction mouse) {
            Message click = shownLayout == null ? null : Pointer.of(mouse, state, shownLayout, shownPanes);
            if (click != null) apply(click);
            return;
        }
        String name = KeyNames.of(key);
        // Keys without a name (mouse events, unknown sequences) still clear the message, as every key does.
        apply(name == null ? new Message.Notice("") : new Message.Key(name));
    }

    private static boolean isCtrlC(KeyStroke key) {
        return key.getKeyType() == KeyType.Character && key.isCtrlDown() && Character.toLowerCase(key.getCharacter()) == 'c';
    }

    private void apply(Message message) {
        carryOut(Update.update(state, message));
    }

    private void carryOut(Step step) {
        state = step.state();
        dirty = true;
        for (Effect effect : step.effects()) effect.carryOut(effects);
    }

    /** The effects of this session: on the shared library, the file system, the palette. */
    private final class SessionEffects implements Effect.Handler {
        @Override
        public void prioritize(Effect.Prioritize effect) {
            library.prioritize(effect.document());
        }

        @Override
        public void export(Effect.ExportQuotes effect) {
            apply(ExportFile.write(effect));
        }

        @Override
        public void useTheme(Effect.UseTheme effect) {
            Themes.Loaded loaded = themes.load(effect.name());
            palette = new Palette(loaded.theme(), depth);
            if (loaded.warning() != null) {
                apply(new Message.Notice(loaded.warning()));
            } else if (writesFiles) {
                remember(effect.name());
            }
        }

        /** The next local start uses the theme chosen; a remote session keeps it for itself and writes nothing here. */
        private void remember(String theme) {
            try {
                RememberedTheme.write(settings.env(), theme);
            } catch (IOException | RuntimeException e) {
                SessionLog.write(settings.logFile(), "cannot remember the theme", e);
                apply(new Message.Notice("theme: " + theme + " (not remembered: details in " + settings.logFile() + ")"));
            }
        }

        @Override
        public void copy(Effect.CopyToClipboard effect) {
            if (!Clipboard.copy(terminal, effect.text())) apply(new Message.Notice("this terminal cannot be sent clipboard text (OSC 52)"));
        }
    }

    void render(TerminalScreen screen, boolean complete) throws IOException {
        TerminalSize size = screen.getTerminalSize();
        Canvas canvas = new Canvas(screen.newTextGraphics(), palette);
        Layout layout = state.isZoomed() ? Layout.zoomed(size) : Layout.of(size);
        Rect panes = new Rect(0, 0, size.getColumns(), Math.max(0, size.getRows() - 1));
        canvas.fill(new Rect(0, 0, size.getColumns(), size.getRows()), Role.TEXT);
        if (Layout.fits(size)) {
            lay(layout, panes);
            shownLayout = layout;
            shownPanes = panes;
            State shown = state;
            guarded("documents", () -> documents.draw(canvas, layout.documents(), shown));
            guarded("reader", () -> reader.draw(canvas, layout.reader(), shown));
            guarded("entities", () -> entities.draw(canvas, layout.entities(), shown));
            guarded("quotes", () -> quotes.draw(canvas, layout.quotes(), shown));
            if (!state.isZoomed()) drawSeparators(canvas, layout);
            Mode mode = shown.mode();
            Mode under = mode instanceof HelpMode h ? h.under() : mode;
            if (under instanceof OverviewMode o) guarded("overview", () -> overview.draw(canvas, panes, shown, o));
            if (under instanceof SpeakersMode s) guarded("speakers", () -> speakers.draw(canvas, panes, shown.keys(), s));
            if (mode instanceof HelpMode h) help.draw(canvas, panes, shown.keys(), h.actions());
        } else {
            // The panes wait for room; keys still work and the status bar (from two rows) still says where the user is.
            String notice = "enlarge the window to " + Layout.MIN_COLUMNS + "×" + Layout.MIN_ROWS;
            canvas.put(0, Math.max(0, size.getRows() - 2) / 2, Canvas.fit(notice, size.getColumns()), Role.MESSAGE, size.getColumns());
        }
        int promptCursor = size.getRows() < 2 ? -1 : status.draw(canvas, layout.status(), state);
        screen.setCursorPosition(promptCursor < 0 ? null : new TerminalPosition(promptCursor, layout.status().row()));
        screen.refresh(complete ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
    }

    /** The layout, computed before anything is drawn, goes to the model: page sizes, bars that fit, the reader's wrapping. */
    private void lay(Layout layout, Rect panes) {
        Map<Pane, Integer> rows = Map.of(Pane.DOCUMENTS, layout.documents().body().height(), Pane.READER, ReaderView.textRows(state, layout.reader()),
                Pane.ENTITIES, layout.entities().body().height(), Pane.QUOTES, layout.quotes().body().height());
        Mode mode = state.mode() instanceof HelpMode h ? h.under() : state.mode();
        int overviewRows = mode instanceof OverviewMode o ? OverviewView.rows(panes, OverviewView.slots(o.chart())) : state.overviewRows();
        // Layout changes nothing the user did, so it marks no new frame: this one is being drawn.
        state = Update.update(state, new Message.Laid(rows, overviewRows, reader.lines(state, layout.reader()))).state();
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
        apply(new Message.Notice("error in " + what + " (details in " + (writesFiles ? settings.logFile() : "the server's log") + ")"));
    }

    private static void drawSeparators(Canvas canvas, Layout layout) {
        Rect r = layout.reader();
        for (int row = r.row(); row < r.bottom(); row++) {
            canvas.put(r.right(), row, "│", Role.DIM, r.right() + 1);
            if (layout.wide()) canvas.put(r.col() - 1, row, "│", Role.DIM, r.col());
        }
    }
}
