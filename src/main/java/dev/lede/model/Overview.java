package dev.lede.model;

import dev.lede.index.CorpusEntities;
import dev.lede.index.CorpusEntity;
import dev.lede.nlp.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.IntStream;

/**
 * What the overview screen charts: the people, organizations and places named in the most documents,
 * across the corpus or within the listed documents, from the entities linked across the corpus.
 *
 * @param documents how many documents were counted ({@code within}, or the whole corpus)
 * @param linked    the linking it was counted from, so a newer one can be told apart
 * @param periods   the counted documents per month (or week), oldest first; empty when none has a date
 */
public record Overview(List<Section> sections, int documents, CorpusEntities linked, List<Timeline.Period> periods) {

    /** Bars per section at most; the view shows as many as fit. */
    static final int LIMIT = 20;

    /** One entity: its name and the number of counted documents that name it. */
    public record Bar(CorpusEntity entity, int documents) {

        /** The sidebar's filter by the same linked entity: it lists the articles the bar counted. */
        public EntityFilter filter() {
            return EntityFilter.of(entity);
        }
    }

    public record Section(EntityType type, String title, List<Bar> bars) {

        /** The longest bar's count, which fills a row. */
        public int max() {
            return bars.stream().mapToInt(Bar::documents).max().orElse(0);
        }
    }

    private static final List<EntityType> TYPES = List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);
    private static final List<String> TITLES = List.of("People", "Organizations", "Places");

    /**
     * @param within the documents to count (corpus order), or null for the whole corpus; documents
     *               annotated after {@code linked} was built are not counted yet
     * @param except the entities of the list's filter, left out so the chart shows who else appears with them (or null)
     * @param find   only the entities whose name contains the text found ({@code /} in the overview)
     */
    static Overview of(Library library, CorpusEntities linked, Collection<Integer> within, EntityFilters except, ListFind find) {
        Overview chart;
        int distinct = library.size() - library.duplicates().copyCount();
        if (within == null && except == null && find.isEmpty()) {
            Overview ready = library.corpusOverview();
            chart = ready.linked() == linked ? ready : ofCorpus(linked, distinct);
        } else {
            int[] counts = within == null ? linked.all().stream().mapToInt(CorpusEntity::documentCount).toArray()
                    : countWithin(linked, within);
            for (CorpusEntity e : linked.all()) {
                if (counts[e.id()] > 0 && (!find.matches(e.name()) || except != null && except.matches(e))) counts[e.id()] = 0;
            }
            chart = of(linked, counts, within == null ? distinct : within.size());
        }
        if (!library.hasDates()) return chart;
        List<Timeline.Period> periods = Timeline.of(library, within != null ? within : IntStream.range(0, library.size())
                .filter(doc -> !library.duplicates().isCopy(doc)).boxed().toList());
        return new Overview(chart.sections(), chart.documents(), linked, periods);
    }

    /** The chart of the whole corpus, made once per linking (when it finishes) so {@code o} opens at once. */
    static Overview ofCorpus(CorpusEntities linked, int distinctDocuments) {
        return of(linked, linked.all().stream().mapToInt(CorpusEntity::documentCount).toArray(), distinctDocuments);
    }

    private static Overview of(CorpusEntities linked, int[] counts, int documents) {
        List<Section> sections = new ArrayList<>();
        for (int t = 0; t < TYPES.size(); t++) {
            sections.add(new Section(TYPES.get(t), TITLES.get(t), top(linked, counts, TYPES.get(t))));
        }
        return new Overview(List.copyOf(sections), documents, linked, List.of());
    }

    /** Every shown bar in order, section after section, each section cut to {@code perSection}. */
    public List<Bar> bars(int perSection) {
        List<Bar> all = new ArrayList<>();
        for (Section s : sections) all.addAll(s.bars().subList(0, Math.min(perSection, s.bars().size())));
        return all;
    }

    /**
     * The same bar's index when each section shows {@code newPerSection} bars instead of
     * {@code perSection} (the window was resized, or first drawn): same section, same rank where it still shows.
     */
    public int reindex(int cursor, int perSection, int newPerSection) {
        int start = 0;
        int newStart = 0;
        for (Section s : sections) {
            int size = Math.min(perSection, s.bars().size());
            int newSize = Math.min(newPerSection, s.bars().size());
            if (cursor < start + size) return newStart + Math.min(cursor - start, Math.max(0, newSize - 1));
            start += size;
            newStart += newSize;
        }
        return Math.max(0, newStart - 1);
    }

    /**
     * Where Tab (direction 1) or Shift-Tab (-1) goes from bar {@code cursor}: the first bar of the next or
     * previous section that has any, round the end; sections cut to {@code perSection} as in {@link #bars}.
     */
    public int firstBarOfSection(int cursor, int perSection, int direction) {
        int[] firsts = new int[sections.size()];
        int[] sizes = new int[sections.size()];
        int here = 0;
        int start = 0;
        for (int s = 0; s < sections.size(); s++) {
            firsts[s] = start;
            sizes[s] = Math.min(perSection, sections.get(s).bars().size());
            if (cursor >= start && cursor < start + sizes[s]) here = s;
            start += sizes[s];
        }
        for (int step = 1; step <= sections.size(); step++) {
            int s = Math.floorMod(here + direction * step, sections.size());
            if (sizes[s] > 0) return firsts[s];
        }
        return cursor;
    }

    /** Documents per corpus entity id, each document counted once per entity. */
    private static int[] countWithin(CorpusEntities linked, Collection<Integer> within) {
        int[] counts = new int[linked.all().size()];
        int[] lastDocument = new int[counts.length];
        Arrays.fill(lastDocument, -1);
        for (int doc : within) {
            linked.forEachEntityId(doc, id -> {
                if (lastDocument[id] != doc) {
                    lastDocument[id] = doc;
                    counts[id]++;
                }
            });
        }
        return counts;
    }

    /** The {@link #LIMIT} bars of a type with the most documents (then mentions, then by name), kept in a small heap. */
    private static List<Bar> top(CorpusEntities linked, int[] counts, EntityType type) {
        Comparator<Bar> best = Comparator.comparingInt(Bar::documents)
                .thenComparingInt(b -> b.entity().mentions())
                .thenComparing(b -> b.entity().name(), Comparator.reverseOrder());
        PriorityQueue<Bar> kept = new PriorityQueue<>(best);
        for (CorpusEntity e : linked.all()) {
            if (e.type() != type || counts[e.id()] == 0) continue;
            if (kept.size() == LIMIT && counts[e.id()] < kept.peek().documents()) continue;
            kept.add(new Bar(e, counts[e.id()]));
            if (kept.size() > LIMIT) kept.poll();
        }
        List<Bar> bars = new ArrayList<>(kept);
        bars.sort(best.reversed());
        return List.copyOf(bars);
    }
}
