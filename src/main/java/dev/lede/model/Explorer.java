package dev.lede.model;

import dev.lede.index.TextSearch;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityType;
import dev.lede.nlp.Mention;
import dev.lede.nlp.Quote;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * One explorer session: what is open, selected, filtered and searched, changed only through its
 * commands and observed through its events. Views read it and redraw; they never talk to each other.
 * Not thread-safe: a session's UI thread owns it (annotations reach it through {@link #annotationArrived}).
 */
public final class Explorer {

    /** What a command changed, so views know what to redraw. */
    public enum Event { DOCUMENTS, DOCUMENT, SELECTION, QUOTE, SEARCH, READER, FOCUS, PROMPT, THEME, MESSAGE, HELP, OVERVIEW, SPEAKERS, QUIT }

    /** A stretch of the open document's text, as String indices. */
    public record Span(int start, int end) {
    }

    /** Where the user was before filtering by an entity, restored when the filter is cleared. */
    private record Selection(int openDocument, int cursorDocument, int entityCursor) {
    }

    /** The sidebar groups, in the order shown; OTHER entities are not listed. */
    private static final List<EntityType> SIDEBAR_TYPES = List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);

    private static final int SUGGESTIONS = 5;

    private final Library library;
    private final List<String> themes;
    private final List<Consumer<Event>> listeners = new ArrayList<>();
    private final Map<Pane, Integer> pageHeights = new EnumMap<>(Pane.class);

    private List<Integer> visible = List.of();
    private int documentCursor;
    private int openDocument = -1;
    private List<Entity> entities = List.of();
    private int entityCursor;
    private int quoteCursor;
    private int currentQuote = -1;
    private EntityFilter filter;
    private Selection beforeFilter;
    private String corpusQuery = "";
    private CorpusHits hits;
    private String search = "";
    private List<Span> matches = List.of();
    private int currentMatch = -1;
    private int lastMention = -1;
    private int readerTop;
    private Span reveal;
    private Pane focus = Pane.DOCUMENTS;
    private int theme;
    private Prompt prompt;
    private List<String> suggestions = List.of();
    private boolean help;
    private Overview overview;
    private int overviewCursor;
    private int overviewRows = Overview.LIMIT;
    private List<Speakers.Speaker> speakers;
    private int speakerCursor;
    private SpeakerQuotes speakerQuotes;
    private final QuoteExport export = new QuoteExport(this);
    private boolean quit;
    private String message = "";

    /**
     * @param themes the theme names {@code t} cycles through
     * @param theme  the one to start with (added when it is not among them)
     */
    public Explorer(Library library, List<String> themes, String theme) {
        this.library = library;
        List<String> names = new ArrayList<>(themes);
        if (!names.contains(theme)) names.add(0, theme);
        this.themes = List.copyOf(names);
        this.theme = names.indexOf(theme);
        refilter();
        if (!visible.isEmpty()) open(visible.get(0));
    }

    public void addListener(Consumer<Event> listener) {
        listeners.add(listener);
    }

    // ---- what views read ----

    public Library library() {
        return library;
    }

    /** Library indices of the documents the list shows, in corpus order. */
    public List<Integer> visibleDocuments() {
        return visible;
    }

    public int documentCursor() {
        return documentCursor;
    }

    /** The open document's library index, or -1 when the corpus is empty. */
    public int openDocument() {
        return openDocument;
    }

    /** The open document's annotation, empty while it is being annotated. */
    public Annotation annotation() {
        Annotation a = openDocument < 0 ? null : library.annotation(openDocument);
        return a == null ? Annotation.EMPTY : a;
    }

    public boolean isOpenDocumentAnnotated() {
        return openDocument >= 0 && library.annotation(openDocument) != null;
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

    public EntityFilter filter() {
        return filter;
    }

    /** The ranked search over every title and text ({@code /} in the document list), or "". */
    public String corpusQuery() {
        return corpusQuery;
    }

    /** Whether a search of every article waits for the search index, and runs once it is built. */
    public boolean isCorpusSearchWaiting() {
        return hits != null && !hits.isReady();
    }

    /** Whether the reader shows this entity's mentions emphasised: it is the filter's, or under the sidebar cursor. */
    public boolean isEmphasised(Entity entity) {
        if (filter != null) return filter.matches(entity);
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

    public Pane focus() {
        return focus;
    }

    public String theme() {
        return themes.get(theme);
    }

    public Prompt prompt() {
        return prompt;
    }

    /** Entity names offered while the {@code f} prompt is open. */
    public List<String> suggestions() {
        return suggestions;
    }

    public boolean isHelpShown() {
        return help;
    }

    /** The overview chart while it is open, else null. */
    public Overview overview() {
        return overview;
    }

    /** Index of the chosen bar in {@link Overview#bars} of {@link #overviewRows()} per section. */
    public int overviewCursor() {
        return overviewCursor;
    }

    public int overviewRows() {
        return overviewRows;
    }

    /** The speakers of the corpus while their list is open, else null. */
    public List<Speakers.Speaker> speakers() {
        return speakers;
    }

    public int speakerCursor() {
        return speakerCursor;
    }

    /** The chosen speaker's quotes across the corpus, which the quote navigator walks instead of the article's; else null. */
    public SpeakerQuotes speakerQuotes() {
        return speakerQuotes;
    }

    public boolean isQuit() {
        return quit;
    }

    /** One line for the status bar, or "". */
    public String message() {
        return message;
    }

    /** The first wrapped line the reader shows. */
    public int readerTop() {
        return readerTop;
    }

    /** Text the reader must scroll into view, once; null when there is none. */
    public Span takeReveal() {
        Span r = reveal;
        reveal = null;
        return r;
    }

    // ---- what views tell it about the layout ----

    /** How many rows a pane shows, so paging moves by a screenful. */
    public void setPageHeight(Pane pane, int rows) {
        pageHeights.put(pane, rows);
    }

    /** The reader's first line once the view has wrapped the text and kept it within the document. */
    public void scrollReaderTo(int line) {
        readerTop = Math.max(0, line);
    }

    // ---- commands ----

    public void focus(Pane pane) {
        focus = pane;
        fire(Event.FOCUS);
    }

    /** Tab: the next pane; in the overview, the next section's first bar. */
    public void focusNext() {
        if (overview != null) {
            overviewCursor = overview.firstBarOfSection(overviewCursor, overviewRows, 1);
            fire(Event.OVERVIEW);
            return;
        }
        focus(focus.next());
    }

    public void focusPrevious() {
        if (overview != null) {
            overviewCursor = overview.firstBarOfSection(overviewCursor, overviewRows, -1);
            fire(Event.OVERVIEW);
            return;
        }
        focus(focus.previous());
    }

    /** Moves the focused pane's cursor (the reader scrolls) by {@code delta} rows. */
    public void move(int delta) {
        if (overview != null) {
            overviewCursor = clamp(overviewCursor + (long) delta, overview.bars(overviewRows).size());
            fire(Event.OVERVIEW);
            return;
        }
        if (speakers != null) {
            speakerCursor = clamp(speakerCursor + (long) delta, speakers.size());
            fire(Event.SPEAKERS);
            return;
        }
        if (focus == Pane.QUOTES && speakerQuotes != null) {
            speakerQuotes.moveCursor(delta);
            fire(Event.SELECTION);
            return;
        }
        switch (focus) {
            case DOCUMENTS -> documentCursor = clamp(documentCursor + (long) delta, visible.size());
            case READER -> readerTop = (int) Math.max(0, Math.min(Integer.MAX_VALUE / 2, (long) readerTop + delta));
            case ENTITIES -> entityCursor = clamp(entityCursor + (long) delta, entities.size());
            case QUOTES -> quoteCursor = clamp(quoteCursor + (long) delta, quotes().size());
        }
        fire(focus == Pane.READER ? Event.READER : Event.SELECTION);
    }

    public void page(int direction) {
        move(direction * Math.max(1, pageHeights.getOrDefault(focus, 10) - 1));
    }

    public void top() {
        move(Integer.MIN_VALUE / 2);
    }

    public void bottom() {
        move(Integer.MAX_VALUE / 2);
    }

    /** Enter: open the document, filter by the entity, or go to the quote under the cursor. */
    public void activate() {
        if (overview != null) {
            chooseBar();
            return;
        }
        if (speakers != null) {
            chooseSpeaker();
            return;
        }
        if (focus == Pane.QUOTES && speakerQuotes != null) {
            goToSpeakerQuote(speakerQuotes.cursor());
            return;
        }
        switch (focus) {
            case DOCUMENTS -> {
                if (!visible.isEmpty()) open(visible.get(documentCursor));
            }
            case ENTITIES -> {
                if (!entities.isEmpty()) selectEntity(entities.get(entityCursor));
            }
            case QUOTES -> {
                if (!quotes().isEmpty()) setQuote(quoteCursor);
            }
            case READER -> {
            }
        }
    }

    /** Opens a document by library index. */
    public void open(int document) {
        if (document != openDocument) {
            openDocument = document;
            readerTop = 0;
            currentQuote = -1;
            quoteCursor = 0;
            entityCursor = 0;
            lastMention = -1;
            reveal = null;
            library.prioritize(document);
            refreshOpenDocument();
            findMatches();
            revealFirstMention();
            // A result of a search of every article opens at its first match.
            if (search.isEmpty() && !matches.isEmpty()) goToMatch(0);
            fire(Event.DOCUMENT);
        }
        int position = visible.indexOf(document);
        if (position >= 0) documentCursor = position;
    }

    public void nextQuote() {
        stepQuote(1);
    }

    public void previousQuote() {
        stepQuote(-1);
    }

    /** Filters the document list to the articles that mention the entity, and emphasises it in the reader. */
    public void selectEntity(Entity entity) {
        filterBy(EntityFilter.of(entity));
    }

    public void filterBy(EntityFilter newFilter) {
        if (filter == null) beforeFilter = new Selection(openDocument, cursorDocument(), entityCursor);
        filter = newFilter;
        refilter();
        if (visible.isEmpty()) {
            say("no annotated article mentions " + newFilter.name() + " yet");
        } else if (!visible.contains(openDocument)) {
            open(visible.get(0));
        } else {
            documentCursor = visible.indexOf(openDocument);
            revealFirstMention();
        }
        fire(Event.DOCUMENTS);
    }

    /** Drops the entity filter and goes back to where the user was before it. */
    public void clearFilter() {
        if (filter == null) return;
        filter = null;
        refilter();
        Selection before = beforeFilter;
        beforeFilter = null;
        if (before != null && before.openDocument() >= 0) {
            open(before.openDocument());
            int position = visible.indexOf(before.cursorDocument());
            if (position >= 0) documentCursor = position;
            entityCursor = clamp(before.entityCursor(), entities.size());
        }
        fire(Event.DOCUMENTS);
    }

    /** Searches the open document's text (any case) and goes to the first match. */
    public void search(String query) {
        search = query.strip();
        findMatches();
        if (!matches.isEmpty()) {
            goToMatch(0);
        } else if (!search.isEmpty()) {
            say("no match for \"" + search + "\"");
        }
        fire(Event.SEARCH);
    }

    /** {@code n}: the next search match, or else the next mention of the selected entity. */
    public void nextMatch() {
        stepMatch(1);
    }

    public void previousMatch() {
        stepMatch(-1);
    }

    /** {@code /}: a ranked search of every article in the document list, a search of the open text anywhere else. */
    public void startSearch() {
        if (focus == Pane.DOCUMENTS) {
            prompt = new Prompt(Prompt.Kind.CORPUS, corpusQuery, 0);
        } else {
            prompt = new Prompt(Prompt.Kind.SEARCH, "", 0);
        }
        fire(Event.PROMPT);
    }

    /** {@code f}: filter by an entity chosen by typing part of its name. */
    public void startEntityFilter() {
        prompt = new Prompt(Prompt.Kind.ENTITY, "", 0);
        suggestions = library.entityNames("", SUGGESTIONS);
        fire(Event.PROMPT);
    }

    public void promptType(String typed) {
        if (prompt.kind() == Prompt.Kind.CONFIRM) {
            prompt = null;
            export.answer(typed);
            fire(Event.PROMPT);
            return;
        }
        editPrompt(prompt.text() + typed);
    }

    public void promptBackspace() {
        String text = prompt.text();
        if (!text.isEmpty()) editPrompt(text.substring(0, text.offsetByCodePoints(text.length(), -1)));
    }

    /** Moves the highlighted suggestion. */
    public void promptChoose(int delta) {
        prompt = prompt.withChoice(clamp(prompt.choice() + (long) delta, suggestions.size()));
        fire(Event.PROMPT);
    }

    public void promptAccept() {
        Prompt accepted = prompt;
        prompt = null;
        switch (accepted.kind()) {
            case CORPUS -> searchCorpus(accepted.text());
            case SEARCH -> search(accepted.text());
            case ENTITY -> acceptEntity(accepted);
            case EXPORT -> export.to(accepted.text());
            case CONFIRM -> export.answer("");
        }
        fire(Event.PROMPT);
    }

    public void promptCancel() {
        Prompt cancelled = prompt;
        prompt = null;
        if (cancelled.kind() == Prompt.Kind.CONFIRM) export.answer("");
        fire(Event.PROMPT);
    }

    /**
     * Esc: closes help, the overview or the speakers, else clears the search in the text, else leaves a
     * speaker's quotes, else clears the search of every article, else the entity filter, else the quote.
     */
    public void clear() {
        if (help) {
            toggleHelp();
        } else if (overview != null) {
            toggleOverview();
        } else if (speakers != null) {
            toggleSpeakers();
        } else if (!search.isEmpty()) {
            search("");
        } else if (speakerQuotes != null) {
            leaveSpeakerQuotes();
        } else if (!corpusQuery.isEmpty()) {
            searchCorpus("");
        } else if (filter != null) {
            clearFilter();
        } else if (currentQuote >= 0) {
            currentQuote = -1;
            fire(Event.QUOTE);
        }
    }

    public void nextTheme() {
        theme = (theme + 1) % themes.size();
        say("theme: " + theme());
        fire(Event.THEME);
    }

    public void toggleHelp() {
        help = !help;
        fire(Event.HELP);
    }

    /** {@code o}: opens or closes the chart of the most named people, organizations and places. */
    public void toggleOverview() {
        if (overview != null) {
            overview = null;
        } else {
            speakers = null;
            overview = computeOverview();
            overviewCursor = 0;
            if (library.annotatedCount() < library.size()) say("overview of the articles annotated so far");
        }
        fire(Event.OVERVIEW);
    }

    /** The overview shows this many bars per section (as many as fit), so j/k stay among them. */
    public void setOverviewRows(int rows) {
        int shown = Math.max(1, rows);
        if (overview != null && shown != overviewRows) {
            overviewCursor = clamp(overview.reindex(overviewCursor, overviewRows, shown), overview.bars(shown).size());
        }
        overviewRows = shown;
    }

    /** {@code s}: opens or closes the list of everyone quoted in the corpus. */
    public void toggleSpeakers() {
        if (speakers != null) {
            speakers = null;
        } else {
            overview = null;
            speakers = library.speakers();
            // Back on the speaker being walked, if any, so s Enter returns to them.
            speakerCursor = speakerQuotes == null ? 0 : Math.max(0, speakers.indexOf(speakerQuotes.speaker()));
            if (speakers.isEmpty()) say(library.annotatedCount() < library.size() ? "no quotes found yet" : "no quotes in these articles");
        }
        fire(Event.SPEAKERS);
    }

    /** Back to the open article's own quotes. */
    public void leaveSpeakerQuotes() {
        speakerQuotes = null;
        fire(Event.QUOTE);
    }

    /**
     * {@code x}: asks for a file to write the quote list shown to (Markdown, or JSON for .json).
     *
     * @param home the session's home folder ($HOME), offered when the working directory holds the articles
     */
    public void startExport(Path home) {
        prompt = new Prompt(Prompt.Kind.EXPORT, QuoteExport.defaultFile(library, Path.of(""), home), 0);
        fire(Event.PROMPT);
    }

    /** Asks a yes/no question in the prompt line; {@code y} accepts, anything else declines. */
    void confirm(String question) {
        prompt = new Prompt(Prompt.Kind.CONFIRM, question, 0);
        fire(Event.PROMPT);
    }

    /**
     * Ranks every article by how well its title and text match {@code query} (within the entity filter,
     * if there is one) and lists the matching ones, best first; the reader highlights the words.
     */
    public void searchCorpus(String query) {
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
        if (search.isEmpty() && !matches.isEmpty()) goToMatch(0);
        fire(Event.DOCUMENTS);
    }

    /** A corpus-wide index was rebuilt: a waiting search runs, an open overview or list of speakers is renewed. */
    public void indexesRebuilt() {
        if (hits != null && !hits.isReady() && library.textSearch().isDone()) searchCorpus(corpusQuery);
        if (speakers != null && speakers != library.speakers()) {
            speakers = library.speakers();
            speakerCursor = clamp(speakerCursor, speakers.size());
            fire(Event.SPEAKERS);
        }
        if (overview != null && overview.linked() != library.corpusEntities()) {
            overview = computeOverview();
            setOverviewRows(overviewRows);
            fire(Event.OVERVIEW);
        }
    }

    public void quit() {
        quit = true;
        fire(Event.QUIT);
    }

    /** Shows one line in the status bar until the next key. */
    public void say(String line) {
        message = line;
        fire(Event.MESSAGE);
    }

    public void clearMessage() {
        message = "";
    }

    /** Takes in a document's annotation once it has arrived (call on the session's UI thread). */
    public void annotationArrived(int document) {
        if (filter != null && library.annotation(document).entities().stream().anyMatch(filter::matches)) {
            refilter();
        }
        if (document == openDocument) {
            refreshOpenDocument();
            fire(Event.DOCUMENT);
        }
        fire(Event.DOCUMENTS);
    }

    // ---- the rules ----

    private void stepQuote(int direction) {
        if (speakerQuotes != null) {
            int target = speakerQuotes.current() < 0 ? (direction > 0 ? 0 : speakerQuotes.size() - 1) : speakerQuotes.current() + direction;
            if (target < 0 || target >= speakerQuotes.size()) {
                say(direction > 0 ? "last quote of " + speakerQuotes.speaker().name() + ": back to the first"
                        : "first quote of " + speakerQuotes.speaker().name() + ": on to the last");
            }
            goToSpeakerQuote(Math.floorMod(target, speakerQuotes.size()));
            return;
        }
        if (openDocument < 0) return;
        List<Quote> quotes = quotes();
        int target = currentQuote < 0 ? (direction > 0 ? 0 : quotes.size() - 1) : currentQuote + direction;
        if (target >= 0 && target < quotes.size()) {
            setQuote(target);
        } else if (filter != null && quoteInNeighbour(direction)) {
            return;
        } else if (quotes.isEmpty()) {
            say(isOpenDocumentAnnotated() ? "no quotes in this article" : "this article is still being annotated");
        } else {
            setQuote(direction > 0 ? 0 : quotes.size() - 1);
            say(direction > 0 ? "last quote: back to the first" : "first quote: on to the last");
        }
    }

    /** With a filter, {@code ]} past the last quote goes on to the next listed article that has quotes. */
    private boolean quoteInNeighbour(int direction) {
        int here = visible.indexOf(openDocument);
        int n = visible.size();
        for (int step = 1; step <= n; step++) {
            int position = Math.floorMod(here + direction * step, n);
            int doc = visible.get(position);
            Annotation a = library.annotation(doc);
            if (doc == openDocument || a == null || a.quotes().isEmpty()) continue;
            boolean wrapped = direction > 0 ? position <= here : position >= here;
            open(doc);
            setQuote(direction > 0 ? 0 : a.quotes().size() - 1);
            if (wrapped) say(direction > 0 ? "last article: back to the first" : "first article: on to the last");
            return true;
        }
        return false;
    }

    private void setQuote(int index) {
        currentQuote = index;
        quoteCursor = index;
        Quote quote = quotes().get(index);
        reveal = new Span(quote.start(), quote.end());
        for (int i = 0; i < entities.size(); i++) {
            if (Objects.equals(entities.get(i).id(), quote.speakerEntity())) entityCursor = i;
        }
        fire(Event.QUOTE);
    }

    private void stepMatch(int direction) {
        if (!matches.isEmpty()) {
            int target = currentMatch < 0 ? (direction > 0 ? 0 : matches.size() - 1) : currentMatch + direction;
            if (target < 0 || target >= matches.size()) say(direction > 0 ? "search wrapped to the top" : "search wrapped to the bottom");
            goToMatch(Math.floorMod(target, matches.size()));
            fire(Event.SEARCH);
        } else if (!search.isEmpty()) {
            say("no match for \"" + search + "\"");
        } else {
            stepMention(direction);
        }
    }

    private void goToMatch(int index) {
        currentMatch = index;
        reveal = matches.get(index);
    }

    private void stepMention(int direction) {
        List<Mention> mentions = emphasisedMentions();
        if (mentions.isEmpty()) {
            say(filter == null ? "choose an entity first (Enter in the sidebar, or f)" : filter.name() + " is not mentioned in this article");
            return;
        }
        Mention target = null;
        for (int i = 0; i < mentions.size() && target == null; i++) {
            Mention m = mentions.get(direction > 0 ? i : mentions.size() - 1 - i);
            if (direction > 0 ? m.start() > lastMention : lastMention < 0 || m.start() < lastMention) target = m;
        }
        if (target == null) {
            target = direction > 0 ? mentions.get(0) : mentions.get(mentions.size() - 1);
            say(direction > 0 ? "last mention: back to the first" : "first mention: on to the last");
        }
        lastMention = target.start();
        reveal = new Span(target.start(), target.end());
        fire(Event.READER);
    }

    /** With a filter, an article opens where the entity is first named. */
    private void revealFirstMention() {
        if (filter == null) return;
        List<Mention> mentions = emphasisedMentions();
        if (mentions.isEmpty()) return;
        Mention first = mentions.get(0);
        lastMention = first.start();
        reveal = new Span(first.start(), first.end());
    }

    private List<Mention> emphasisedMentions() {
        List<Entity> chosen = new ArrayList<>();
        for (Entity e : entities) {
            if (filter != null ? filter.matches(e) : entities.indexOf(e) == entityCursor) chosen.add(e);
        }
        return chosen.stream().flatMap(e -> e.mentions().stream()).sorted(Comparator.comparingInt(Mention::start)).toList();
    }

    private Overview computeOverview() {
        boolean narrowed = filter != null || !corpusQuery.isEmpty();
        return Overview.of(library, library.corpusEntities(), narrowed ? visible : null);
    }

    /** Enter on a bar: filters by its entity, as Enter in the sidebar does. */
    private void chooseBar() {
        List<Overview.Bar> bars = overview.bars(overviewRows);
        overview = null;
        fire(Event.OVERVIEW);
        if (!bars.isEmpty()) filterBy(bars.get(clamp(overviewCursor, bars.size())).filter());
    }

    private void chooseSpeaker() {
        if (speakers.isEmpty()) {
            toggleSpeakers();
            return;
        }
        Speakers.Speaker chosen = speakers.get(clamp(speakerCursor, speakers.size()));
        speakers = null;
        speakerQuotes = new SpeakerQuotes(chosen);
        focus = Pane.QUOTES;
        goToSpeakerQuote(0);
        fire(Event.SPEAKERS);
    }

    /** Opens the quote's article and makes it the current quote; the navigator keeps the speaker's list. */
    private void goToSpeakerQuote(int index) {
        Speakers.QuoteRef ref = speakerQuotes.goTo(index);
        open(ref.document());
        if (ref.quote() < quotes().size()) setQuote(ref.quote());
    }

    private void acceptEntity(Prompt accepted) {
        if (suggestions.isEmpty()) {
            say(accepted.text().isBlank() ? "no entities yet" : "no entity called \"" + accepted.text().strip() + "\"");
            return;
        }
        String name = suggestions.get(clamp(accepted.choice(), suggestions.size()));
        library.filterNamed(name).ifPresent(this::filterBy);
    }

    private void editPrompt(String text) {
        prompt = prompt.withText(text);
        if (prompt.kind() == Prompt.Kind.ENTITY) suggestions = library.entityNames(text, SUGGESTIONS);
        fire(Event.PROMPT);
    }

    private void findMatches() {
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
    private void refilter() {
        Integer atCursor = cursorDocument();
        if (hits != null && hits.isReady()) {
            visible = hits.within(filter == null ? null : library.documentsMentioning(filter));
        } else {
            visible = filter == null ? IntStream.range(0, library.size()).boxed().toList() : List.copyOf(library.documentsMentioning(filter));
        }
        int position = atCursor == null ? -1 : visible.indexOf(atCursor);
        documentCursor = position >= 0 ? position : clamp(documentCursor, visible.size());
    }

    private Integer cursorDocument() {
        return documentCursor < visible.size() ? visible.get(documentCursor) : null;
    }

    private static int clamp(long value, int size) {
        return (int) Math.max(0, Math.min(value, size - 1L));
    }

    private void fire(Event event) {
        for (Consumer<Event> listener : listeners) listener.accept(event);
    }
}
