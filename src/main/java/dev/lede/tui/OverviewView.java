package dev.lede.tui;

import dev.lede.model.Keymap;
import dev.lede.model.Overview;
import dev.lede.model.OverviewMode;
import dev.lede.model.State;
import dev.lede.model.Timeline;
import dev.lede.nlp.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code o} screen: the corpus's (or the listed documents') most named people, organizations and
 * places as horizontal bars of block characters, in three columns when the width allows, else stacked.
 * Each bar is as long as its document count against the longest in its section, to an eighth of a cell.
 */
final class OverviewView {

    private static final String EIGHTHS = " ▏▎▍▌▋▊▉";
    private static final int MIN_COLUMN = 24;
    /** Narrower than this, a bar goes under its name rather than beside it, so names are not cut short. */
    private static final int BESIDE = 40;
    private static final Map<EntityType, Role> ROLES = Map.of(EntityType.PERSON, Role.PERSON,
            EntityType.ORGANIZATION, Role.ORGANIZATION, EntityType.LOCATION, Role.PLACE);

    void draw(Canvas canvas, Rect area, State state, OverviewMode mode) {
        Overview overview = mode.chart();
        if (area.isEmpty()) return;
        canvas.fill(area, Role.TEXT);
        boolean listed = state.filter() != null || !state.corpusQuery().isEmpty();
        String scope = listed ? "the " + overview.documents() + " listed articles" : "all " + overview.documents() + " articles";
        // Under an entity filter the chart leaves those entities out: it shows who else appears with them.
        if (state.filter() != null) scope += " · who else is with " + state.filter().name();
        String title = " Overview of " + scope + Finding.shown(mode.find()) + " · " + hints(state.keys()) + " ";
        int end = canvas.put(area.col(), area.row(), Canvas.fit(title, area.width()), Role.HEADING_FOCUSED, area.right());
        canvas.pad(end, area.row(), Role.HEADING_FOCUSED, area.right());

        List<Overview.Section> sections = overview.sections();
        Grid grid = Grid.of(area, slots(overview));
        int columnWidth = grid.columnWidth();
        int stacked = grid.stacked();
        int top = grid.top();
        int sectionHeight = grid.sectionHeight();
        int rowsPerBar = grid.rowsPerBar();
        int rows = state.overviewRows();

        int barIndex = 0;
        for (int s = 0; s < sections.size(); s++) {
            Overview.Section section = sections.get(s);
            int col = area.col() + (s / stacked) * columnWidth;
            int row = top + (s % stacked) * sectionHeight;
            Rect box = new Rect(col, row, columnWidth - 1, Math.min(rows * rowsPerBar + 1, area.bottom() - row));
            drawSection(canvas, box, section, rows, mode.cursor() - barIndex);
            barIndex += Math.min(rows, section.bars().size());
        }
        if (!overview.periods().isEmpty()) {
            int s = sections.size();
            int col = area.col() + (s / stacked) * columnWidth;
            int row = top + (s % stacked) * sectionHeight;
            drawPeriods(canvas, new Rect(col, row, columnWidth - 1, Math.min(rows * rowsPerBar + 1, area.bottom() - row)), overview.periods(), rows);
        }
    }

    /** The sections, and the chart of when when some article has a date. */
    static int slots(Overview overview) {
        return overview.sections().size() + (overview.periods().isEmpty() ? 0 : 1);
    }

    /** Articles per month (or week), the latest that fit, oldest at the top. */
    private static void drawPeriods(Canvas canvas, Rect box, List<Timeline.Period> periods, int rows) {
        if (box.isEmpty()) return;
        boolean weekly = periods.get(0).label().contains("W");
        canvas.put(box.col() + 1, box.row(), Canvas.fit(weekly ? "When (per week)" : "When (per month)", box.width() - 1), Role.HEADING, box.right());
        boolean beside = box.width() >= BESIDE;
        int rowsPerBar = beside ? 1 : 2;
        List<Timeline.Period> shown = periods.subList(Math.max(0, periods.size() - rows), periods.size());
        int max = shown.stream().mapToInt(Timeline.Period::documents).max().orElse(0);
        int countWidth = String.valueOf(max).length();
        int labelWidth = periods.get(0).label().length();
        int barWidth = Math.max(1, beside ? box.width() - labelWidth - countWidth - 4 : box.width() - 2);
        for (int i = 0; i < shown.size() && box.row() + 1 + i * rowsPerBar < box.bottom(); i++) {
            Timeline.Period p = shown.get(i);
            int y = box.row() + 1 + i * rowsPerBar;
            canvas.put(box.col() + 1, y, p.label(), Role.TEXT, box.right());
            String count = String.valueOf(p.documents());
            canvas.put(box.right() - count.length(), y, count, Role.DIM, box.right());
            if (p.documents() == 0) continue;
            int barRow = beside ? y : y + 1;
            int barCol = beside ? box.col() + 2 + labelWidth : box.col() + 1;
            if (barRow < box.bottom()) canvas.put(barCol, barRow, bar(p.documents(), max, barWidth), Role.EMPHASIS, box.right());
        }
    }

