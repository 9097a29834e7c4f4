package dev.lede.tui;

import dev.lede.model.Action;
import dev.lede.model.Keymap;
import java.util.ArrayList;
import java.util.List;

/** The {@code ?} overlay: every action of the mode under it with the keys the active bindings give it, in one or two columns. */
final class HelpOverlay {

    private static final int KEY_COLUMN = 10;

    void draw(Canvas canvas, Rect screen, Keymap keys, List<? extends Action> actions) {
        List<String> lines = new ArrayList<>();
        for (Action a : actions) {
            String bound = String.join(" ", keys.keys(a));
            lines.add(String.format("%-" + KEY_COLUMN + "s %s", bound.isEmpty() ? "(none)" : bound, a.description()));
        }
        int available = Math.max(1, screen.height() - 4);
        int columns = lines.size() <= available ? 1 : 2;
        int perColumn = (lines.size() + columns - 1) / columns;
        int columnWidth = Math.min(40, (screen.width() - 2) / columns);
        int width = columnWidth * columns + 2;
        int height = Math.min(screen.height(), perColumn + 3);
        Rect box = new Rect(Math.max(0, (screen.width() - width) / 2), Math.max(0, (screen.height() - height) / 2),
                Math.min(width, screen.width()), height);
        canvas.fill(box, Role.OVERLAY);
        canvas.put(box.col() + 1, box.row(), "Keys — Esc or any key closes", Role.HEADING_FOCUSED, box.right());
        for (int i = 0; i < lines.size(); i++) {
            int row = box.row() + 2 + i % perColumn;
            int col = box.col() + 1 + (i / perColumn) * columnWidth;
            if (row < box.bottom()) canvas.put(col, row, Canvas.fit(lines.get(i), columnWidth - 1), Role.OVERLAY, box.right());
        }
    }
}
