package dev.lede.model;

import dev.lede.nlp.Annotation;
import dev.lede.nlp.Entity;
import dev.lede.nlp.Quote;
import java.util.List;
import java.util.Map;

/**
 * One explorer session as immutable values: the list and its filters, what is open and where, the cursors,
 * the search, the mode on top and the message. Only {@link Update} makes a new one; views read it. The
 * documents and annotations it points into live in the shared {@link Library}.
 */
public final class State {

    /** Where the user was before filtering by an entity, restored when the filter is cleared. */
    record Selection(int openDocument, int cursorDocument, int entityCursor) {
    }

    final Setup setup;
    final Mode mode;
    final Pane focus;
    final List<Integer> visible;
    final int documentCursor;
    final EntityFilters filter;
    final SortOrder sort;
    final boolean zoomed;
    final Selection beforeFilter;
    final String corpusQuery;
    final CorpusHits hits;
    final int openDocument;
    final List<Entity> entities;
    final int entityCursor;
    final int quoteCursor;
    final int currentQuote;
    final String search;
    final List<Span> matches;
    final int currentMatch;
    final int lastMention;
    final int readerTop;
    final Span reveal;
    final SpeakerQuotes speakerQuotes;
    final int theme;
    final Map<Pane, Integer> pageRows;
    final int overviewRows;
    final String message;
    final boolean quit;

    State(Draft d) {
        setup = d.setup;
        mode = d.mode;
        focus = d.focus;
        visible = d.visible;
        documentCursor = d.documentCursor;
        filter = d.filter;
        sort = d.sort;
        zoomed = d.zoomed;
        beforeFilter = d.beforeFilter;
        corpusQuery = d.corpusQuery;
        hits = d.hits;
        openDocument = d.openDocument;
        entities = d.entities;
        entityCursor = d.entityCursor;
        quoteCursor = d.quoteCursor;
        currentQuote = d.currentQuote;
        search = d.search;
        matches = d.matches;
        currentMatch = d.currentMatch;
        lastMention = d.lastMention;
        readerTop = d.readerTop;
        reveal = d.reveal;
        speakerQuotes = d.speakerQuotes;
        theme = d.theme;
        pageRows = d.pageRows;
        overviewRows = d.overviewRows;
        message = d.message;
        quit = d.quit;
    }

    public Library library() {
        return setup.library();
    }

    public Keymap keys() {
        return setup.keys();
    }

    /** The mode on top: browsing the panes, a prompt, a question, the help, the overview or the speakers. */
    public Mode mode() {
        return mode;
    }

    public Pane focus() {
        return focus;
    }

    /** Library indices of the documents the list shows, in the chosen order (corpus order, or best first for a search, by default). */
    public List<Integer> visibleDocuments() {
        return visible;
    }

    public int documentCursor() {
        return documentCursor;
    }

    /** The entities the list is filtered by (articles mentioning all of them), or null. */
    public EntityFilters filter() {
        return filter;
    }

    /** How the list is ordered. */
    public SortOrder sortOrder() {
        return sort;
    }

    /** Whether the reader fills the screen ({@code z}). */
    public boolean isZoomed() {
        return zoomed;
    }

    /** The ranked search over every title and text ({@code /} in the document list), or "". */
    public String corpusQuery() {
        return corpusQuery;
    }

    /** The open document's library index, or -1 when the corpus is empty. */
    public int openDocument() {
        return openDocument;
    }

    /** The open document's annotation, empty while it is being annotated. */
    public Annotation annotation() {
        return annotationOf(library(), openDocument);
    }

    static Annotation annotationOf(Library library, int document) {
        Annotation a = document < 0 ? null : library.annotation(document);
        return a == null ? Annotation.EMPTY : a;
    }

    public boolean isOpenDocumentAnnotated() {
        return openDocument >= 0 && library().annotation(openDocument) != null;
    }

    /** The open document's people, organizations and places, in sidebar order (by type, then most mentioned). */
    public List<Entity> entities() {
        return entities;
    }

    public int entityCursor() {
        return entityCursor;
    }

    public List<Quote> quotes() {
        return annotation().quotes();
    }

    public int quoteCursor() {
        return quoteCursor;
    }

    /** Index of the current quote in {@link #quotes()}, or -1. */
    public int currentQuote() {
        return currentQuote;
    }

    /** Whether a search of every article waits for the search index, and runs once it is built. */
    public boolean isCorpusSearchWaiting() {
        return hits != null && !hits.isReady();
    }

    /** Whether the reader shows this entity's mentions emphasised: it is the filter's, or under the sidebar cursor. */
    public boolean isEmphasised(Entity entity) {
        if (filter != null) return filter.matches(library().corpusEntities(), openDocument, entity, annotation());
        return focus == Pane.ENTITIES && entityCursor < entities.size() && entities.get(entityCursor).equals(entity);
    }

    public String search() {
        return search;
    }

    public List<Span> matches() {
        return matches;
    }

    public int currentMatch() {
        return currentMatch;
    }

    /** The first wrapped line the reader shows. */
    public int readerTop() {
        return readerTop;
    }

    /** The chosen speaker's quotes across the corpus, which the quote navigator walks instead of the article's; else null. */
    public SpeakerQuotes speakerQuotes() {
        return speakerQuotes;
    }

    public String theme() {
        return setup.themes().get(theme);
    }

    /** Bars per overview section, as many as the layout fits. */
    public int overviewRows() {
        return overviewRows;
    }

    /** One line for the status bar, or "". */
    public String message() {
        return message;
    }

    public boolean isQuit() {
        return quit;
    }
}
