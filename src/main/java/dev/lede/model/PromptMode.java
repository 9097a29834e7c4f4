package dev.lede.model;

import dev.lede.index.CorpusEntity;
import dev.lede.index.Names;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A one-line question in the status bar while the user types: a search, an entity's name (with type-ahead
 * suggestions) or a file name.
 *
 * @param choice      which of the suggestions Enter takes
 * @param suggestions what the {@code f} prompt offers, as shown: each entity's name and its article count
 * @param filters     the filter each suggestion stands for, index for index
 * @param waiting     Enter was pressed on a name the linking has not seen yet: it is taken when the linking is done
 */
public record PromptMode(Kind kind, String text, int choice, List<String> suggestions, List<EntityFilter> filters,
                         boolean waiting) implements Mode {

    private static final int SUGGESTIONS = 5;
    /** Of the entities an ambiguous name means (every Blair), at most this many are offered. */
    private static final int MEANT = 10;

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
        filters = List.copyOf(filters);
    }

    public PromptMode(Kind kind, String text, int choice, List<String> suggestions, List<EntityFilter> filters) {
        this(kind, text, choice, suggestions, filters, false);
    }

    static PromptMode of(Kind kind, String text) {
        return new PromptMode(kind, text, 0, List.of(), List.of());
    }

    /** The {@code f} prompt, offering the corpus's entities; with a filter on, the one chosen is added to it. */
    static PromptMode entity(Draft d) {
        return offering(d, d.filter == null ? Kind.ENTITY : Kind.ANOTHER_ENTITY, "");
    }

    /**
     * The entities a typed name means (every Blair for "blair", David Blunkett for "Mr Blunkett"), then those
     * with a name or a word of one starting with it; each shown with its full name and article count.
     */
    private static PromptMode offering(Draft d, Kind kind, String text) {
        List<CorpusEntity> shown = offered(d.library, text);
        Set<String> shared = shown.stream().collect(Collectors.groupingBy(CorpusEntity::name, Collectors.counting()))
                .entrySet().stream().filter(n -> n.getValue() > 1).map(Map.Entry::getKey).collect(Collectors.toSet());
        List<String> labels = shown.stream().map(e -> label(e, shared.contains(e.name()))).toList();
        return new PromptMode(kind, text, 0, labels, shown.stream().map(EntityFilter::of).toList());
    }

    /** What {@code f} offers for a text typed. */
    static List<CorpusEntity> offered(Library library, String text) {
        List<CorpusEntity> meant = new ArrayList<>(library.corpusEntities().lookup(text));
        // The entity written as typed ("Ross" of no one in particular, beside more than ten Rosses) is always offered.
        String typed = Names.withoutHonorific(Names.key(text));
        List<CorpusEntity> asTyped = meant.subList(Math.min(MEANT, meant.size()), meant.size()).stream()
                .filter(e -> Names.withoutHonorific(Names.key(e.name())).equals(typed)).toList();
        for (int i = 0; i < asTyped.size() && i < MEANT; i++) meant.set(MEANT - 1 - i, asTyped.get(i));
        Set<CorpusEntity> offered = new LinkedHashSet<>(meant.subList(0, Math.min(meant.size(), MEANT)));
        offered.addAll(library.suggestEntities(text, SUGGESTIONS));
        return offered.stream().limit(Math.max(SUGGESTIONS, Math.min(meant.size(), MEANT))).toList();
    }

    /** With its type when another offered entity has the same name ("Gartner" the firm and "Gartner" a person). */
    private static String label(CorpusEntity e, boolean nameShared) {
        String name = nameShared ? Speakers.withType(e.name(), e.type()) : e.name();
        return name + " · " + e.documentCount() + (e.documentCount() == 1 ? " article" : " articles");
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

    /** A new linking: the {@code f} prompt offers what the typed text means now, keeping the chosen entity where it still is. */
    @Override
    public void indexesRebuilt(Draft d) {
        if (!kind.offersEntities()) return;
        PromptMode now = offering(d, kind, text);
        int kept = choice < filters.size() ? now.filters.indexOf(filters.get(choice)) : -1;
        PromptMode refreshed = new PromptMode(kind, text, Math.max(0, kept), now.suggestions, now.filters, waiting);
        d.mode = refreshed;
        if (waiting && (!now.filters.isEmpty() || !d.library.isLinkingBehind())) refreshed.accept(d);
    }

    private void perform(Draft d, Act act) {
        Runnable action = switch (act) {
            case ACCEPT -> () -> accept(d);
            case CANCEL -> () -> d.mode = new BrowseMode();
            case ERASE -> () -> {
                if (!text.isEmpty()) edit(d, text.substring(0, text.offsetByCodePoints(text.length(), -1)));
            };
            case PREVIOUS_CHOICE -> () -> d.mode = new PromptMode(kind, text, Draft.clamp(choice - 1L, suggestions.size()), suggestions, filters);
            case NEXT_CHOICE -> () -> d.mode = new PromptMode(kind, text, Draft.clamp(choice + 1L, suggestions.size()), suggestions, filters);
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
        d.mode = kind.offersEntities() ? offering(d, kind, newText) : new PromptMode(kind, newText, 0, suggestions, filters);
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
        if (suggestions.isEmpty() && !text.isBlank() && !waiting && d.library.isLinkingBehind()) {
            d.mode = new PromptMode(kind, text, choice, suggestions, filters, true);
            d.say("linking the articles; the filter follows as soon as that is done");
            return;
        }
        if (suggestions.isEmpty()) {
            d.say(text.isBlank() ? "no entities yet" : "no entity called \"" + text.strip() + "\"");
            return;
        }
        EntityFilter chosen = filters.get(Draft.clamp(choice, filters.size()));
        if (kind == Kind.ENTITY) d.filterBy(chosen);
        else d.addFilter(chosen);
    }
}
