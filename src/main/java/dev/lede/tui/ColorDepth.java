package dev.lede.tui;

import java.util.Map;

/** How many colours the terminal shows, decided from the environment as the conventions say. */
public enum ColorDepth {
    /** NO_COLOR (non-empty) or TERM=dumb: attributes only (bold, reverse, underline). */
    NONE,
    ANSI16,
    INDEXED256,
    /** 24-bit, only when COLORTERM says truecolor or 24bit. */
    TRUE_COLOR;

    public static ColorDepth of(Map<String, String> env) {
        String noColor = env.get("NO_COLOR");
        String term = env.getOrDefault("TERM", "");
        String colorTerm = env.getOrDefault("COLORTERM", "");
        if (noColor != null && !noColor.isEmpty() || term.equals("dumb")) return NONE;
        if (colorTerm.equals("truecolor") || colorTerm.equals("24bit")) return TRUE_COLOR;
        if (term.contains("256color")) return INDEXED256;
        return ANSI16;
    }
}
