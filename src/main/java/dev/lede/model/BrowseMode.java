package dev.lede.model;

import java.util.List;

/** The four panes with no overlay: the list, the reader, the entities and the quotes. */
public record BrowseMode() implements Mode {

    /** What a key does while browsing. The JSON name is how keys.json refers to it; the keys are the defaults. */
    public enum Act implements Action {
        NEXT_PANE("next-pane", "next pane", "Tab"),
        PREVIOUS_PANE("previous-pane", "previous pane", "Shift-Tab"),
        DOCUMENTS("documents", "Documents pane", "1"),
        READER("reader", "Reader pane", "2"),
        ENTITIES("entities", "Entities pane", "3"),
        QUOTES("quotes", "Quotes pane", "4"),
        UP("up", "up, scroll up", "Up", "k"),
        DOWN("down", "down, scroll down", "Down", "j"),
        PAGE_UP("page-up", "page up", "PgUp", "b"),
        PAGE_DOWN("page-down", "page down", "PgDn", "Space"),
        TOP("top", "top", "g", "Home"),
        BOTTOM("bottom", "bottom", "G", "End"),
        OPEN("open", "read, filter, go to quote", "Enter"),
        BACK("back", "back to the list", "h", "Backspace"),
        ZOOM("zoom", "reader full screen / back", "z"),
        NEXT_QUOTE("next-quote", "next quote (any pane)", "]"),
        PREVIOUS_QUOTE("previous-quote", "previous quote", "["),
        NEXT_MATCH("next-match", "next match or mention", "n"),
        PREVIOUS_MATCH("previous-match", "previous match or mention", "N"),
        SEARCH("search", "search (list: all articles)", "/"),
        FILTER_ENTITY("filter-entity", "filter by / add an entity", "f"),
        ADD_FILTER("add-filter", "add the entity to filter", "+"),
        THEIR_QUOTES("their-quotes", "their quotes, all articles", "w"),
        COPY("copy", "copy the quote (OSC 52)", "y"),
        SORT("sort", "sort the list (cycles)", "S"),
        OVERVIEW("overview", "overview of the corpus", "o"),
        SPEAKERS("speakers", "speakers and their quotes", "s"),
        EXPORT("export", "export the quote list", "x"),
        CLEAR("clear", "close search/filter/list", "Esc"),
        NEXT_THEME("next-theme", "next theme", "t"),
        HELP("help", "this help", "?"),
        QUIT("quit", "quit (Ctrl-C too)", "q");

        private final Binding binding;

        Act(String jsonName, String description, String... defaultKeys) {
            this.binding = Binding.of(jsonName, description, defaultKeys);
        }

        @Override
        public Binding binding() {
            return binding;
        }
    }

    @Override
    public void key(Draft d, String name) {
        d.dispatch(Act.class, name, "here", act -> perform(d, act));
    }

    @Override
    public List<Act> actions() {
        return List.of(Act.values());
    }

    private void perform(Draft d, Act act) {
        Runnable action = switch (act) {
            case NEXT_PANE -> () -> d.focus = d.focus.next();
            case PREVIOUS_PANE -> () -> d.focus = d.focus.previous();
            case DOCUMENTS -> () -> d.focus = Pane.DOCUMENTS;
            case READER -> () -> d.focus = Pane.READER;
            case ENTITIES -> () -> d.focus = Pane.ENTITIES;
            case QUOTES -> () -> d.focus = Pane.QUOTES;
            case UP -> () -> d.move(-1);
            case DOWN -> () -> d.move(1);
            case PAGE_UP -> () -> d.move(-d.page());
            case PAGE_DOWN -> () -> d.move(d.page());
            case TOP -> () -> d.move(Integer.MIN_VALUE / 2);
            case BOTTOM -> () -> d.move(Integer.MAX_VALUE / 2);
            case OPEN -> () -> activate(d);
            case BACK -> () -> d.focus = Pane.DOCUMENTS;
            case ZOOM -> () -> zoom(d);
            case NEXT_QUOTE -> () -> Reading.stepQuote(d, 1);
            case PREVIOUS_QUOTE -> () -> Reading.stepQuote(d, -1);
            case NEXT_MATCH -> () -> Reading.stepMatch(d, 1);
            case PREVIOUS_MATCH -> () -> Reading.stepMatch(d, -1);
            // In the list, a ranked search of every article; anywhere else, a search of the open text.
            case SEARCH -> () -> d.mode = d.focus == Pane.DOCUMENTS
                    ? PromptMode.of(PromptMode.Kind.CORPUS, d.corpusQuery) : PromptMode.of(PromptMode.Kind.SEARCH, "");
            case FILTER_ENTITY -> () -> d.mode = PromptMode.entity(d);
            case ADD_FILTER -> () -> addEntity(d);
            case THEIR_QUOTES -> () -> TheirQuotes.open(d);
            case COPY -> () -> QuoteCopy.copy(d);
            case SORT -> d::nextSort;
            case OVERVIEW -> () -> OverviewMode.open(d);
            case SPEAKERS -> () -> SpeakersMode.open(d);
            case EXPORT -> () -> startExport(d);
            case CLEAR -> () -> clear(d);
            case NEXT_THEME -> () -> nextTheme(d);
            case HELP -> () -> d.mode = new HelpMode(this);
            case QUIT -> () -> d.quit = true;
        };
        action.run();
    }

