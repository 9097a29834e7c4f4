package dev.lede.model;

import java.util.List;

/**
 * {@code s}: everyone quoted in the corpus, over the panes; Enter puts a speaker's quotes in the navigator.
 *
 * @param all      every speaker, most quoted first
 * @param find     what {@code /} narrows the list to
 * @param speakers the speakers shown: those of {@code all} whose name contains the text found
 * @param cursor   the chosen speaker's index in {@code speakers}
 */
public record SpeakersMode(List<Speakers.Speaker> all, ListFind find, List<Speakers.Speaker> speakers, int cursor) implements ListOverlay {

    /** What a key does in the list of speakers. */
    public enum Act implements Action {
        UP(BrowseMode.Act.UP, "previous speaker"),
        DOWN(BrowseMode.Act.DOWN, "next speaker"),
        PAGE_UP(BrowseMode.Act.PAGE_UP, "page up"),
        PAGE_DOWN(BrowseMode.Act.PAGE_DOWN, "page down"),
        TOP(BrowseMode.Act.TOP, "first speaker"),
        BOTTOM(BrowseMode.Act.BOTTOM, "last speaker"),
        LIST_QUOTES(BrowseMode.Act.OPEN, "lists their quotes"),
        FIND(BrowseMode.Act.SEARCH, "find a name as you type"),
        CLOSE(BrowseMode.Act.CLEAR, "clears the find, else closes"),
        TOGGLE(BrowseMode.Act.SPEAKERS, "closes the speakers"),
        OVERVIEW(BrowseMode.Act.OVERVIEW, "overview instead"),
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

    /** Opens the list on the speaker being walked, if any, so s Enter returns to them. */
    static void open(Draft d) {
        List<Speakers.Speaker> speakers = d.library.speakers();
        int cursor = d.speakerQuotes == null ? 0 : Math.max(0, speakers.indexOf(d.speakerQuotes.speaker()));
        d.mode = new SpeakersMode(speakers, ListFind.NONE, speakers, cursor);
        if (speakers.isEmpty()) d.say(d.library.annotatedCount() < d.library.size() ? "no quotes found yet" : "no quotes in these articles");
    }

    /** The list narrowed to {@code newFind}, the cursor on the same speaker where it is still shown. */
    private SpeakersMode finding(ListFind newFind) {
        List<Speakers.Speaker> shown = all.stream().filter(s -> newFind.matches(s.name())).toList();
        int kept = cursor < speakers.size() ? shown.indexOf(speakers.get(cursor)) : -1;
        return new SpeakersMode(all, newFind, shown, Math.max(0, kept));
    }

    @Override
    public void key(Draft d, String name) {
        ListFind typed = find.typed(name);
        if (typed != null) {
            d.mode = finding(typed);
            return;
        }
        d.dispatch(Act.class, name, "in the speakers (" + d.keys().key(Act.CLOSE) + " closes)", act -> perform(d, act));
    }

    @Override
    public List<Act> actions() {
        return List.of(Act.values());
    }

    private void perform(Draft d, Act act) {
        Runnable action = switch (act) {
            case UP, DOWN, PAGE_UP, PAGE_DOWN, TOP, BOTTOM -> () -> move(d, ListOverlay.rowsMoved(act.same, d));
            case LIST_QUOTES -> () -> choose(d);
            case FIND -> () -> d.mode = finding(new ListFind(find.text(), true));
            case CLOSE -> () -> d.mode = find.isEmpty() ? new BrowseMode() : finding(ListFind.NONE);
            case TOGGLE -> () -> d.mode = new BrowseMode();
            case OVERVIEW -> () -> OverviewMode.open(d);
            case NEXT_THEME -> () -> BrowseMode.nextTheme(d);
            case HELP -> () -> d.mode = new HelpMode(this);
            case QUIT -> () -> d.quit = true;
        };
        action.run();
    }

    @Override
    public void move(Draft d, int delta) {
        d.mode = new SpeakersMode(all, find, speakers, Draft.clamp(cursor + (long) delta, speakers.size()));
    }

    /** The speaker's quotes across the corpus go to the quote navigator, which takes the focus. */
    private void choose(Draft d) {
        d.mode = new BrowseMode();
        if (speakers.isEmpty()) return;
        d.speakerQuotes = new SpeakerQuotes(speakers.get(Draft.clamp(cursor, speakers.size())));
        d.focus = Pane.QUOTES;
        Reading.goToSpeakerQuote(d, 0);
    }

    @Override
    public void indexesRebuilt(Draft d) {
        List<Speakers.Speaker> now = d.library.speakers();
        if (now != all) d.mode = new SpeakersMode(now, find, speakers, cursor).finding(find);
    }
}
