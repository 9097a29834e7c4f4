package dev.lede.tui;

import dev.lede.model.BrowseMode;
import dev.lede.model.ConfirmMode;
import dev.lede.model.Keymap;
import dev.lede.model.PromptMode;
import dev.lede.model.SpeakerQuotes;
import dev.lede.model.State;
import dev.lede.nlp.Quote;
import java.util.ArrayList;
import java.util.List;

/**
 * The bottom row: document position, the entity filter, the current quote, search matches, annotation
 * progress, then a message or key hints. While a prompt is open it is the prompt, with the entity
 * suggestions just above it.
 */
final class StatusBar {

    private static final String SEPARATOR = " │ ";

    /** @return the screen column of the prompt's cursor, or -1 when no prompt is open */
    int draw(Canvas canvas, Rect r, State state) {
        canvas.fill(r, Role.STATUS);
        if (state.mode() instanceof PromptMode prompt) return drawPrompt(canvas, r, prompt);
        if (state.mode() instanceof ConfirmMode confirm) {
            return Math.min(canvas.put(r.col(), r.row(), " " + confirm.question(state.keys()), Role.STATUS, r.right()), r.right() - 1);
        }
        String status = String.join(SEPARATOR, parts(state));
        int col = canvas.put(r.col(), r.row(), Canvas.fit(" " + status, r.width()), Role.STATUS, r.right());
        String message = state.message();
        String tail = message.isEmpty() ? hints(state.keys()) : message;
        if (col + SEPARATOR.length() < r.right()) {
            col = canvas.put(col, r.row(), SEPARATOR, Role.STATUS, r.right());
            canvas.put(col, r.row(), Canvas.fit(tail, r.right() - col), message.isEmpty() ? Role.STATUS : Role.MESSAGE, r.right());
        }
        return -1;
    }

    static List<String> parts(State state) {
        List<String> parts = new ArrayList<>();
        int total = state.library().size();
        parts.add(state.openDocument() < 0 ? "0/" + total : (state.openDocument() + 1) + "/" + total);
        if (state.filter() != null) {
            parts.add("filter: " + state.filter().name() + " " + state.visibleDocuments().size() + "/" + total + " documents");
        }
        SpeakerQuotes speaker = state.speakerQuotes();
        if (speaker != null) {
            parts.add(speaker.speaker().name() + " quote " + (speaker.current() + 1) + "/" + speaker.size());
        } else if (state.currentQuote() >= 0) {
            Quote q = state.quotes().get(state.currentQuote());
            parts.add("quote " + (state.currentQuote() + 1) + "/" + state.quotes().size() + (q.speaker() == null ? "" : " " + q.speaker()));
        }
        if (!state.search().isEmpty() || !state.corpusQuery().isEmpty()) {
            parts.add(state.matches().isEmpty() ? "no match" : "match " + (state.currentMatch() + 1) + "/" + state.matches().size());
        }
        int annotated = state.library().annotatedCount();
        if (annotated < total) parts.add("annotating " + annotated + "/" + total);
        return parts;
    }

    private static String hints(Keymap keys) {
        return keys.key(BrowseMode.Act.HELP) + " help  " + keys.key(BrowseMode.Act.NEXT_QUOTE) + keys.key(BrowseMode.Act.PREVIOUS_QUOTE) + " quotes  "
                + keys.key(BrowseMode.Act.SEARCH) + " search  " + keys.key(BrowseMode.Act.FILTER_ENTITY) + " filter  " + keys.key(BrowseMode.Act.QUIT) + " quit  "
                // Last, so a narrow screen cuts these rather than quit.
                + keys.key(BrowseMode.Act.OVERVIEW) + " overview  " + keys.key(BrowseMode.Act.SPEAKERS) + " speakers  " + keys.key(BrowseMode.Act.EXPORT) + " export";
    }

    private static int drawPrompt(Canvas canvas, Rect r, PromptMode prompt) {
        int col = canvas.put(r.col(), r.row(), " " + prompt.line(), Role.STATUS, r.right());
        List<String> suggestions = prompt.suggestions();
        if (prompt.kind() == PromptMode.Kind.ENTITY) {
            int width = Math.min(r.width(), 40);
            for (int i = 0; i < suggestions.size() && r.row() - 1 - i >= 0; i++) {
                int row = r.row() - suggestions.size() + i;
                Role role = i == prompt.choice() ? Role.CURSOR_FOCUSED : Role.OVERLAY;
                int end = canvas.put(r.col(), row, Canvas.fit(" " + suggestions.get(i), width), role, r.col() + width);
                canvas.pad(end, row, role, r.col() + width);
            }
            if (suggestions.isEmpty() && !prompt.text().isBlank()) {
                canvas.put(Math.min(col + 2, r.right()), r.row(), "(no such name)", Role.MESSAGE, r.right());
            }
        }
        return Math.min(col, r.right() - 1);
    }
}
