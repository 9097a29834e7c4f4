package dev.lede.tui;

import dev.lede.model.Action;
import dev.lede.model.Keymap;
import java.util.ArrayList;
import java.util.List;

/** The {@code ?} overlay: every action of the mode under it with the keys the active bindings give it, in one or two columns. */
final class HelpOverlay {

    private static final int KEY_COLUMN = 10;
    static final String TITLE = "Keys — Esc or any key closes";

    void draw(Canvas canvas, Rect screen, Keymap keys, List<? extends Action> actions) {
        List<String> lines = new ArrayList<>();
        for (Action a : actions) {
            String bound = String.join(" ", keys.keys(a));
            lines.add(String.format("%-" + KEY_COLUMN + "s %s", bound.isEmpty() ? "(none)" : bound, a.description()));
        }
        // Inside the border: a blank column each side, so text beside the box never runs into it.
        int available = Math.max(1, screen.height() - 2);
        int columns = lines.size() <= available ? 1 : 2;
        int perColumn = (lines.size() + columns - 1) / columns;
        int columnWidth = Math.min(40, (screen.width() - 4) / columns);
        int width = Math.min(screen.width(), columnWidth * columns + 4);
        int height = Math.min(screen.height(), perColumn + 2);
        Rect box = new Rect(Math.max(0, (screen.width() - width) / 2), Math.max(0, (screen.height() - height) / 2), width, height);
        Rect inside = canvas.box(box, Role.OVERLAY, TITLE);
        for (int i = 0; i < lines.size(); i++) {
            int row = inside.row() + i % perColumn;
            int col = inside.col() + 1 + (i / perColumn) * columnWidth;
            if (row < inside.bottom()) canvas.put(col, row, Canvas.fit(lines.get(i), columnWidth - 1), Role.OVERLAY, inside.right() - 1);
        }
    }
}
