package dev.lede.model;

import dev.lede.corpus.Document;
import dev.lede.index.CorpusEntities;
import dev.lede.index.CorpusEntity;
import dev.lede.index.Duplicates;
import dev.lede.index.TextSearch;
import dev.lede.nlp.Annotation;
import dev.lede.nlp.Annotator;
import dev.lede.nlp.Entity;
import dev.lede.nlp.EntityType;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The corpus every session shares, made of three parts: the {@link CorpusStore} (documents, annotations
 * and the entity → documents index), the {@link AnnotationScheduler} (the background pool that fills it)
 * and the {@link CorpusIndexes} (linking and full-text search, rebuilt in the background). This class wires
 * them together and tells sessions what arrived. Thread-safe: one Library serves any number of sessions.
 */
public final class Library implements AutoCloseable {

    /** Told on a pool thread when a document's annotation has arrived, or when there is news for every session. */
    public interface Listener {
        void annotated(int document);

        /** A one-line notice for the user, such as the annotation cache being unwritable. */
        default void noticed(String notice) {
        }

        /** A corpus-wide index (linked entities, full-text search) has been rebuilt. */
        default void indexed() {
        }
    }

    private final CorpusStore store;
    private final AnnotationScheduler scheduler;
    private final CorpusIndexes indexes;
    /** The paths the documents were read from, as the user named them ("" when not known). */
    private final String origin;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final List<String> notices = new CopyOnWriteArrayList<>();
    /** Each sort order's column of places ({@link SortOrder#column}), made behind the first frame or when first sorted by it. */
    private final Map<SortOrder, int[]> sortColumns = new ConcurrentHashMap<>();
    /** One lock per order: making one column never waits for another. */
    private final Map<SortOrder, Object> columnMaking = new java.util.EnumMap<>(SortOrder.class);
    /** Whether any article says when it was published, so the list gives dates a column. */
    private final boolean dated;
    private final Eta eta = new Eta();
    /** Annotations given all at once: linked once at the end rather than as they are published. */
    private volatile boolean knownUpFront;
    private volatile Listed listed;
    private final AtomicBoolean warmingUp = new AtomicBoolean();

    /** A library whose documents are not annotated yet: {@link #startAnnotating} or {@link #annotated} fills it. */
    public Library(List<Document> documents) {
        this(documents, "");
    }

    /** @param origin the paths the documents were read from, as the user named them, for "no articles in …" */
    public Library(List<Document> documents, String origin) {
        this(new HeapStorage(documents), origin);
    }

    /** A library over documents kept in {@code storage} (which it closes): on disk, it resumes earlier annotation. */
    public Library(CorpusStorage storage, String origin) {
        this.store = new CorpusStore(storage);
        this.origin = origin;
        for (SortOrder order : SortOrder.values()) columnMaking.put(order, new Object());
        this.dated = storage.hasDates();
        this.scheduler = new AnnotationScheduler(store, this::published);
        this.indexes = new CorpusIndexes(store.documents(), storage, store::annotationsSoFar, store::annotatedCount,
                () -> listeners.forEach(Listener::indexed), this::notice);
    }

    /** A library annotating its documents in the background (see {@link #startAnnotating}). */
    public static Library annotating(List<Document> documents, Annotator annotator, int threads) {
        Library library = new Library(documents);
        library.startAnnotating(annotator, threads);
        return library;
    }

    /** A library whose annotations are known already (one per document, index for index). */
    public static Library annotated(List<Document> documents, List<Annotation> annotations) {
        if (documents.size() != annotations.size()) throw new IllegalArgumentException("one annotation per document");
        Library library = new Library(documents);
        library.knownUpFront = true;
        for (int i = 0; i < documents.size(); i++) library.scheduler.publishKnown(i, annotations.get(i));
        library.indexes.linkNow();
        return library;
    }

    /**
     * Annotates every document on {@code threads} background threads, in order, except that
     * {@link #prioritize} moves a document to the front. Failed documents count as annotated with nothing found.
     */
    public void startAnnotating(Annotator annotator, int threads) {
        scheduler.startWhenShown(() -> annotator, threads);
        shown();
    }

    /**
     * Like {@link #startAnnotating}, but only once a view has drawn its first frame ({@link #shown}), and the
     * annotator is made only then: the first frame should wait neither for it nor behind the annotation threads.
     */
    public void startAnnotatingWhenShown(Supplier<Annotator> annotator, int threads) {
        scheduler.startWhenShown(annotator, threads);
    }

