package dev.lede.tui;

import dev.lede.model.Explorer;
import dev.lede.model.Prompt;
import dev.lede.model.SpeakerQuotes;
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
    int draw(Canvas canvas, Rect r, Explorer explorer, KeyBindings keys) {
        canvas.fill(r, Role.STATUS);
        Prompt prompt = explorer.prompt();
        if (prompt != null) return drawPrompt(canvas, r, explorer, prompt);
        String status = String.join(SEPARATOR, parts(explorer));
        int col = canvas.put(r.col(), r.row(), Canvas.fit(" " + status, r.width()), Role.STATUS, r.right());
        String message = explorer.message();
        String tail = message.isEmpty() ? hints(keys) : message;
        if (col + SEPARATOR.length() < r.right()) {
            col = canvas.put(col, r.row(), SEPARATOR, Role.STATUS, r.right());
            canvas.put(col, r.row(), Canvas.fit(tail, r.right() - col), message.isEmpty() ? Role.STATUS : Role.MESSAGE, r.right());
        }
        return -1;
    }

    static List<String> parts(Explorer explorer) {
        List<String> parts = new ArrayList<>();
        int total = explorer.library().size();
        parts.add(explorer.openDocument() < 0 ? "0/" + total : (explorer.openDocument() + 1) + "/" + total);
        if (explorer.filter() != null) {
            parts.add("filter: " + explorer.filter().name() + " " + explorer.visibleDocuments().size() + "/" + total + " documents");
        }
        SpeakerQuotes speaker = explorer.speakerQuotes();
        if (speaker != null) {
            parts.add(speaker.speaker().name() + " quote " + (speaker.current() + 1) + "/" + speaker.size());
        } else if (explorer.currentQuote() >= 0) {
            Quote q = explorer.quotes().get(explorer.currentQuote());
            parts.add("quote " + (explorer.currentQuote() + 1) + "/" + explorer.quotes().size() + (q.speaker() == null ? "" : " " + q.speaker()));
        }
        if (!explorer.search().isEmpty() || !explorer.corpusQuery().isEmpty()) {
            parts.add(explorer.matches().isEmpty() ? "no match" : "match " + (explorer.currentMatch() + 1) + "/" + explorer.matches().size());
        }
        int annotated = explorer.library().annotatedCount();
        if (annotated < total) parts.add("annotating " + annotated + "/" + total);
        return parts;
    }

    private static String hints(KeyBindings keys) {
        return keys.key(Action.HELP) + " help  " + keys.key(Action.NEXT_QUOTE) + keys.key(Action.PREVIOUS_QUOTE) + " quotes  "
                + keys.key(Action.SEARCH) + " search  " + keys.key(Action.FILTER_ENTITY) + " filter  " + keys.key(Action.QUIT) + " quit  "
                // Last, so a narrow screen cuts these rather than quit.
                + keys.key(Action.OVERVIEW) + " overview  " + keys.key(Action.SPEAKERS) + " speakers  " + keys.key(Action.EXPORT) + " export";
    }

    private static int drawPrompt(Canvas canvas, Rect r, Explorer explorer, Prompt prompt) {
        String line = " " + prompt.kind().line(prompt.text());
        int col = canvas.put(r.col(), r.row(), line, Role.STATUS, r.right());
        List<String> suggestions = explorer.suggestions();
        if (prompt.kind() == Prompt.Kind.ENTITY) {
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
