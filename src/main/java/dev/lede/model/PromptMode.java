package dev.lede.model;

import java.util.List;

/**
 * A one-line question in the status bar while the user types: a search, an entity's name (with type-ahead
 * suggestions) or a file name.
 *
 * @param choice      which of the suggestions Enter takes
 * @param suggestions entity names offered while the {@code f} prompt is open
 */
public record PromptMode(Kind kind, String text, int choice, List<String> suggestions) implements Mode {

    private static final int SUGGESTIONS = 5;

    public enum Kind {
        /** Ranked search over every article's title and text. */
        CORPUS("search all articles: "),
        /** Search in the open document's text. */
        SEARCH("/"),
        /** Filter by an entity, with type-ahead over the names the corpus knows. */
        ENTITY("filter by entity: "),
        /** With a filter on: one more entity the listed articles must mention. */
        ANOTHER_ENTITY("add to the filter: "),
        /** The file to export the quote list to. */
        EXPORT("export quotes to: ");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Whether the prompt offers entity names as the user types. */
        public boolean offersEntities() {
            return this == ENTITY || this == ANOTHER_ENTITY;
        }
    }

    /** The keys that edit or answer a prompt; every other key with a character types it. */
    public enum Act implements Action {
        ACCEPT("accept", "Enter"),
        CANCEL("cancel", "Esc"),
        ERASE("erase the last character", "Backspace"),
        PREVIOUS_CHOICE("previous suggestion", "Up", "Shift-Tab"),
        NEXT_CHOICE("next suggestion", "Down", "Tab");

        private final Binding binding;

        Act(String description, String... keys) {
            this.binding = Binding.of(null, description, keys);
        }

        @Override
        public Binding binding() {
            return binding;
        }
    }

    public PromptMode {
        suggestions = List.copyOf(suggestions);
    }

    static PromptMode of(Kind kind, String text) {
        return new PromptMode(kind, text, 0, List.of());
    }

    /** The {@code f} prompt, offering the corpus's entity names; with a filter on, the name is added to it. */
    static PromptMode entity(Draft d) {
        return new PromptMode(d.filter == null ? Kind.ENTITY : Kind.ANOTHER_ENTITY, "", 0, d.library.entityNames("", SUGGESTIONS));
    }

    /** What the prompt line shows. */
    public String line() {
        return kind.label() + text;
    }

    @Override
    public void key(Draft d, String name) {
        d.keys().action(Act.class, name).ifPresentOrElse(act -> perform(d, act), () -> type(d, name));
    }

    @Override
    public List<Act> actions() {
        return List.of(Act.values());
    }

    private void perform(Draft d, Act act) {
        Runnable action = switch (act) {
            case ACCEPT -> () -> accept(d);
            case CANCEL -> () -> d.mode = new BrowseMode();
            case ERASE -> () -> {
                if (!text.isEmpty()) edit(d, text.substring(0, text.offsetByCodePoints(text.length(), -1)));
            };
            case PREVIOUS_CHOICE -> () -> d.mode = new PromptMode(kind, text, Draft.clamp(choice - 1L, suggestions.size()), suggestions);
            case NEXT_CHOICE -> () -> d.mode = new PromptMode(kind, text, Draft.clamp(choice + 1L, suggestions.size()), suggestions);
        };
        action.run();
    }

    /** A key that is one character (or Space) types it; others (Ctrl-x, F1) do nothing in a prompt. */
    private void type(Draft d, String name) {
        if (name.equals("Space")) {
            edit(d, text + " ");
        } else if (name.codePointCount(0, name.length()) == 1) {
            edit(d, text + name);
        }
    }

    private void edit(Draft d, String newText) {
        List<String> offered = kind.offersEntities() ? d.library.entityNames(newText, SUGGESTIONS) : suggestions;
        d.mode = new PromptMode(kind, newText, 0, offered);
    }

    private void accept(Draft d) {
        d.mode = new BrowseMode();
        switch (kind) {
            case CORPUS -> d.searchCorpus(text);
            case SEARCH -> d.search(text);
            case ENTITY, ANOTHER_ENTITY -> acceptEntity(d);
            case EXPORT -> QuoteRows.export(d, text);
        }
    }

    private void acceptEntity(Draft d) {
        if (suggestions.isEmpty()) {
            d.say(text.isBlank() ? "no entities yet" : "no entity called \"" + text.strip() + "\"");
            return;
        }
        String name = suggestions.get(Draft.clamp(choice, suggestions.size()));
        d.library.filterNamed(name).ifPresent(kind == Kind.ENTITY ? d::filterBy : d::addFilter);
    }
}
