package dev.lede.tui;

import dev.lede.model.Pane;

/** Pane headings and list scrolling, shared by the panes. */
final class Headings {

    private Headings() {
    }

    /** "1 Documents  extra", highlighted when the pane has the focus. */
    static void draw(Canvas canvas, Rect r, Pane pane, boolean focused, String extra) {
        if (r.isEmpty()) return;
        Role role = focused ? Role.HEADING_FOCUSED : Role.HEADING;
        String title = title(pane, extra);
        int end = canvas.put(r.col(), r.row(), Canvas.fit(title, r.width()), role, r.right());
        canvas.pad(end, r.row(), role, r.right());
    }

    /** " 1 Documents  extra " as drawn, before it is fitted to the pane. */
    static String title(Pane pane, String extra) {
        return " " + pane.number() + " " + pane.title() + (extra.isEmpty() ? "" : "  " + extra) + " ";
    }

    /** The first row to show so the cursor stays in view, near the middle once the list is longer than the pane. */
    static int firstVisible(int cursor, int size, int rows) {
        if (size <= rows) return 0;
        return Math.max(0, Math.min(cursor - rows / 2, size - rows));
    }
}
