package dev.lede.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.lede.model.Articles;
import dev.lede.model.EntityFilter;
import dev.lede.model.EntityFilters;
import dev.lede.model.SortOrder;
import dev.lede.model.Action;
import dev.lede.model.Keymap;
import dev.lede.model.Library;
import dev.lede.model.Pane;
import dev.lede.model.PromptMode;
import dev.lede.model.State;
import dev.lede.nlp.Annotation;
import com.googlecode.lanterna.screen.TerminalScreen;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Random keystrokes — bound keys, unknown escape sequences, odd Ctrl/Alt/Shift combinations, pastes and
 * resizes — into the explorer. After every key the model must hold together; at the end the session quits
 * on q and has logged nothing. The quit keys (q, Ctrl-C, end of input) are left out of the random input, and
 * so is x, which exports the quote list to a file in the working directory.
 * Most keys go through the session's own key handling and drawing called directly, the model checked after
 * every key (a frame every 50 keys and after each resize, since drawing dominates the cost); a share goes
 * through the real session, its key reader and its loop, the model checked after every frame.
 */
class KeyStormTest {

    private static final int DIRECT_TRIES = 80;
    private static final int LIVE_TRIES = 20;
    private static final int STEPS = 1_000;
    private static final int LIVE_STEPS = 1_000;
    private static final int KEYS_PER_FRAME = 50;
    private static final AtomicLong KEYS = new AtomicLong();
    private static final AtomicLong TRIES_RUN = new AtomicLong();

    /** No q (quit) and no x (export the quote list: Enter would write it into the working directory, the checkout). */
    private static final String PRINTABLE = "abcdefhilmoprsuvwyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:'\"!@#$%^&*()-_=+<>|\\~`"
            + "éüßøñ日本語한국어שלוםمرحبا€…“”\uD83D";
    private static final List<KeyType> SPECIAL = Arrays.stream(KeyType.values())
            .filter(t -> t != KeyType.Character && t != KeyType.EOF).toList();

    /**
     * Keys the explorer binds in any mode, as the bindings give them, most of the input, so the storm goes deep
     * into the explorer's states: all but quit and x (export: Enter would write the quote list into the working
     * directory, the checkout).
     */
    private static final List<KeyStroke> BOUND = Action.all().stream()
            .filter(a -> !"quit".equals(a.jsonName()) && !"export".equals(a.jsonName()))
            .flatMap(a -> Keymap.defaults().keys(a).stream())
            .distinct()
            .map(KeyStormTest::stroke)
            .toList();

    sealed interface Step permits Key, Resize {
    }

    record Key(KeyStroke stroke) implements Step {
    }

    record Resize(int columns, int rows) implements Step {
    }

    @Property(tries = DIRECT_TRIES)
    void keysHandledDirectlyKeepTheModelWhole(@ForAll("storms") List<Step> steps) throws Exception {
        TRIES_RUN.incrementAndGet();
        Path home = Files.createTempDirectory("lede-storm");
        try {
            RecordingTerminal terminal = new RecordingTerminal(80, 24);
            TerminalScreen screen = new TerminalScreen(terminal);
            screen.startScreen();
            ExplorerApp app = new ExplorerApp(corpus(), settings(home));
            app.start();
            List<String> violations = new ArrayList<>();
            int sinceFrame = 0;
            for (Step step : steps) {
                if (step instanceof Resize r) {
                    terminal.setTerminalSize(new TerminalSize(r.columns(), r.rows()));
                    screen.doResizeIfNecessary();
                    sinceFrame = KEYS_PER_FRAME;
                } else {
                    app.handle(((Key) step).stroke());
                    KEYS.incrementAndGet();
                }
                if (++sinceFrame >= KEYS_PER_FRAME) {
                    app.render(screen, false);
                    sinceFrame = 0;
                }
                Invariants.check(app.state(), terminal.getTerminalSize(), " after " + step, violations);
                if (violations.size() > 10) break;
            }
            assertThat(violations).as("model invariants broken").isEmpty();
            assertThat(terminal.unsafe()).as("raw characters sent to the terminal").isEmpty();
            for (KeyStroke key : List.of(new KeyStroke(KeyType.Escape), new KeyStroke(KeyType.Escape), new KeyStroke('q', false, false))) {
                app.handle(key);
            }
            assertThat(app.state().isQuit()).as("q quits").isTrue();
            screen.stopScreen();
            assertThat(home.resolve("state/lede/lede.log")).as("nothing went wrong").doesNotExist();
        } finally {
            delete(home);
        }
    }

