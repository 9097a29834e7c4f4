package dev.lede.tui;

/** A rectangle of screen cells. */
record Rect(int col, int row, int width, int height) {

    boolean isEmpty() {
        return width <= 0 || height <= 0;
    }

    int right() {
        return col + width;
    }

    int bottom() {
        return row + height;
    }

    /** The rectangle below its first row (a pane's body under its heading). */
    Rect body() {
        return new Rect(col, row + 1, width, Math.max(0, height - 1));
    }
}