    /**
     * A view has drawn its first frame: in the background, the files are compared with the documents listed (a
     * warm start lists them without reading one) and what changed is applied, the annotations kept from an earlier
     * run are published at once, and when that makes every document annotated, the linking kept for them is published
     * (or computed and kept); then annotation asked for with {@link #startAnnotatingWhenShown} begins.
     */
    public void shown() {
        if (warmingUp.compareAndSet(false, true)) indexes.onIndexThread(this::warmUp);
    }

    private void warmUp() {
        CorpusStorage storage = store.storage();
        if (storage.checkFiles()) {
            scheduler.documentsChanged();
            indexes.documentsChanged();
            listeners.forEach(Listener::indexed);
        }
        BitSet stored = storage.storedAnnotations();
        if (!stored.isEmpty()) {
            scheduler.publishStored(stored);
            listeners.forEach(Listener::indexed);
        }
        scheduler.publishFailed(0);
        // Before the annotator is made (a second or two): a corpus annotated already needs none.
        indexes.restoreOrLink();
        scheduler.shown();
        // A first sort by date or title reads every summary (seconds at a million): done here, so S answers at once.
        sortColumn(SortOrder.DATE);
        sortColumn(SortOrder.TITLE);
    }

    /** Whether the document's file changed or went away since it was listed (it is shown no more). */
    public boolean isWithdrawn(int index) {
        return store.storage().isWithdrawn(index);
    }

    /** How many documents are withdrawn (see {@link CorpusStorage#withdrawnCount}). */
    int withdrawnCount() {
        return store.storage().withdrawnCount();
    }

    /**
     * Every document the unfiltered list shows (neither a copy nor withdrawn), in index order: made again only when
     * the documents, their copies or their withdrawals change, since testing each of a million documents at every Esc
     * took longer than a frame.
     */
    DocumentList listed() {
        Duplicates copies = duplicates();
        int size = size();
        int withdrawn = withdrawnCount();
        Listed known = listed;
        if (known == null || known.size() != size || known.copies() != copies || known.withdrawn() != withdrawn) {
            known = new Listed(size, copies, withdrawn, DocumentList.range(size, doc -> !copies.isCopy(doc) && !isWithdrawn(doc)));
            listed = known;
        }
        return known.documents();
    }

    /** The unfiltered list and what it was made from. */
    private record Listed(int size, Duplicates copies, int withdrawn, DocumentList documents) {
    }

    /** The document that replaced a withdrawn one (its file's new state), or -1. */
    public int replacementOf(int index) {
        return store.storage().replacementOf(index);
    }

    /** The documents in the order their files are read in (documents added later are not last there). */
    List<Integer> inCorpusOrder(List<Integer> documents) {
        return store.storage().inCorpusOrder(documents);
    }

    /** What a pane says when there is nothing to show: "no articles in PATH". */
    public String noArticles() {
        return origin.isEmpty() ? "no articles" : "no articles in " + origin;
    }

    public int size() {
        return store.size();
    }

    /** Each document's place in an order by date or title (see {@link SortOrder#column}), for every document. */
    int[] sortColumn(SortOrder order) {
        // Made once: S while the column is being made behind the first frame waits for it rather than making another.
        synchronized (columnMaking.get(order)) {
            int[] column = sortColumns.get(order);
            if (column == null || column.length != size()) {
                column = order.column(size(), store.storage()::forEachSummary);
                sortColumns.put(order, column);
            }
            return column;
        }
    }

    /** Whether any of the articles has a date. */
    public boolean hasDates() {
        return dated;
    }

    /** The document with its text (read from disk when the corpus is kept there). */
    public Document document(int index) {
        return store.document(index);
    }

    /** The document without the need of its text: title, id, source, failure, as a list shows it. */
    public Document summary(int index) {
        return store.summary(index);
    }

    /**
     * The document's annotation, or null while it is still being annotated; its entities typed as the latest linking
     * types their names across the corpus ({@link dev.lede.index.CorpusTypes}), so the sidebar, the reader and the
     * filters agree with the linked entities.
     */
    public Annotation annotation(int index) {
        return indexes.linked().entities().types().retyped(store.annotation(index));
    }

