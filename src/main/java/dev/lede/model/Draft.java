package dev.lede.model;

import dev.lede.index.Duplicates;
import dev.lede.index.TextSearch;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityType;
import dev.lede.nlp.Quote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The state being updated: a copy of a {@link State} that one message changes, then frozen into the next
 * State (as a Bubble Tea model is a value the update function copies, changes and returns). The rules that
 * more than one mode uses are here; the rules of reading (quotes, matches, mentions) are in {@link Reading}.
 */
final class Draft {

    /** The sidebar groups, in the order shown; OTHER entities are not listed. */
    private static final List<EntityType> SIDEBAR_TYPES = List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);
    private static final int DEFAULT_PAGE = 10;

    final Setup setup;
    final Library library;
    final List<Effect> effects = new ArrayList<>();
    Mode mode;
    Pane focus;
    List<Integer> visible;
    int documentCursor;
    EntityFilters filter;
    SortOrder sort;
    boolean zoomed;
    State.Selection beforeFilter;
    String corpusQuery;
    CorpusHits hits;
    int openDocument;
    List<Entity> entities;
    int entityCursor;
    int quoteCursor;
    int currentQuote;
    String search;
    List<Span> matches;
    int currentMatch;
    int lastMention;
    int readerTop;
    Span reveal;
    SpeakerQuotes speakerQuotes;
    int theme;
    Map<Pane, Integer> pageRows;
    int overviewRows;
    String message;
    boolean quit;

    /** A new session on the first document. */
    Draft(Setup setup, int theme) {
        this.setup = setup;
        this.library = setup.library();
        mode = new BrowseMode();
        focus = Pane.DOCUMENTS;
        visible = List.of();
        corpusQuery = "";
        sort = SortOrder.PATH;
        openDocument = -1;
        entities = List.of();
        currentQuote = -1;
        search = "";
        matches = List.of();
        currentMatch = -1;
        lastMention = -1;
        this.theme = theme;
        pageRows = Map.of();
        overviewRows = Overview.LIMIT;
        message = "";
        refilter();
        if (!visible.isEmpty()) open(visible.get(0));
    }

    Draft(State s) {
        setup = s.setup;
        library = setup.library();
        mode = s.mode;
        focus = s.focus;
        visible = s.visible;
        documentCursor = s.documentCursor;
        filter = s.filter;
        sort = s.sort;
        zoomed = s.zoomed;
        beforeFilter = s.beforeFilter;
        corpusQuery = s.corpusQuery;
        hits = s.hits;
        openDocument = s.openDocument;
        entities = s.entities;
        entityCursor = s.entityCursor;
        quoteCursor = s.quoteCursor;
        currentQuote = s.currentQuote;
        search = s.search;
        matches = s.matches;
        currentMatch = s.currentMatch;
        lastMention = s.lastMention;
        readerTop = s.readerTop;
        reveal = s.reveal;
        speakerQuotes = s.speakerQuotes;
        theme = s.theme;
        pageRows = s.pageRows;
        overviewRows = s.overviewRows;
        message = s.message;
        quit = s.quit;
    }

    Step freeze() {
        // The reader alone fills the screen only while it has the focus: a key that moves the focus ends it.
        if (focus != Pane.READER) zoomed = false;
        return new Step(new State(this), List.copyOf(effects));
    }

    Annotation annotation() {
        return State.annotationOf(library, openDocument);
    }

    List<Quote> quotes() {
        return annotation().quotes();
    }

    Keymap keys() {
        return setup.keys();
    }

    /** Shows one line in the status bar until the next key. */
    void say(String line) {
        message = line;
    }

    /**
     * Does what the key is bound to among a mode's actions; a key bound to none of them says so and does nothing.
     *
     * @param where "here", or where the mode is ("in the overview (Esc closes)")
     */
    <A extends Enum<A> & Action> void dispatch(Class<A> actions, String key, String where, Consumer<A> perform) {
        keys().action(actions, key).ifPresentOrElse(perform,
                () -> say(key + " does nothing " + where + "; " + keys().key(BrowseMode.Act.HELP) + " lists the keys"));
    }

    /** How far paging moves: a screenful of the focused pane, less a row of overlap. */
    int page() {
        return Math.max(1, pageRows.getOrDefault(focus, DEFAULT_PAGE) - 1);
    }

    /** Moves the focused pane's cursor (the reader scrolls) by {@code delta} rows. */
    void move(int delta) {
        if (focus == Pane.QUOTES && speakerQuotes != null) {
            speakerQuotes = speakerQuotes.movedBy(delta);
            return;
        }
        switch (focus) {
            case DOCUMENTS -> documentCursor = clamp(documentCursor + (long) delta, visible.size());
            case READER -> readerTop = (int) Math.max(0, Math.min(Integer.MAX_VALUE / 2, (long) readerTop + delta));
            case ENTITIES -> entityCursor = clamp(entityCursor + (long) delta, entities.size());
            case QUOTES -> quoteCursor = clamp(quoteCursor + (long) delta, quotes().size());
        }
    }

    /** Opens a document by library index. */
    void open(int document) {
        if (document != openDocument) {
            openDocument = document;
            readerTop = 0;
            currentQuote = -1;
            quoteCursor = 0;
            entityCursor = 0;
            lastMention = -1;
            reveal = null;
            effects.add(new Effect.Prioritize(document));
            refreshOpenDocument();
            findMatches();
            Reading.revealFirstMention(this);
            // A result of a search of every article opens at its first match.
            if (search.isEmpty() && !matches.isEmpty()) Reading.goToMatch(this, 0);
        }
        int position = visible.indexOf(document);
        if (position >= 0) documentCursor = position;
    }

    /** Filters the list by one entity, replacing any filter. */
    void filterBy(EntityFilter only) {
        applyFilter(EntityFilters.of(only));
    }

    /** Adds an entity to the filter: the list keeps the articles that mention all of them. */
    void addFilter(EntityFilter another) {
        if (filter == null) {
            filterBy(another);
        } else if (filter.plus(another) == filter) {
            say(another.name() + " is in the filter already");
        } else {
            applyFilter(filter.plus(another));
            if (!visible.isEmpty()) say(visible.size() + (visible.size() == 1 ? " article mentions " : " articles mention ") + filter.name());
        }
    }

    /** Esc: removes the entity added last; removing the only one clears the filter. */
    void removeLastFilter() {
        EntityFilters fewer = filter == null ? null : filter.withoutLast();
        if (fewer == null) clearFilter();
        else applyFilter(fewer);
    }

    private void applyFilter(EntityFilters newFilter) {
        // The list may be empty (nothing matched): then no row was under the cursor to come back to.
        Integer atCursor = cursorDocument();
        if (filter == null) beforeFilter = new State.Selection(openDocument, atCursor == null ? -1 : atCursor, entityCursor);
        filter = newFilter;
        refilter();
        if (visible.isEmpty()) {
            say("no annotated article mentions " + newFilter.name() + " yet");
        } else if (!visible.contains(openDocument)) {
            open(visible.get(0));
        } else {
            documentCursor = visible.indexOf(openDocument);
            Reading.revealFirstMention(this);
        }
    }

    /** The next order of the list; the cursor stays on its document. */
    void nextSort() {
        sort = sort.next();
        refilter();
        say("sorted by " + (sort == SortOrder.PATH && hits != null ? "relevance, best first" : sort.label()));
    }

    /** Drops the entity filter and goes back to where the user was before it. */
    void clearFilter() {
        if (filter == null) return;
        filter = null;
        refilter();
        State.Selection before = beforeFilter;
        beforeFilter = null;
        if (before != null && before.openDocument() >= 0) {
            open(before.openDocument());
            int position = visible.indexOf(before.cursorDocument());
            if (position >= 0) documentCursor = position;
            entityCursor = clamp(before.entityCursor(), entities.size());
        }
    }

    /** Searches the open document's text (any case) and goes to the first match. */
    void search(String query) {
        search = query.strip();
        findMatches();
        if (!matches.isEmpty()) {
            Reading.goToMatch(this, 0);
        } else if (!search.isEmpty()) {
            say("no match for \"" + search + "\"");
        }
    }

    /**
     * Ranks every article by how well its title and text match {@code query} (within the entity filter,
     * if there is one) and lists the matching ones, best first; the reader highlights the words.
     */
    void searchCorpus(String query) {
        corpusQuery = query.strip();
        CompletableFuture<TextSearch> index = library.textSearch();
        boolean failed = index.isCompletedExceptionally();
        hits = corpusQuery.isEmpty() || failed ? null : new CorpusHits(corpusQuery, index.getNow(null));
        refilter();
        // Before the index is built the status bar says it is building (isCorpusSearchWaiting); indexesRebuilt runs the search then.
        if (failed && !corpusQuery.isEmpty()) {
            corpusQuery = "";
            say("search is unavailable: the search index could not be built");
        } else if (hits != null && hits.isReady() && visible.isEmpty()) {
            say("no article matches \"" + corpusQuery + "\"" + (filter == null ? "" : " among those mentioning " + filter.name()));
        } else if (hits != null && hits.isReady()) {
            documentCursor = 0;
            open(visible.get(0));
            say(visible.size() + (visible.size() == 1 ? " article matches" : " articles match") + ", best first");
        }
        findMatches();
        if (search.isEmpty() && !matches.isEmpty()) Reading.goToMatch(this, 0);
    }

    /** A corpus-wide index was rebuilt: the list follows the new linking and its duplicates, a waiting search runs, an open overview or list of speakers is renewed. */
    void indexesRebuilt() {
        if (openDocument >= 0 && library.isWithdrawn(openDocument)) {
            // Its file changed or went away: never its old text or annotation; its new state if it has one.
            int replacement = library.replacementOf(openDocument);
            openDocument = -1;
            entities = List.of();
            matches = List.of();
            currentMatch = -1;
            currentQuote = -1;
            if (replacement >= 0) open(replacement);
        } else if (openDocument >= 0) {
            refreshOpenDocument(); // annotations kept from an earlier run arrive all at once, without a message each
        }
        refilter();
        if (openDocument < 0 && !visible.isEmpty()) open(visible.get(documentCursor));
        if (hits != null && !hits.isReady() && library.textSearch().isDone()) searchCorpus(corpusQuery);
        mode.indexesRebuilt(this);
    }

    /** Takes in a document's annotation once it has arrived. */
    void annotationArrived(int document) {
        if (document == openDocument) refreshOpenDocument();
    }

    /** The next frame's layout: page sizes, and the reader's wrapping to scroll pending text into view. */
    void laid(Message.Laid layout) {
        pageRows = layout.pageRows();
        mode.laid(this, Math.max(1, layout.overviewRows()));
        overviewRows = Math.max(1, layout.overviewRows());
        ReaderLines lines = layout.reader();
        if (lines == null) return;
        int rows = pageRows.getOrDefault(Pane.READER, DEFAULT_PAGE);
        int top = readerTop;
        if (reveal != null) {
            int first = lines.lineOf(reveal.start());
            int last = lines.lineOf(Math.max(reveal.start(), reveal.end() - 1));
            if (first < top || last >= top + rows) top = Math.max(0, first - rows / 3);
            reveal = null;
        }
        if (!lines.hasLine(top + rows - 1)) top = Math.max(0, lines.lineCount() - rows);
        readerTop = Math.max(0, top);
    }

    void findMatches() {
        matches = List.of();
        currentMatch = -1;
        if (openDocument < 0) return;
        String text = library.document(openDocument).text();
        if (search.isEmpty()) {
            if (hits != null) matches = hits.spans(text);
            return;
        }
        char first = Character.toLowerCase(search.charAt(0));
        List<Span> found = new ArrayList<>();
        for (int i = 0; i + search.length() <= text.length(); i++) {
            if (Character.toLowerCase(text.charAt(i)) == first && text.regionMatches(true, i, search, 0, search.length())) {
                found.add(new Span(i, i + search.length()));
            }
        }
        matches = List.copyOf(found);
    }

    private void refreshOpenDocument() {
        Comparator<Entity> byGroup = Comparator.comparingInt(e -> SIDEBAR_TYPES.indexOf(e.type()));
        entities = annotation().entities().stream()
                .filter(e -> SIDEBAR_TYPES.contains(e.type()))
                .sorted(byGroup.thenComparing(e -> -e.mentions().size()).thenComparing(Entity::name))
                .toList();
        entityCursor = clamp(entityCursor, entities.size());
        quoteCursor = clamp(quoteCursor, quotes().size());
    }

    /** Recomputes the list from the filters, keeping the cursor on the same document where it can. */
    void refilter() {
        Integer atCursor = cursorDocument();
        Duplicates copies = library.duplicates();
        if (hits != null && hits.isReady()) {
            List<Integer> ranked = hits.within(filter == null ? null : filter.documentsIn(library));
            visible = DocumentList.of(ranked, ranked.size(), doc -> !copies.isCopy(doc) && !library.isWithdrawn(doc));
        } else if (filter == null) {
            visible = library.inCorpusOrder(library.listed());
        } else {
            DocumentSet mentioning = filter.documentsIn(library);
            visible = library.inCorpusOrder(library.withdrawnCount() == 0 ? DocumentList.of(mentioning)
                    : DocumentList.of(mentioning, doc -> !library.isWithdrawn(doc)));
        }
        visible = sort.sort(visible, library);
        int position = atCursor == null ? -1 : visible.indexOf(atCursor);
        documentCursor = position >= 0 ? position : clamp(documentCursor, visible.size());
    }

    private Integer cursorDocument() {
        return documentCursor < visible.size() ? visible.get(documentCursor) : null;
    }

    static int clamp(long value, int size) {
        return (int) Math.max(0, Math.min(value, size - 1L));
    }
}
