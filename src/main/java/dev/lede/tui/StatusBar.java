package dev.lede.tui;

import dev.lede.model.BrowseMode;
import dev.lede.model.Eta;
import dev.lede.model.ConfirmMode;
import dev.lede.model.Keymap;
import dev.lede.model.PromptMode;
import dev.lede.model.SortOrder;
import dev.lede.model.SpeakerName;
import dev.lede.model.SpeakerQuotes;
import dev.lede.model.State;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The bottom row: document position, the entity filter, the current quote, search matches, annotation
 * progress, then a message or key hints. When the row is narrow the less important parts are shortened
 * first ({@link StatusParts}): a message, the quote and the matches stay. While a prompt is open it is the
 * prompt, with the entity suggestions just above it.
 */
final class StatusBar {

    /** What matters most when the row is short: a message (the answer to the last key), then these. */
    private static final int MESSAGE = 100;
    private static final int QUOTE = 90;
    private static final int SEARCH = 80;
    private static final int POSITION = 70;
    private static final int SORT = 50;
    private static final int FILTER = 40;
    private static final int PROGRESS = 30;
    private static final int HINTS = 0;
    /** Names are shortened to this many columns before they are left out. */
    private static final int SHORT_NAME = 12;

    /** @return the screen column of the prompt's cursor, or -1 when no prompt is open */
    int draw(Canvas canvas, Rect r, State state) {
        canvas.fill(r, Role.STATUS);
        if (state.mode() instanceof PromptMode prompt) return drawPrompt(canvas, r, prompt);
        if (state.mode() instanceof ConfirmMode confirm) {
            return Math.min(canvas.put(r.col(), r.row(), " " + confirm.question(state.keys()), Role.STATUS, r.right()), r.right() - 1);
        }
        String message = state.message();
        String tail = message.isEmpty() ? hints(state.keys()) : message;
        List<String> shown = StatusParts.fit(parts(state), tail, message.isEmpty() ? HINTS : MESSAGE, r.width());
        String status = String.join(StatusParts.SEPARATOR, shown);
        int col = canvas.put(r.col(), r.row(), Canvas.fit(" " + status, r.width()), Role.STATUS, r.right());
        if (col + StatusParts.SEPARATOR.length() < r.right()) {
            col = canvas.put(col, r.row(), StatusParts.SEPARATOR, Role.STATUS, r.right());
            canvas.put(col, r.row(), Canvas.fit(tail, r.right() - col), message.isEmpty() ? Role.STATUS : Role.MESSAGE, r.right());
        }
        return -1;
    }

    static List<StatusParts.Part> parts(State state) {
        List<StatusParts.Part> parts = new ArrayList<>();
        int total = state.library().size();
        parts.add(new StatusParts.Part(POSITION, state.openDocument() < 0 ? "0/" + total : (state.openDocument() + 1) + "/" + total));
        if (state.filter() != null) {
            String name = state.filter().name();
            int distinct = total - state.library().duplicates().copyCount();
            parts.add(new StatusParts.Part(FILTER, "filter: " + name + " " + state.visibleDocuments().size() + "/" + distinct + " documents",
                    "filter: " + name, "filter: " + Canvas.fit(name, SHORT_NAME), ""));
        }
        if (state.sortOrder() != SortOrder.PATH) {
            String order = state.sortOrder().label();
            parts.add(new StatusParts.Part(SORT, "sorted by " + order, "by " + order.split(",")[0], ""));
        }
        SpeakerQuotes speaker = state.speakerQuotes();
        if (speaker != null) {
            String position = "quote " + (speaker.current() + 1) + "/" + speaker.size();
            String name = speaker.speaker().name();
            parts.add(new StatusParts.Part(QUOTE, name + " " + position, Canvas.fit(name, SHORT_NAME) + " " + position, position));
        } else if (state.currentQuote() >= 0) {
            String position = "quote " + (state.currentQuote() + 1) + "/" + state.quotes().size();
            String name = SpeakerName.of(state.annotation(), state.quotes().get(state.currentQuote()));
            parts.add(name == null ? new StatusParts.Part(QUOTE, position)
                    : new StatusParts.Part(QUOTE, position + " " + name, position + " " + Canvas.fit(name, SHORT_NAME), position));
        }
        if (state.isCorpusSearchWaiting()) {
            parts.add(new StatusParts.Part(SEARCH, "building the search index…"));
        } else if (!state.search().isEmpty() || !state.corpusQuery().isEmpty()) {
            parts.add(new StatusParts.Part(SEARCH, state.matches().isEmpty() ? "no match" : "match " + (state.currentMatch() + 1) + "/" + state.matches().size()));
        }
        int annotated = state.library().annotatedCount();
        if (annotated < total) {
            String progress = "annotating " + annotated + "/" + total;
            OptionalLong left = state.library().secondsLeft();
            parts.add(left.isPresent() ? new StatusParts.Part(PROGRESS, progress + ", " + Eta.describe(left.getAsLong()), progress, "")
                    : new StatusParts.Part(PROGRESS, progress, ""));
        }
        return parts;
    }

    private static String hints(Keymap keys) {
        return keys.key(BrowseMode.Act.HELP) + " help  " + keys.key(BrowseMode.Act.NEXT_QUOTE) + keys.key(BrowseMode.Act.PREVIOUS_QUOTE) + " quotes  "
                + keys.key(BrowseMode.Act.SEARCH) + " search  " + keys.key(BrowseMode.Act.FILTER_ENTITY) + " filter  " + keys.key(BrowseMode.Act.QUIT) + " quit  "
                // Last, so a narrow screen cuts these rather than quit.
                + keys.key(BrowseMode.Act.OVERVIEW) + " overview  " + keys.key(BrowseMode.Act.SPEAKERS) + " speakers  " + keys.key(BrowseMode.Act.EXPORT) + " export";
    }

    /** The {@code f} pop-up: a box just above the prompt, clearing the panes it covers. */
    private static void drawSuggestions(Canvas canvas, Rect r, List<String> suggestions, int choice) {
        if (suggestions.isEmpty()) return;
        int height = Math.min(r.row(), suggestions.size() + 2);
        Rect inside = canvas.box(new Rect(r.col(), r.row() - height, Math.min(r.width(), 40), height), Role.OVERLAY, "entities");
        int first = Math.max(0, suggestions.size() - inside.height());
        for (int i = first; i < suggestions.size(); i++) {
            int row = inside.row() + i - first;
            Role role = i == choice ? Role.CURSOR_FOCUSED : Role.OVERLAY;
            int end = canvas.put(inside.col(), row, Canvas.fit(" " + suggestions.get(i), inside.width()), role, inside.right());
            canvas.pad(end, row, role, inside.right());
        }
    }

    private static int drawPrompt(Canvas canvas, Rect r, PromptMode prompt) {
        int col = canvas.put(r.col(), r.row(), " " + prompt.line(), Role.STATUS, r.right());
        List<String> suggestions = prompt.suggestions();
        if (prompt.kind().offersEntities()) {
            drawSuggestions(canvas, r, suggestions, prompt.choice());
            if (suggestions.isEmpty() && !prompt.text().isBlank()) {
                canvas.put(Math.min(col + 2, r.right()), r.row(), "(no such name)", Role.MESSAGE, r.right());
            }
        }
        return Math.min(col, r.right() - 1);
    }
}
