package dev.lede.model;

/**
 * A list drawn over the panes (the overview's bars, the speakers): the browsing keys, a click on a row and the wheel
 * move its cursor alike, and the panes under it take no clicks while it is open.
 */
public sealed interface ListOverlay extends Mode permits OverviewMode, SpeakersMode {

    /** The chosen row. */
    int cursor();

    /** Moves the cursor by {@code rows}, kept inside the list. */
    void move(Draft draft, int rows);

    /** How far a moving key of the browser (j, k, page keys, g, G) moves a list's cursor. */
    static int rowsMoved(BrowseMode.Act key, Draft draft) {
        return switch (key) {
            case UP -> -1;
            case DOWN -> 1;
            case PAGE_UP -> -draft.page();
            case PAGE_DOWN -> draft.page();
            case TOP -> Integer.MIN_VALUE / 2;
            case BOTTOM -> Integer.MAX_VALUE / 2;
            default -> throw new IllegalArgumentException(key + " does not move a list");
        };
    }

    @Override
    default void click(Draft draft, Pane pane, int item) {
        if (pane == null && item >= 0) move(draft, item - cursor());
    }

    @Override
    default void wheel(Draft draft, Pane pane, int rows) {
        move(draft, rows);
    }
}
