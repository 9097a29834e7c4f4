package dev.lede.tui;

import dev.lede.model.Explorer;
import java.util.EnumSet;
import java.util.Set;

/**
 * The keys the overview ({@code o}) and the speakers ({@code s}) answer while one is open over the panes. Any
 * other key is refused with a word rather than acting unseen on the panes behind.
 */
final class CorpusViewKeys {

    private static final Set<Action> BOTH = EnumSet.of(Action.UP, Action.DOWN, Action.PAGE_UP, Action.PAGE_DOWN,
            Action.TOP, Action.BOTTOM, Action.OPEN, Action.CLEAR, Action.OVERVIEW, Action.SPEAKERS, Action.NEXT_THEME,
            Action.HELP, Action.QUIT);
    /** Tab and Shift-Tab go from section to section of the overview. */
    private static final Set<Action> OVERVIEW_ONLY = EnumSet.of(Action.NEXT_PANE, Action.PREVIOUS_PANE);

    private CorpusViewKeys() {
    }

    /** "the overview" or "the speakers" while one is open, else null. */
    static String openView(Explorer explorer) {
        if (explorer.overview() != null) return "the overview";
        return explorer.speakers() != null ? "the speakers" : null;
    }

    /** Whether {@code action} acts now: always with no corpus view open, else only when the view uses it. */
    static boolean acts(Explorer explorer, Action action) {
        if (explorer.overview() != null) return BOTH.contains(action) || OVERVIEW_ONLY.contains(action);
        return explorer.speakers() == null || BOTH.contains(action);
    }
}
