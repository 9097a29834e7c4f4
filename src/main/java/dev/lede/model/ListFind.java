package dev.lede.model;

import java.util.Locale;

/**
 * {@code /} in a long list (the speakers, the overview): the text typed so far, which narrows the list to the
 * names containing it (any case), and whether keys still type into it. While typing, a character key types
 * (bound or not), Backspace erases, Enter keeps the text and gives the keys back, Esc drops it; the arrows
 * still move.
 *
 * @param typing whether character keys type into the text
 */
public record ListFind(String text, boolean typing) {

    static final ListFind NONE = new ListFind("", false);

    /** What a key does to the text while typing: the text after it, or null when the key is not for the text. */
    ListFind typed(String key) {
        if (!typing) return null;
        return switch (key) {
            case "Backspace" -> text.isEmpty() ? this : new ListFind(text.substring(0, text.offsetByCodePoints(text.length(), -1)), true);
            case "Space" -> new ListFind(text + " ", true);
            case "Enter" -> new ListFind(text, false);
            case "Esc" -> NONE;
            default -> key.codePointCount(0, key.length()) == 1 ? new ListFind(text + key, true) : null;
        };
    }

    boolean isEmpty() {
        return text.isBlank();
    }

    /** Whether a name contains the text typed (any case); every name does while nothing is typed. */
    boolean matches(String name) {
        return isEmpty() || name.toLowerCase(Locale.ROOT).contains(text.strip().toLowerCase(Locale.ROOT));
    }
}
