package dev.lede.tui;

import com.googlecode.lanterna.TerminalSize;

/**
 * Where each pane goes. From 100 columns: documents | reader | entities over quotes. Narrower: the
 * document list is a band across the top and the sidebar is a column right of the reader, so all four
 * panes stay visible and usable down to 80×24. The status bar is always the bottom row.
 */
record Layout(Rect documents, Rect reader, Rect entities, Rect quotes, Rect status, boolean wide) {

    static final int WIDE = 100;
    /** Below this the reader is too narrow or short to read in, and the screen asks for a bigger window. */
    static final int MIN_COLUMNS = 40;
    static final int MIN_ROWS = 10;

    static boolean fits(TerminalSize size) {
        return size.getColumns() >= MIN_COLUMNS && size.getRows() >= MIN_ROWS;
    }

    static Layout of(TerminalSize size) {
        int w = size.getColumns();
        int h = size.getRows();
        int paneHeight = Math.max(0, h - 1);
        Rect status = new Rect(0, h - 1, w, 1);
        if (w >= WIDE) {
            int side = Math.max(28, w * 25 / 100);
            // The reader up to a comfortable line length; the list takes the rest, so long titles show when there is room.
            int readerMost = Math.min(100, Math.max(48, w * 40 / 100));
            int docs = Math.max(Math.max(24, w * 27 / 100), w - side - 2 - readerMost);
            int reader = w - docs - side - 2;
            Rect sidebar = new Rect(docs + 1 + reader + 1, 0, side, paneHeight);
            return new Layout(new Rect(0, 0, docs, paneHeight), new Rect(docs + 1, 0, reader, paneHeight),
                    top(sidebar), bottom(sidebar), status, true);
        }
        int band = Math.min(8, Math.max(3, paneHeight / 4));
        int side = Math.min(30, Math.max(16, w * 36 / 100));
        int below = Math.max(0, paneHeight - band);
        Rect sidebar = new Rect(w - side, band, side, below);
        return new Layout(new Rect(0, 0, w, band), new Rect(0, band, Math.max(0, w - side - 1), below),
                top(sidebar), bottom(sidebar), status, false);
    }

    /** {@code z}: the reader takes every row above the status bar; the other panes are not drawn. */
    static Layout zoomed(TerminalSize size) {
        Rect none = new Rect(0, 0, 0, 0);
        return new Layout(none, new Rect(0, 0, size.getColumns(), Math.max(0, size.getRows() - 1)), none, none,
                new Rect(0, size.getRows() - 1, size.getColumns(), 1), false);
    }

    private static Rect top(Rect r) {
        return new Rect(r.col(), r.row(), r.width(), r.height() - r.height() / 2);
    }

    private static Rect bottom(Rect r) {
        int upper = r.height() - r.height() / 2;
        return new Rect(r.col(), r.row() + upper, r.width(), r.height() / 2);
    }
}
