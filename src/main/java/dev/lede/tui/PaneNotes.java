package dev.lede.tui;

import dev.lede.model.Explorer;

/** What the sidebar panes say when they have nothing to list. */
final class PaneNotes {

    private PaneNotes() {
    }

    /** {@code none} once the open article is annotated, "annotating…" before, and "no articles in PATH" when there is none to open. */
    static String whyEmpty(Explorer explorer, String none) {
        if (explorer.openDocument() < 0) return explorer.library().noArticles();
        return explorer.isOpenDocumentAnnotated() ? none : "annotating…";
    }
}
