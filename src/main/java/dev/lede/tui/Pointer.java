package dev.lede.tui;

import com.googlecode.lanterna.input.MouseAction;
import com.googlecode.lanterna.input.MouseActionType;
import dev.lede.model.HelpMode;
import dev.lede.model.ListOverlay;
import dev.lede.model.Message;
import dev.lede.model.Mode;
import dev.lede.model.OverviewMode;
import dev.lede.model.Pane;
import dev.lede.model.SpeakersMode;
import dev.lede.model.State;

/**
 * What a mouse event means on the frame last drawn: a click on a pane's row or an overlay's, or the wheel over
 * one. It reads the positions the views draw at, so a click lands on the row the reader sees there.
 */
final class Pointer {

    /** Rows the wheel moves per notch. */
    static final int WHEEL_ROWS = 3;

    private Pointer() {
    }

    /** @return the message, or null for a mouse event that means nothing here (a release, a move, off the panes) */
    static Message of(MouseAction mouse, State state, Layout layout, Rect panes) {
        int x = mouse.getPosition().getColumn();
        int y = mouse.getPosition().getRow();
        Mode mode = state.mode();
        boolean overlay = mode instanceof ListOverlay;
        switch (mouse.getActionType()) {
            case CLICK_DOWN -> {
                if (mode instanceof OverviewMode o) return new Message.Click(null, OverviewView.barAt(panes, state, o, x, y));
                if (mode instanceof SpeakersMode s) return new Message.Click(null, SpeakersView.itemAt(panes, s, x, y));
                if (mode instanceof HelpMode) return null;
                Pane pane = paneAt(layout, x, y);
                return pane == null ? null : new Message.Click(pane, itemAt(state, layout, pane, y));
            }
            case SCROLL_UP, SCROLL_DOWN -> {
                int direction = mouse.getActionType() == MouseActionType.SCROLL_UP ? -1 : 1;
                // An overlay's cursor moves a bar or a name a notch; a pane scrolls a few rows.
                if (overlay) return new Message.Wheel(null, direction);
                Pane pane = paneAt(layout, x, y);
                return pane == null || mode instanceof HelpMode ? null : new Message.Wheel(pane, direction * WHEEL_ROWS);
            }
            default -> {
                return null;
            }
        }
    }

    private static Pane paneAt(Layout layout, int x, int y) {
        for (Pane pane : Pane.values()) {
            Rect r = rect(layout, pane);
            if (!r.isEmpty() && x >= r.col() && x < r.right() && y >= r.row() && y < r.bottom()) return pane;
        }
        return null;
    }

    private static int itemAt(State state, Layout layout, Pane pane, int y) {
        Rect r = rect(layout, pane);
        return switch (pane) {
            case DOCUMENTS -> DocumentsView.itemAt(state, r, y);
            case ENTITIES -> EntitiesView.itemAt(state, r, y);
            case QUOTES -> QuotesView.itemAt(state, r, y);
            case READER -> -1;
        };
    }

    private static Rect rect(Layout layout, Pane pane) {
        return switch (pane) {
            case DOCUMENTS -> layout.documents();
            case READER -> layout.reader();
            case ENTITIES -> layout.entities();
            case QUOTES -> layout.quotes();
        };
    }
}