    @Property(tries = LIVE_TRIES)
    void keysThroughTheSessionLoopKeepItRunning(@ForAll("liveStorms") List<Step> steps) throws Exception {
        TRIES_RUN.incrementAndGet();
        Path home = Files.createTempDirectory("lede-storm");
        try {
            StormTerminal terminal = new StormTerminal(steps);
            try (VirtualSession s = new VirtualSession(corpus(), settings(home), terminal)) {
                terminal.watch(s.app);
                terminal.start();
                terminal.awaitDone();
                s.awaitScreen(screen -> true, "the session still running"); // fails at once if its thread has ended
                assertThat(terminal.violations()).as("model invariants broken").isEmpty();
                assertThat(terminal.unsafe()).as("raw characters sent to the terminal").isEmpty();
                // Out of any prompt or help, then quit as a user would.
                s.press(KeyType.Escape).press(KeyType.Escape).type("q");
                assertThat(s.awaitEnd()).as("the session quits on q").isTrue();
            }
            assertThat(home.resolve("state/lede/lede.log")).as("nothing went wrong").doesNotExist();
        } finally {
            delete(home);
        }
    }

    private static void delete(Path home) throws IOException {
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** When both properties ran in full (not one picked alone, or a failure being shrunk), they sent 100,000 keys. */
    @AfterContainer
    static void aHundredThousandKeys() {
        if (TRIES_RUN.get() == DIRECT_TRIES + LIVE_TRIES) assertThat(KEYS.get()).as("keystrokes sent").isGreaterThanOrEqualTo(100_000);
    }

    @Provide
    Arbitrary<List<Step>> storms() {
        return storm(STEPS, 160, 60);
    }

    @Provide
    Arbitrary<List<Step>> liveStorms() {
        return storm(LIVE_STEPS, 300, 100);
    }

    /** Steps that resize up to {@code columns × rows} (direct runs stay smaller: a big frame costs milliseconds to draw). */
    private static Arbitrary<List<Step>> storm(int steps, int columns, int rows) {
        Arbitrary<Step> bound = Arbitraries.of(BOUND).map(Key::new);
        Arbitrary<Step> printable = Arbitraries.of(PRINTABLE.chars().mapToObj(c -> (char) c).toList()).map(c -> key(c, false, false));
        Arbitrary<Step> special = Combinators.combine(Arbitraries.of(SPECIAL), Arbitraries.of(true, false), Arbitraries.of(true, false),
                Arbitraries.of(true, false)).as((type, ctrl, alt, shift) -> new Key(new KeyStroke(type, ctrl, alt, shift)));
        Arbitrary<Step> plainSpecial = Arbitraries.of(SPECIAL).map(type -> (Step) new Key(new KeyStroke(type)));
        Arbitrary<Step> modified = Combinators.combine(Arbitraries.chars().range(' ', '~'), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((c, ctrl, alt) -> key(c, ctrl || !alt, alt))
                .filter(k -> !isQuit(((Key) k).stroke()));
        Arbitrary<Step> resize = Combinators.combine(Arbitraries.integers().between(1, columns), Arbitraries.integers().between(1, rows))
                .as(Resize::new);
        Arbitrary<Step> step = Arbitraries.frequencyOf(
                Tuple.of(40, bound), Tuple.of(15, printable), Tuple.of(20, plainSpecial),
                Tuple.of(8, special), Tuple.of(8, modified), Tuple.of(2, resize));
        Arbitrary<List<Step>> paste = printable.list().ofMinSize(5).ofMaxSize(60);
        Arbitrary<List<Step>> one = step.map(List::of);
        return Arbitraries.frequencyOf(Tuple.of(97, one), Tuple.of(3, paste))
                .list().ofSize(steps)
                .map(groups -> groups.stream().flatMap(List::stream).toList());
    }

    /** The keystroke a key name stands for, as a terminal would send it. */
    private static KeyStroke stroke(String name) {
        if (name.equals("Space")) return new KeyStroke(' ', false, false);
        if (name.length() == 1) return new KeyStroke(name.charAt(0), false, false);
        return SPECIAL.stream().map(KeyStroke::new).filter(k -> name.equals(KeyNames.of(k))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no key is called " + name));
    }

    private static Step key(char c, boolean ctrl, boolean alt) {
        return new Key(new KeyStroke(c, ctrl, alt));
    }

    private static boolean isQuit(KeyStroke k) {
        return k.getKeyType() == KeyType.EOF || k.getKeyType() == KeyType.Character
                && (k.getCharacter() == 'q' && !k.isCtrlDown() && !k.isAltDown() || k.isCtrlDown() && Character.toLowerCase(k.getCharacter()) == 'c');
    }

    private static Settings settings(Path home) {
        return Settings.load(null, Map.of("TERM", "xterm-256color", "HOME", home.toString(),
                "XDG_CONFIG_HOME", home.resolve("config").toString(), "XDG_STATE_HOME", home.resolve("state").toString()));
    }

    /** The sample, odd text, an article with many quotes and one that failed to load. */
    private static Library corpus() {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 40; i++) many.append("Tony Blair said \"point number ").append(i).append("\" in London.\n\n");
        return Articles.sample()
                .add("Odd 🚀 text", "Cafe\u0301 in Zu\u0308rich\t日本語 שלום \u202Eevil\u202C esc\u001b[2J\r\nline " + "x".repeat(3_000),
                        List.of("LOCATION:Zu\u0308rich"), List.of())
                .add("Many quotes", many.toString(), List.of("PERSON:Tony Blair|Blair", "LOCATION:London"),
                        Collections.nCopies(40, "Tony Blair"))
                .failed("broken.html", "no article text found")
                .library();
    }

    /**
     * Hands out the steps as the session's key reader asks for keys, resizing on that thread as a window
     * system would, and checks the model after each frame (a frame ends with a flush, on the session's
     * thread, the only one that changes the model).
     */
    private static final class StormTerminal extends RecordingTerminal {

        private final Deque<Step> steps;
        private final List<String> violations = new ArrayList<>();
        private ExplorerApp app;
        private boolean started;
        private boolean done;
        private Step last;

        StormTerminal(List<Step> steps) {
            super(80, 24);
            this.steps = new ArrayDeque<>(steps);
        }

        synchronized void watch(ExplorerApp app) {
            this.app = app;
        }

        synchronized void start() {
            started = true;
        }

        synchronized void awaitDone() throws InterruptedException {
            long deadline = System.currentTimeMillis() + 60_000;
            while (!done && System.currentTimeMillis() < deadline) wait(100);
            assertThat(done).as("all keys taken within a minute (%d left)", steps.size()).isTrue();
        }

        synchronized List<String> violations() {
            return List.copyOf(violations);
        }

        @Override
        public synchronized KeyStroke pollInput() {
            if (!started || done) return super.pollInput();
            while (!steps.isEmpty() && steps.peek() instanceof Resize r) {
                setTerminalSize(new TerminalSize(r.columns(), r.rows()));
                last = steps.poll();
            }
            if (steps.isEmpty()) {
                done = true;
                notifyAll();
                return super.pollInput();
            }
            last = steps.poll();
            KEYS.incrementAndGet();
            return ((Key) last).stroke();
        }

        @Override
        public synchronized void flush() {
            super.flush();
            State state = app == null ? null : app.state();
            if (started && state != null && violations.size() <= 10) {
                Invariants.check(state, getTerminalSize(), " after " + last + " (" + steps.size() + " steps left)", violations);
            }
        }
    }

    /** What must hold between any two keys. */
    private static final class Invariants {

        static void check(State e, TerminalSize size, String after, List<String> violations) {
            Library library = e.library();
            List<Integer> visible = e.visibleDocuments();
            expect(violations, e.openDocument() >= -1 && e.openDocument() < library.size(), "open document " + e.openDocument() + after);
            expect(violations, e.currentQuote() >= -1 && e.currentQuote() < e.quotes().size(),
                    "current quote " + e.currentQuote() + " of " + e.quotes().size() + after);
            expect(violations, within(e.documentCursor(), visible.size()), "document cursor " + e.documentCursor() + " of " + visible.size() + after);
            expect(violations, within(e.entityCursor(), e.entities().size()), "entity cursor " + e.entityCursor() + " of " + e.entities().size() + after);
            expect(violations, within(e.quoteCursor(), e.quotes().size()), "quote cursor " + e.quoteCursor() + " of " + e.quotes().size() + after);
            expect(violations, e.currentMatch() >= -1 && e.currentMatch() < e.matches().size(), "current match " + e.currentMatch() + after);
            expect(violations, e.focus() != null, "no focused pane" + after);
            if (Layout.fits(size)) {
                expect(violations, !rect(Layout.of(size), e.focus()).isEmpty(), "focused pane " + e.focus() + " not on screen" + after);
            }
            if (e.mode() instanceof PromptMode prompt && !prompt.suggestions().isEmpty()) {
                expect(violations, within(prompt.choice(), prompt.suggestions().size()), "suggestion " + prompt.choice() + after);
            }
            checkList(e, after, violations);
        }

        /**
         * Every listed document is in the library once, and with an entity filter mentions the entity; without
         * a corpus search (which ranks its hits) the list is exactly every document, or every one mentioning the
         * filter's entity, in corpus order.
         */
        private static void checkList(State e, String after, List<String> violations) {
            Library library = e.library();
            List<Integer> visible = e.visibleDocuments();
            EntityFilters filter = e.filter();
            expect(violations, visible.stream().distinct().count() == visible.size(), "a document listed twice " + visible + after);
            for (int doc : visible) {
                boolean mentions = doc >= 0 && doc < library.size() && mentionsAll(library, doc, filter);
                expect(violations, doc >= 0 && doc < library.size() && mentions, "document " + doc + " listed under filter " + filter + after);
            }
            if (!e.corpusQuery().isEmpty()) return;
            List<Integer> expected = new ArrayList<>();
            for (int doc = 0; doc < library.size(); doc++) {
                if (filter == null ? !library.duplicates().isCopy(doc) : mentionsAll(library, doc, filter)) expected.add(doc);
            }
            // Sorted otherwise than by path, the list holds the same documents in another order.
            List<Integer> listed = e.sortOrder() == SortOrder.PATH ? visible : visible.stream().sorted().toList();
            expect(violations, listed.equals(expected), "document list " + visible + " but the filter gives " + expected + after);
        }

        /** Without a filter every document; with one, the annotated documents that name every entity of it, as linked. */
        private static boolean mentionsAll(Library library, int doc, EntityFilters filter) {
            if (filter == null) return true;
            Annotation a = library.annotation(doc);
            if (a == null) return false;
            for (EntityFilter one : filter.all()) {
                if (a.entities().stream().noneMatch(x -> one.matches(library.corpusEntities(), doc, x, a))) return false;
            }
            return true;
        }

        private static Rect rect(Layout layout, Pane pane) {
            return switch (pane) {
                case DOCUMENTS -> layout.documents();
                case READER -> layout.reader();
                case ENTITIES -> layout.entities();
                case QUOTES -> layout.quotes();
            };
        }

        private static boolean within(int cursor, int size) {
            return size == 0 ? cursor == 0 : cursor >= 0 && cursor < size;
        }


        private static void expect(List<String> violations, boolean holds, String violation) {
            if (!holds) violations.add(violation);
        }
    }
}
