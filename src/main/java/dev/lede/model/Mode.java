package dev.lede.model;

import java.util.List;

/**
 * What is on top of the panes, and so what a key does: browsing the panes, a prompt, a yes/no question,
 * the help, the overview or the speakers. Each mode is one file with its actions (keys and help text) and
 * its handler; a mode's data (a prompt's text, the overview's cursor) lives in the mode's record.
 */
public sealed interface Mode permits BrowseMode, PromptMode, ConfirmMode, HelpMode, ListOverlay {

    /** Handles a key by name: the action it is bound to in this mode, or a word on why nothing happened. */
    void key(Draft draft, String name);

    /** The actions this mode binds, in the order the help lists them. */
    List<? extends Action> actions();

    /** The layout of the next frame is known (the overview re-fits its cursor to the bars that fit). */
    default void laid(Draft draft, int overviewRows) {
    }

    /** A corpus-wide index was rebuilt (an open overview or list of speakers is renewed). */
    default void indexesRebuilt(Draft draft) {
    }

    /** A click on a pane's row, or (pane null) on a row of this mode's overlay; -1 off any row. Nothing, by default. */
    default void click(Draft draft, Pane pane, int item) {
    }

    /** The wheel over a pane, or (pane null) over this mode's overlay. Nothing, by default. */
    default void wheel(Draft draft, Pane pane, int rows) {
    }
}
