package dev.lede.tui;

import java.util.Locale;

/** What a piece of the screen is, so a theme can style it. The JSON name is the camelCase form. */
public enum Role {
    TEXT, DIM, HEADING, HEADING_FOCUSED, CURSOR, CURSOR_FOCUSED, PERSON, ORGANIZATION, PLACE, OTHER,
    EMPHASIS, QUOTE, CURRENT_QUOTE, MATCH, CURRENT_MATCH, STATUS, MESSAGE, FAILED, OVERLAY;

    /** e.g. {@code currentQuote} */
    public String jsonName() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder s = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) s.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        return s.toString();
    }
}
