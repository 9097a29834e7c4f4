package dev.lede.tui;

import dev.lede.corpus.Document;
import dev.lede.model.State;
import dev.lede.model.Pane;
import dev.lede.model.RowCounts;
import java.util.List;

/** The document list: title, then entity and quote counts, or why the file is not an article. */
final class DocumentsView {

    void draw(Canvas canvas, Rect r, State state) {
        if (r.isEmpty()) return;
        List<Integer> visible = state.visibleDocuments();
        int total = state.library().size() - state.library().duplicates().copyCount();
        String count = visible.size() == total ? String.valueOf(total) : visible.size() + "/" + total;
        Headings.draw(canvas, r, Pane.DOCUMENTS, state.focus() == Pane.DOCUMENTS, heading(count, state.corpusQuery(), r.width()));
        Rect body = r.body();
        canvas.fill(body, Role.TEXT);
        if (visible.isEmpty()) {
            canvas.put(body.col() + 1, body.row(), state.filter() != null ? "no article mentions it yet" : state.library().noArticles(), Role.DIM, body.right());
            return;
        }
        int first = Headings.firstVisible(state.documentCursor(), visible.size(), body.height());
        for (int i = 0; i < body.height() && first + i < visible.size(); i++) {
            int index = visible.get(first + i);
            boolean atCursor = first + i == state.documentCursor();
            Role role = atCursor ? (state.focus() == Pane.DOCUMENTS ? Role.CURSOR_FOCUSED : Role.CURSOR) : Role.TEXT;
            drawRow(canvas, body, body.row() + i, state, index, role);
        }
    }

    /** The index in the list of the document drawn on screen row {@code y}, or -1 off the rows. */
    static int itemAt(State state, Rect r, int y) {
        Rect body = r.body();
        int size = state.visibleDocuments().size();
        int item = Headings.firstVisible(state.documentCursor(), size, body.height()) + y - body.row();
        return y < body.row() || y >= body.bottom() || item >= size ? -1 : item;
    }

    /** The count, and the search's query in as many words as fit: "search: QUERY", else "/QUERY", the query kept whole the longest. */
    private static String heading(String count, String query, int width) {
        if (query.isEmpty()) return count;
        int room = width - Canvas.width(Headings.title(Pane.DOCUMENTS, "")) - 2;
        for (String form : new String[] {count + "  search: " + query, count + "  /" + query}) {
            if (Canvas.width(form) <= room) return form;
        }
        return "/" + query;
    }

    /** Where the list is this wide and some article has a date, the date gets a column before the counts. */
    static final int DATE_COLUMN_FROM = 50;
    private static final int DATE_WIDTH = 10;

    private static void drawRow(Canvas canvas, Rect body, int row, State state, int index, Role role) {
        Document d = state.library().summary(index);
        boolean dates = state.library().hasDates() && body.width() >= DATE_COLUMN_FROM;
        String marker = index == state.openDocument() ? "▶" : " ";
        String counts;
        Role countsRole;
        if (d.isFailed()) {
            counts = "✗ " + d.failure();
            countsRole = Role.FAILED;
        } else {
            counts = counts(state.library().rowCounts(index), state.library().annotationFailure(index).orElse(null));
            countsRole = counts.startsWith("✗") ? Role.FAILED : Role.DIM;
            int copies = state.library().duplicates().copiesOf(index).size();
            if (copies > 0) counts = "×" + (copies + 1) + " " + counts;
        }
        int countsWidth = Math.min(Canvas.width(counts), Math.max(0, body.width() / 2));
        int titleEnd = body.right() - countsWidth - 1 - (dates ? DATE_WIDTH + 1 : 0);
        int col = canvas.put(body.col(), row, marker, role, titleEnd);
        col = canvas.put(col, row, Canvas.fit(d.title().isBlank() ? d.id() : d.title(), titleEnd - col), role, titleEnd);
        canvas.pad(col, row, role, titleEnd + 1);
        int countsCol = titleEnd + 1;
        if (dates) {
            String date = d.origin().date() == null ? "" : d.origin().date().substring(0, Math.min(DATE_WIDTH, d.origin().date().length()));
            col = canvas.put(countsCol, row, date, role == Role.TEXT ? Role.DIM : role, countsCol + DATE_WIDTH);
            canvas.pad(col, row, role, countsCol + DATE_WIDTH + 1);
            countsCol += DATE_WIDTH + 1;
        }
        canvas.put(countsCol, row, Canvas.fit(counts, countsWidth), role == Role.TEXT ? countsRole : role, body.right());
    }

    /** "5e 2q" (entities, quotes), "…" while annotating. */
    private static String counts(RowCounts counts, String failure) {
        if (failure != null) return "✗ " + failure;
        if (counts == null) return "…";
        return counts.entities() + "e " + counts.quotes() + "q";
    }
}