    /** A click focuses the pane and puts its cursor on the row clicked. */
    @Override
    public void click(Draft d, Pane pane, int item) {
        if (pane == null) return;
        d.focus = pane;
        if (item < 0) return;
        if (pane == Pane.QUOTES && d.speakerQuotes != null) {
            d.speakerQuotes = d.speakerQuotes.movedBy(item - d.speakerQuotes.cursor());
            return;
        }
        switch (pane) {
            case DOCUMENTS -> d.documentCursor = Draft.clamp(item, d.visible.size());
            case ENTITIES -> d.entityCursor = Draft.clamp(item, d.entities.size());
            case QUOTES -> d.quoteCursor = Draft.clamp(item, d.quotes().size());
            case READER -> {
            }
        }
    }

    /** The wheel scrolls the pane under the pointer, wherever the focus is. */
    @Override
    public void wheel(Draft d, Pane pane, int rows) {
        if (pane == null) return;
        Pane focused = d.focus;
        d.focus = pane;
        d.move(rows);
        d.focus = focused;
    }

    /** Enter: open the document, filter by the entity, or go to the quote under the cursor. */
    private static void activate(Draft d) {
        if (d.focus == Pane.QUOTES && d.speakerQuotes != null) {
            Reading.goToSpeakerQuote(d, d.speakerQuotes.cursor());
            return;
        }
        switch (d.focus) {
            case DOCUMENTS -> {
                // Focus follows reading (newsboat, mutt, tig): Space, b, j and k now move the text.
                if (!d.visible.isEmpty()) {
                    d.open(d.visible.get(d.documentCursor));
                    d.focus = Pane.READER;
                }
            }
            case ENTITIES -> {
                if (!d.entities.isEmpty()) filterBySidebarEntity(d, d.entities.get(d.entityCursor));
            }
            case QUOTES -> {
                if (!d.quotes().isEmpty()) Reading.setQuote(d, d.quoteCursor);
            }
            case READER -> {
            }
        }
    }

    /** Enter in the sidebar: the corpus entity the linking puts this article's entity in, as {@code f} and the overview do. */
    private static void filterBySidebarEntity(Draft d, dev.lede.nlp.Entity entity) {
        d.library.filterFor(d.openDocument, entity).ifPresentOrElse(d::filterBy,
                () -> d.say(entity.name() + " is not linked across the articles yet; try again in a moment"));
    }

    /** {@code x}: asks for a file to write the quote list shown to, where this session may write files. */
    private static void startExport(Draft d) {
        if (d.setup.writesFiles()) {
            d.mode = PromptMode.of(PromptMode.Kind.EXPORT, d.setup.exportFile().get());
        } else {
            d.say(d.keys().key(Act.EXPORT) + " is off over SSH: a remote session writes no files here");
        }
    }

    /**
     * Esc closes the innermost thing open (overlays and prompts close in their own modes): the search in the
     * text, else a speaker's quotes, else the search of every article, else the entity added to the filter
     * last; with none, the reader goes back to the list, and elsewhere the current quote is let go.
     */
    private static void clear(Draft d) {
        if (!d.search.isEmpty()) {
            d.search("");
        } else if (d.speakerQuotes != null) {
            d.speakerQuotes = null;
        } else if (!d.corpusQuery.isEmpty()) {
            d.searchCorpus("");
        } else if (d.filter != null) {
            d.removeLastFilter();
        } else if (d.focus == Pane.READER) {
            d.focus = Pane.DOCUMENTS;
        } else {
            d.currentQuote = -1;
        }
    }

    /** {@code z}: the reader alone on the screen, with the focus; again, the four panes. */
    private static void zoom(Draft d) {
        d.zoomed = !d.zoomed;
        if (d.zoomed) d.focus = Pane.READER;
    }

    /** {@code +} on a sidebar entity: the list keeps the articles that mention it too. */
    private static void addEntity(Draft d) {
        if (d.focus == Pane.ENTITIES && !d.entities.isEmpty()) {
            d.library.filterFor(d.openDocument, d.entities.get(d.entityCursor)).ifPresent(d::addFilter);
        } else {
            d.say(d.keys().key(Act.ADD_FILTER) + " adds the entity under the cursor in " + Pane.ENTITIES.title() + "; "
                    + d.keys().key(Act.FILTER_ENTITY) + " adds one by name");
        }
    }

    /** {@code t}, in any mode that binds it. */
    static void nextTheme(Draft d) {
        if (!d.setup.colours()) {
            d.say("colours are off (NO_COLOR or TERM=dumb)");
            return;
        }
        d.theme = (d.theme + 1) % d.setup.themes().size();
        String name = d.setup.themes().get(d.theme);
        d.say("theme: " + name);
        d.effects.add(new Effect.UseTheme(name));
    }
}