    /** The index in {@link Overview#bars} of the bar drawn at ({@code x}, {@code y}), or -1 off the bars. */
    static int barAt(Rect area, State state, OverviewMode mode, int x, int y) {
        List<Overview.Section> sections = mode.chart().sections();
        Grid grid = Grid.of(area, slots(mode.chart()));
        int rows = state.overviewRows();
        int barIndex = 0;
        for (int s = 0; s < sections.size(); s++) {
            int col = area.col() + (s / grid.stacked()) * grid.columnWidth();
            int row = grid.top() + (s % grid.stacked()) * grid.sectionHeight();
            int shown = Math.min(rows, sections.get(s).bars().size());
            int rowsPerBar = grid.columnWidth() - 1 >= BESIDE ? 1 : 2;
            int bar = (y - row - 1) / rowsPerBar;
            if (x >= col && x < col + grid.columnWidth() - 1 && y > row && bar < shown) return barIndex + bar;
            barIndex += shown;
        }
        return -1;
    }

    /** Bars per section that fit in {@code area}: the layout step passes it to the model before the frame is drawn. */
    static int rows(Rect area, int sections) {
        Grid grid = Grid.of(area, sections);
        return Math.max(1, (grid.sectionHeight() - (grid.stacked() > 1 ? 2 : 1)) / grid.rowsPerBar());
    }

    /** How the sections are laid out: in columns when the width allows, else stacked. */
    private record Grid(int columnWidth, int stacked, int top, int sectionHeight, int rowsPerBar) {
        static Grid of(Rect area, int sections) {
            int columns = Math.max(1, Math.min(sections, area.width() / MIN_COLUMN));
            int stacked = Math.max(1, (sections + columns - 1) / columns);
            int columnWidth = area.width() / columns;
            int top = area.row() + 2;
            return new Grid(columnWidth, stacked, top, Math.max(2, (area.bottom() - top) / stacked), columnWidth - 1 < BESIDE ? 2 : 1);
        }
    }

    private static String hints(Keymap keys) {
        return keys.key(OverviewMode.Act.DOWN) + "/" + keys.key(OverviewMode.Act.UP) + " bar · " + keys.key(OverviewMode.Act.NEXT_SECTION)
                + " section · " + keys.key(OverviewMode.Act.FILTER) + " filters · " + keys.key(OverviewMode.Act.FIND) + " finds · "
                + keys.key(OverviewMode.Act.CLOSE) + " closes";
    }

    /** @param cursor the chosen bar's index within this section (outside it when another section has it) */
    private static void drawSection(Canvas canvas, Rect box, Overview.Section section, int rows, int cursor) {
        if (box.isEmpty()) return;
        int end = canvas.put(box.col() + 1, box.row(), Canvas.fit(section.title(), box.width() - 1), Role.HEADING, box.right());
        // What the numbers count, over the count column.
        String unit = "articles";
        if (end + 1 + unit.length() <= box.right()) canvas.put(box.right() - unit.length(), box.row(), unit, Role.DIM, box.right());
        List<Overview.Bar> bars = section.bars();
        if (bars.isEmpty()) {
            canvas.put(box.col() + 1, box.row() + 1, "none yet", Role.DIM, box.right());
            return;
        }
        int max = section.max();
        int countWidth = String.valueOf(max).length();
        boolean beside = box.width() >= BESIDE;
        // Beside: " name  ████▌  12"; else the name and count on one row and the bar under it.
        int nameWidth = beside ? (box.width() - countWidth - 3) * 2 / 5 : box.width() - countWidth - 2;
        int barWidth = Math.max(1, beside ? box.width() - 1 - nameWidth - 1 - countWidth - 1 : box.width() - 2);
        Role type = ROLES.get(section.type());
        int rowsPerBar = beside ? 1 : 2;
        for (int i = 0; i < Math.min(rows, bars.size()) && box.row() + 1 + i * rowsPerBar < box.bottom(); i++) {
            Overview.Bar bar = bars.get(i);
            int y = box.row() + 1 + i * rowsPerBar;
            Role role = i == cursor ? Role.CURSOR_FOCUSED : type;
            int col = canvas.put(box.col(), y, i == cursor ? "▶" : " ", role, box.right());
            String name = Canvas.fit(bar.entity().name(), nameWidth);
            col = canvas.put(col, y, name, role, box.right());
            if (beside) {
                canvas.pad(col, y, role, box.col() + 1 + nameWidth);
                canvas.put(box.col() + 2 + nameWidth, y, bar(bar.documents(), max, barWidth), type, box.right());
            } else {
                canvas.pad(col, y, role, box.right() - countWidth - 1);
                if (y + 1 < box.bottom()) canvas.put(box.col() + 1, y + 1, bar(bar.documents(), max, barWidth), type, box.right());
            }
            String count = String.valueOf(bar.documents());
            canvas.put(box.right() - count.length(), y, count, i == cursor ? role : Role.DIM, box.right());
        }
    }

    /** {@code count} of {@code max} as up to {@code width} cells of █, ending in a partial block; never empty. */
    static String bar(int count, int max, int width) {
        long eighths = max <= 0 ? 0 : Math.max(1, Math.round(count * 8.0 * width / max));
        StringBuilder s = new StringBuilder("█".repeat((int) (eighths / 8)));
        if (eighths % 8 > 0) s.append(EIGHTHS.charAt((int) (eighths % 8)));
        return s.toString();
    }
}
