package dev.lede.model;

import dev.lede.nlp.Entity;
import dev.lede.nlp.Quote;
import dev.lede.tui.ExportFile;
import java.util.List;
import java.util.Map;

/**
 * Drives one session's state through {@link Update} as the app does, by key names, and carries out its
 * effects (exports are written by the app's own {@link ExportFile}); the commands are named after what
 * the user does, so model tests read as a user's steps.
 */
final class SessionDriver {

    /** A reader pane 40 columns wide, so pending text is scrolled into view as the app's layout does. */
    private static final int COLUMNS = 40;

    private State state;
    /** What the last message asked the app to do. */
    private List<Effect> effects = List.of();

    SessionDriver(Library library, List<String> themes, String theme) {
        Setup setup = new Setup(library, Keymap.defaults(), themes, true, true, () -> ExportFile.DEFAULT_FILE);
        apply(Update.start(setup, theme));
    }

    State state() {
        return state;
    }

    List<Effect> effects() {
        return effects;
    }

    SessionDriver send(Message message) {
        apply(Update.update(state, message));
        return this;
    }

    private void apply(Step step) {
        state = step.state();
        effects = step.effects();
        for (Effect effect : step.effects()) {
            if (effect instanceof Effect.ExportQuotes export) send(ExportFile.write(export));
        }
    }

    SessionDriver press(String... keys) {
        for (String key : keys) send(new Message.Key(key));
        return this;
    }

    void focus(Pane pane) {
        if (state.focus() != pane) press(String.valueOf(pane.number()));
    }

    void move(int rows) {
        for (int i = 0; i < Math.abs(rows); i++) press(rows > 0 ? "j" : "k");
    }

    /** Opens a listed document as the user does: in the list, on its row, Enter; the focus goes back where it was. */
    void open(int document) {
        Pane was = state.focus();
        focus(Pane.DOCUMENTS);
        press("g");
        move(state.visibleDocuments().indexOf(document));
        press("Enter");
        focus(was);
    }

    /** Enter on the entity in the sidebar; the focus goes back where it was. */
    void selectEntity(Entity entity) {
        Pane was = state.focus();
        focus(Pane.ENTITIES);
        press("g");
        move(state.entities().indexOf(entity));
        press("Enter");
        focus(was);
    }

    /** {@code f}, the entity's name, Enter. */
    void filterBy(EntityFilter filter) {
        press("f");
        promptType(filter.name());
        press("Enter");
    }

    /** {@code /} in the list, the query, Enter. */
    void searchCorpus(String query) {
        focus(Pane.DOCUMENTS);
        press("/");
        while (!prompt().text().isEmpty()) press("Backspace");
        promptType(query);
        press("Enter");
    }

    void promptType(String text) {
        text.codePoints().forEach(c -> press(c == ' ' ? "Space" : Character.toString(c)));
    }

    /** What the reader scrolls to once laid out, and the reader scrolled there. */
    Span takeReveal() {
        Span reveal = state.reveal;
        String text = state.openDocument() < 0 ? "" : state.library().document(state.openDocument()).text();
        ReaderLines lines = new ReaderLines() {
            @Override
            public boolean hasLine(int line) {
                return line < lineCount();
            }

            @Override
            public int lineCount() {
                return text.length() / COLUMNS + 1;
            }

            @Override
            public int lineOf(int offset) {
                return offset / COLUMNS;
            }
        };
        send(new Message.Laid(state.pageRows, state.overviewRows(), lines));
        return reveal;
    }

    /** The layout fits this many bars per overview section. */
    void setOverviewRows(int rows) {
        send(new Message.Laid(state.pageRows, rows, null));
    }

    PromptMode prompt() {
        return state.mode() instanceof PromptMode p ? p : null;
    }

    Overview overview() {
        return state.mode() instanceof OverviewMode o ? o.chart() : null;
    }

    int overviewCursor() {
        return ((OverviewMode) state.mode()).cursor();
    }

    List<Speakers.Speaker> speakers() {
        return state.mode() instanceof SpeakersMode s ? s.speakers() : null;
    }

    int speakerCursor() {
        return ((SpeakersMode) state.mode()).cursor();
    }

    // What the tests read, as the state has it.

    Library library() {
        return state.library();
    }

    List<Integer> visibleDocuments() {
        return state.visibleDocuments();
    }

    int openDocument() {
        return state.openDocument();
    }

    int documentCursor() {
        return state.documentCursor();
    }

    List<Entity> entities() {
        return state.entities();
    }

    int entityCursor() {
        return state.entityCursor();
    }

    List<Quote> quotes() {
        return state.quotes();
    }

    int currentQuote() {
        return state.currentQuote();
    }

    EntityFilters filter() {
        return state.filter();
    }

    boolean isEmphasised(Entity entity) {
        return state.isEmphasised(entity);
    }

    List<Span> matches() {
        return state.matches();
    }

    int currentMatch() {
        return state.currentMatch();
    }

    String message() {
        return state.message();
    }

    SpeakerQuotes speakerQuotes() {
        return state.speakerQuotes();
    }
}
