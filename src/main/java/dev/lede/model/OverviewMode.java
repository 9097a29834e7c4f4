package dev.lede.model;

import java.util.List;

/**
 * {@code o}: the chart of the most named people, organizations and places, over the panes.
 *
 * @param chart  what is charted
 * @param cursor the chosen bar's index in {@link Overview#bars} of the bars per section that fit
 * @param find   what {@code /} narrows the chart to: the entities whose name contains it
 */
public record OverviewMode(Overview chart, int cursor, ListFind find) implements ListOverlay {

    /** What a key does in the overview. */
    public enum Act implements Action {
        UP(BrowseMode.Act.UP, "previous bar"),
        DOWN(BrowseMode.Act.DOWN, "next bar"),
        PAGE_UP(BrowseMode.Act.PAGE_UP, "page up"),
        PAGE_DOWN(BrowseMode.Act.PAGE_DOWN, "page down"),
        TOP(BrowseMode.Act.TOP, "first bar"),
        BOTTOM(BrowseMode.Act.BOTTOM, "last bar"),
        NEXT_SECTION(BrowseMode.Act.NEXT_PANE, "next section"),
        PREVIOUS_SECTION(BrowseMode.Act.PREVIOUS_PANE, "previous section"),
        FILTER(BrowseMode.Act.OPEN, "filter by the bar's entity"),
        FIND(BrowseMode.Act.SEARCH, "find a name as you type"),
        CLOSE(BrowseMode.Act.CLEAR, "clear the find, else close"),
        TOGGLE(BrowseMode.Act.OVERVIEW, "close the overview"),
        SPEAKERS(BrowseMode.Act.SPEAKERS, "speakers instead"),
        NEXT_THEME(BrowseMode.Act.NEXT_THEME, "next theme"),
        HELP(BrowseMode.Act.HELP, "this help"),
        QUIT(BrowseMode.Act.QUIT, "quit (Ctrl-C too)");

        /** The browser's action on the same key. */
        private final BrowseMode.Act same;
        private final Binding binding;

        Act(BrowseMode.Act same, String description) {
            this.same = same;
            this.binding = same.binding().describedAs(description);
        }

        @Override
        public Binding binding() {
            return binding;
        }
    }

    /** Opens the chart of the listed articles (all of them without a filter or search). */
    static void open(Draft d) {
        d.mode = new OverviewMode(chart(d, ListFind.NONE), 0, ListFind.NONE);
        if (d.library.annotatedCount() < d.library.size()) d.say("overview of the articles annotated so far");
    }

    private static Overview chart(Draft d, ListFind find) {
        boolean narrowed = d.filter != null || !d.corpusQuery.isEmpty();
        return Overview.of(d.library, d.library.corpusEntities(), narrowed ? d.visible : null, d.filter, find);
    }

    @Override
    public void key(Draft d, String name) {
        ListFind typed = find.typed(name);
        if (typed != null) {
            finding(d, typed);
            return;
        }
        d.dispatch(Act.class, name, "in the overview (" + d.keys().key(Act.CLOSE) + " closes)", act -> perform(d, act));
    }

    @Override
    public List<Act> actions() {
        return List.of(Act.values());
    }

    private void perform(Draft d, Act act) {
        Runnable action = switch (act) {
            case UP, DOWN, PAGE_UP, PAGE_DOWN, TOP, BOTTOM -> () -> move(d, ListOverlay.rowsMoved(act.same, d));
            case NEXT_SECTION -> () -> d.mode = at(chart.firstBarOfSection(cursor, d.overviewRows, 1));
            case PREVIOUS_SECTION -> () -> d.mode = at(chart.firstBarOfSection(cursor, d.overviewRows, -1));
            case FILTER -> () -> filter(d);
            case FIND -> () -> finding(d, new ListFind(find.text(), true));
            case CLOSE -> () -> {
                if (find.isEmpty()) d.mode = new BrowseMode();
                else finding(d, ListFind.NONE);
            };
            case TOGGLE -> () -> d.mode = new BrowseMode();
            case SPEAKERS -> () -> SpeakersMode.open(d);
            case NEXT_THEME -> () -> BrowseMode.nextTheme(d);
            case HELP -> () -> d.mode = new HelpMode(this);
            case QUIT -> () -> d.quit = true;
        };
        action.run();
    }

    private OverviewMode at(int bar) {
        return new OverviewMode(chart, bar, find);
    }

    /** The chart of the names containing the text found; the cursor goes to the first bar when the text changed. */
    private void finding(Draft d, ListFind newFind) {
        boolean same = newFind.text().equals(find.text());
        d.mode = new OverviewMode(same ? chart : chart(d, newFind), same ? cursor : 0, newFind);
    }

    @Override
    public void move(Draft d, int delta) {
        d.mode = at(Draft.clamp(cursor + (long) delta, chart.bars(d.overviewRows).size()));
    }

    /** Enter on a bar: filters by its entity, as Enter in the sidebar does. */
    private void filter(Draft d) {
        List<Overview.Bar> bars = chart.bars(d.overviewRows);
        d.mode = new BrowseMode();
        if (!bars.isEmpty()) d.filterBy(bars.get(Draft.clamp(cursor, bars.size())).filter());
    }

    /** As many bars per section as fit: the cursor stays on its bar where that bar is still shown. */
    @Override
    public void laid(Draft d, int rows) {
        if (rows != d.overviewRows) d.mode = at(Draft.clamp(chart.reindex(cursor, d.overviewRows, rows), chart.bars(rows).size()));
    }

    @Override
    public void indexesRebuilt(Draft d) {
        if (chart.linked() != d.library.corpusEntities()) d.mode = new OverviewMode(chart(d, find), cursor, find);
    }
}
