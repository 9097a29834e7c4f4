package dev.lede.tui;

import dev.lede.model.State;

/** What the sidebar panes say when they have nothing to list. */
final class PaneNotes {

    private PaneNotes() {
    }

    /** {@code none} once the open article is annotated, "annotating…" before, and "no articles in PATH" when there is none to open. */
    static String whyEmpty(State state, String none) {
        if (state.openDocument() < 0) return state.library().noArticles();
        return state.isOpenDocumentAnnotated() ? none : "annotating…";
    }
}
