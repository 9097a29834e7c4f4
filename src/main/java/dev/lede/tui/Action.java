package dev.lede.tui;

import java.util.List;

/** What a key does. The JSON name is how keys.json refers to it; the keys are the defaults. */
public enum Action {
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
    OPEN("open", "open / filter / go to quote", "Enter"),
    NEXT_QUOTE("next-quote", "next quote (any pane)", "]"),
    PREVIOUS_QUOTE("previous-quote", "previous quote", "["),
    NEXT_MATCH("next-match", "next match or mention", "n"),
    PREVIOUS_MATCH("previous-match", "previous match or mention", "N"),
    SEARCH("search", "search (list: all articles)", "/"),
    FILTER_ENTITY("filter-entity", "filter by entity name", "f"),
    OVERVIEW("overview", "overview of the corpus", "o"),
    SPEAKERS("speakers", "speakers and their quotes", "s"),
    EXPORT("export", "export the quote list", "x"),
    CLEAR("clear", "clear search / filter", "Esc"),
    NEXT_THEME("next-theme", "next theme", "t"),
    HELP("help", "this help", "?"),
    QUIT("quit", "quit (Ctrl-C too)", "q");

    private final String jsonName;
    private final String description;
    private final List<String> defaultKeys;

    Action(String jsonName, String description, String... defaultKeys) {
        this.jsonName = jsonName;
        this.description = description;
        this.defaultKeys = List.of(defaultKeys);
    }

    public String jsonName() {
        return jsonName;
    }

    public String description() {
        return description;
    }

    public List<String> defaultKeys() {
        return defaultKeys;
    }
}
