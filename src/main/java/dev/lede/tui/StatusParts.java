package dev.lede.tui;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits the status bar's parts into one row. Each part has a priority and shorter forms; while the row is too
 * wide, the least important part still able to shrink takes its next form (the last form may be "": left out).
 * The tail (a message, or the key hints) is what is left of the row, and a message outranks every part.
 */
final class StatusParts {

    static final String SEPARATOR = " │ ";

    /** @param forms longest first; each shorter than the one before */
    record Part(int priority, List<String> forms) {
        Part(int priority, String... forms) {
            this(priority, List.of(forms));
        }
    }

    private StatusParts() {
    }

    /**
     * The forms to show, in the parts' order (left-out ones dropped): shortened until they fit in {@code width}
     * columns, and further, while {@code tailPriority} outranks them, until {@code tail} fits beside them.
     */
    static List<String> fit(List<Part> parts, String tail, int tailPriority, int width) {
        int[] chosen = new int[parts.size()];
        shrink(parts, chosen, "", Integer.MAX_VALUE, width);
        shrink(parts, chosen, tail, tailPriority, width);
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String form = parts.get(i).forms().get(chosen[i]);
            if (!form.isEmpty()) shown.add(form);
        }
        return shown;
    }

    /** Takes the next form of the least important part below {@code below} until the row fits or none can shrink. */
    private static void shrink(List<Part> parts, int[] chosen, String tail, int below, int width) {
        while (width(parts, chosen, tail) > width) {
            int least = -1;
            for (int i = 0; i < parts.size(); i++) {
                Part p = parts.get(i);
                boolean canShrink = chosen[i] + 1 < p.forms().size() && p.priority() < below;
                if (canShrink && (least < 0 || p.priority() < parts.get(least).priority())) least = i;
            }
            if (least < 0) return;
            chosen[least]++;
        }
    }

    /** Columns of " part │ part │ tail" (without a tail, of " part │ part"). */
    private static int width(List<Part> parts, int[] chosen, String tail) {
        int w = 1;
        for (int i = 0; i < parts.size(); i++) {
            String form = parts.get(i).forms().get(chosen[i]);
            if (!form.isEmpty()) w += Canvas.width(form) + SEPARATOR.length();
        }
        return tail.isEmpty() ? w - SEPARATOR.length() : w + Canvas.width(tail);
    }
}