    /**
     * The document's entities of a listed type and its quotes, as the list shows and sorts them; null while it is not
     * annotated. Counted by the latest linking where it covers the document, so a screenful of rows, or a sort of a
     * million articles by quotes, reads no annotation from disk; else counted from the annotation.
     */
    public RowCounts rowCounts(int index) {
        RowCounts linked = indexes.linked().rowCounts(index);
        if (linked != null) return linked;
        Annotation a = annotation(index);
        if (a == null) return null;
        int listed = (int) a.entities().stream().filter(e -> e.type() != EntityType.OTHER).count();
        return new RowCounts(listed, a.quotes().size());
    }

    /** Why annotating the document failed, if it did. */
    public Optional<String> annotationFailure(int index) {
        return store.annotationFailure(index);
    }

    public int annotatedCount() {
        return store.annotatedCount();
    }

    /** Seconds until every document is annotated, at the rate of the last few seconds; empty until known. */
    public OptionalLong secondsLeft() {
        return eta.secondsLeft(store.annotatedCount(), store.size());
    }

    /** Annotate this document next (the one a user has just opened). */
    public void prioritize(int index) {
        scheduler.prioritize(index);
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** Tells every session (and those that start later) something they should show the user once. */
    public void notice(String notice) {
        notices.add(notice);
        for (Listener listener : listeners) listener.noticed(notice);
    }

    /** Every notice so far, for a session that has just started. */
    public List<String> notices() {
        return List.copyOf(notices);
    }

    /** The distinct articles that mention the filter's entity, as the latest linking has it, in corpus order. */
    public DocumentSet documentsMentioning(EntityFilter filter) {
        return new DocumentSet(corpusEntities().documentsOf(filter.key()));
    }

    /** The filter for the one entity a typed name means (see {@link CorpusEntities#lookup}); empty for none or several. */
    public Optional<EntityFilter> filterNamed(String name) {
        return corpusEntities().named(name).map(EntityFilter::of);
    }

    /**
     * The filter for a document's entity: the corpus entity the latest linking puts it in; before that linking
     * has seen the document, the key it will have where the entity alone decides it (its list fills in then).
     */
    public Optional<EntityFilter> filterFor(int document, Entity entity) {
        Annotation a = annotation(document);
        if (a == null) return Optional.empty();
        return corpusEntities().of(document, entity, a).map(EntityFilter::of)
                .or(() -> CorpusEntities.keyOf(entity).map(key -> new EntityFilter(entity.name(), key)));
    }

    /** Type-ahead over the linked entities' names (see {@link CorpusEntities#suggest}), precomputed when linked. */
    public List<CorpusEntity> suggestEntities(String typed, int limit) {
        return corpusEntities().suggest(typed, limit);
    }

    /**
     * Entities linked across the annotated documents ("Blair" here is "Tony Blair" there). A snapshot,
     * relinked in the background as annotations arrive (see {@link CorpusIndexes}); never waits.
     */
    public CorpusEntities corpusEntities() {
        return indexes.linked().entities();
    }

    /** Everyone quoted in the annotated documents, most quoted first, linked as {@link #corpusEntities()}. */
    public List<Speakers.Speaker> speakers() {
        return indexes.linked().speakers();
    }

    /** Whether articles have been annotated since the latest linking (which then follows in the background). */
    public boolean isLinkingBehind() {
        return indexes.isBehind(store.annotatedCount());
    }

    /** The overview of the whole corpus, charted when the latest linking finished. */
    Overview corpusOverview() {
        return indexes.linked().overview();
    }

    /** The articles that repeat others (found before the first linking; none until then): listed and counted once. */
    public Duplicates duplicates() {
        return indexes.duplicatesKnown();
    }

    /** Full-text search over every title and text, built in the background on first call. */
    public CompletableFuture<TextSearch> textSearch() {
        return indexes.search();
    }

    /** Stops the background annotation and indexing; sessions still read what has arrived. */
    @Override
    public void close() {
        scheduler.close();
        indexes.close();
        store.storage().close();
    }

    private void published(int doc, int annotatedSoFar) {
        eta.record(annotatedSoFar);
        for (Listener listener : listeners) listener.annotated(doc);
        if (!knownUpFront) indexes.arrived(annotatedSoFar, store.size());
    }
}
