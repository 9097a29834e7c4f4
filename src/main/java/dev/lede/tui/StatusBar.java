package dev.lede.tui;

import dev.lede.model.Explorer;
import dev.lede.model.Prompt;
import dev.lede.model.SpeakerName;
import dev.lede.model.SpeakerQuotes;
import java.util.ArrayList;
import java.util.List;

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
    private static final int FILTER = 40;
    private static final int PROGRESS = 30;
    private static final int HINTS = 0;
    /** Names are shortened to this many columns before they are left out. */
    private static final int SHORT_NAME = 12;

    /** @return the screen column of the prompt's cursor, or -1 when no prompt is open */
    int draw(Canvas canvas, Rect r, Explorer explorer, KeyBindings keys) {
        canvas.fill(r, Role.STATUS);
        Prompt prompt = explorer.prompt();
        if (prompt != null) return drawPrompt(canvas, r, explorer, prompt);
        String message = explorer.message();
        String tail = message.isEmpty() ? hints(keys) : message;
        List<String> shown = StatusParts.fit(parts(explorer), tail, message.isEmpty() ? HINTS : MESSAGE, r.width());
        String status = String.join(StatusParts.SEPARATOR, shown);
        int col = canvas.put(r.col(), r.row(), Canvas.fit(" " + status, r.width()), Role.STATUS, r.right());
        if (col + StatusParts.SEPARATOR.length() < r.right()) {
            col = canvas.put(col, r.row(), StatusParts.SEPARATOR, Role.STATUS, r.right());
            canvas.put(col, r.row(), Canvas.fit(tail, r.right() - col), message.isEmpty() ? Role.STATUS : Role.MESSAGE, r.right());
        }
        return -1;
    }

    static List<StatusParts.Part> parts(Explorer explorer) {
        List<StatusParts.Part> parts = new ArrayList<>();
        int total = explorer.library().size();
        parts.add(new StatusParts.Part(POSITION, explorer.openDocument() < 0 ? "0/" + total : (explorer.openDocument() + 1) + "/" + total));
        if (explorer.filter() != null) {
            String name = explorer.filter().name();
            parts.add(new StatusParts.Part(FILTER, "filter: " + name + " " + explorer.visibleDocuments().size() + "/" + total + " documents",
                    "filter: " + name, "filter: " + Canvas.fit(name, SHORT_NAME), ""));
        }
        SpeakerQuotes speaker = explorer.speakerQuotes();
        if (speaker != null) {
            String position = "quote " + (speaker.current() + 1) + "/" + speaker.size();
            String name = speaker.speaker().name();
            parts.add(new StatusParts.Part(QUOTE, name + " " + position, Canvas.fit(name, SHORT_NAME) + " " + position, position));
        } else if (explorer.currentQuote() >= 0) {
            String position = "quote " + (explorer.currentQuote() + 1) + "/" + explorer.quotes().size();
            String name = SpeakerName.of(explorer.annotation(), explorer.quotes().get(explorer.currentQuote()));
            parts.add(name == null ? new StatusParts.Part(QUOTE, position)
                    : new StatusParts.Part(QUOTE, position + " " + name, position + " " + Canvas.fit(name, SHORT_NAME), position));
        }
        if (explorer.isCorpusSearchWaiting()) {
            parts.add(new StatusParts.Part(SEARCH, "building the search index…"));
        } else if (!explorer.search().isEmpty() || !explorer.corpusQuery().isEmpty()) {
            parts.add(new StatusParts.Part(SEARCH, explorer.matches().isEmpty() ? "no match" : "match " + (explorer.currentMatch() + 1) + "/" + explorer.matches().size()));
        }
        int annotated = explorer.library().annotatedCount();
        if (annotated < total) parts.add(new StatusParts.Part(PROGRESS, "annotating " + annotated + "/" + total, ""));
        return parts;
    }

    private static String hints(KeyBindings keys) {
        return keys.key(Action.HELP) + " help  " + keys.key(Action.NEXT_QUOTE) + keys.key(Action.PREVIOUS_QUOTE) + " quotes  "
                + keys.key(Action.SEARCH) + " search  " + keys.key(Action.FILTER_ENTITY) + " filter  " + keys.key(Action.QUIT) + " quit  "
                // Last, so a narrow screen cuts these rather than quit.
                + keys.key(Action.OVERVIEW) + " overview  " + keys.key(Action.SPEAKERS) + " speakers  " + keys.key(Action.EXPORT) + " export";
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

    private static int drawPrompt(Canvas canvas, Rect r, Explorer explorer, Prompt prompt) {
        String line = " " + prompt.kind().line(prompt.text());
        int col = canvas.put(r.col(), r.row(), line, Role.STATUS, r.right());
        List<String> suggestions = explorer.suggestions();
        if (prompt.kind() == Prompt.Kind.ENTITY) {
            drawSuggestions(canvas, r, suggestions, prompt.choice());
            if (suggestions.isEmpty() && !prompt.text().isBlank()) {
                canvas.put(Math.min(col + 2, r.right()), r.row(), "(no such name)", Role.MESSAGE, r.right());
            }
        }
        return Math.min(col, r.right() - 1);
    }
}
