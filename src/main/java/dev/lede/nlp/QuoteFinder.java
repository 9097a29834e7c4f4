package dev.lede.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks: straight and curly, double and single, guillemets, and two apostrophes standing
 * for one double mark (''…'', as some US papers print them). Apostrophes inside words never close a quote;
 * a closing curly mark placed the wrong way round opens a quote where only an opening mark makes sense; a
 * quote left open at the end of a paragraph ends there, and the next paragraph that opens with a mark
 * continues it.
 */
final class QuoteFinder {

    /** Characters between a pair of marks; {@code continued} when it carries on the quote before it. */
    record Span(int start, int end, boolean continued) {
    }

    private enum Kind { DOUBLE, SINGLE }

    private static final int MAX_QUOTE = 6000;

    List<Span> find(String text) {
        List<Span> out = new ArrayList<>();
        Kind open = null;
        int openAt = -1;
        boolean continued = false;
        boolean carryOver = false; // the previous quote ran to the end of its paragraph unclosed
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && open != null && isParagraphBreak(text, i)) {
                int end = trimEnd(text, openAt, i);
                if (end > openAt) out.add(new Span(openAt, end, continued));
                open = null;
                carryOver = true;
                continue;
            }
            if (open != null && i - openAt > MAX_QUOTE) {
                // A stray mark: give up on it and look again from just after it.
                i = openAt;
                open = null;
                continue;
            }
            int width = isDoubledApostrophe(text, i) ? 2 : 1;
            Kind kind = width == 2 ? Kind.DOUBLE : kindOf(c);
            if (kind == null) continue;
            if (open == null) {
                if (opens(text, i, width, kind)) {
                    open = kind;
                    openAt = i + width;
                    i += width - 1;
                    continued = carryOver && startsParagraph(text, i);
                    carryOver = false;
                } else if (!Character.isWhitespace(c) && c != '\'' && c != '\u2019') {
                    carryOver = false;
                }
                continue;
            }
            if (kind != open) continue; // a quote inside a quote belongs to the outer one
            if (closes(text, i, width, kind)) {
                if (i > openAt) out.add(new Span(openAt, i, continued));
                open = null;
                carryOver = false;
                i += width - 1;
            } else if (kind == Kind.DOUBLE && opens(text, i, width, kind) && c == '"' && endsThought(text, openAt, i)) {
                // '"…services... "What they say' — the writer reopened without closing: a new quote, same speaker.
                int end = trimEnd(text, openAt, i);
                if (end > openAt) out.add(new Span(openAt, end, continued));
                openAt = i + 1;
                continued = true;
            }
        }
        if (open != null) {
            int end = trimEnd(text, openAt, text.length());
            if (end > openAt && text.length() - openAt <= MAX_QUOTE) out.add(new Span(openAt, end, continued));
        }
        return out;
    }

    /**
     * Where the headline ends: the first line, when a blank line follows it and it is short enough to be
     * one; else 0. Headlines quote people in single marks ("Obama calls trend 'terrifying'").
     */
    static int headlineEnd(String text) {
        int end = text.indexOf('\n');
        if (end < 0 || end > 300 || !isParagraphBreak(text, end)) return 0;
        return end;
    }

    private static Kind kindOf(char c) {
        return switch (c) {
            case '"', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> Kind.DOUBLE;
            case '\'', '\u2018', '\u2019', '\u2039', '\u203A' -> Kind.SINGLE;
            default -> null;
        };
    }

    /** Two straight apostrophes not inside a word ("the players'' union" never happens; ''Yes,'' does). */
    private static boolean isDoubledApostrophe(String text, int i) {
        return text.charAt(i) == '\'' && text.startsWith("''", i) && !text.startsWith("'''", i); // asked of every character
    }

    private static boolean opens(String text, int i, int width, Kind kind) {
        char c = text.charAt(i);
        char before = i > 0 ? text.charAt(i - 1) : '\n';
        char after = i + width < text.length() ? text.charAt(i + width) : '\n';
        // "“ … what I learned": a quote may open on an ellipsis standing for the words left out.
        boolean wordFollows = !Character.isWhitespace(after) || text.startsWith(" \u2026", i + width);
        if (!wordFollows) return false;
        // Wrong way round: a closing mark after a space or opening a paragraph, right before a word.
        if (c == '\u201D') return Character.isWhitespace(before);
        if (c == '\u00BB' || c == '\u203A') return false;
        if (width == 2) return !Character.isLetterOrDigit(before);
        if (kind == Kind.SINGLE) {
            if (Character.isLetterOrDigit(before)) return false; // It's, Iran's, rock'n'roll
            if (c == '\'' || c == '\u2019') {
                if (!Character.isLetter(after)) return false; // '90s and other elisions start with a digit
            }
            if (ClippedWord.follows(text, i)) return false; // 'cause, 'til, 'em
        }
        if (c == '\u201C' || c == '\u2018' || c == '\u00AB' || c == '\u201E' || c == '\u2039') return true;
        return Character.isWhitespace(before) || "([{-\u2014\u2013:/>".indexOf(before) >= 0 || i == 0;
    }

    private static boolean closes(String text, int i, int width, Kind kind) {
        char c = text.charAt(i);
        char before = i > 0 ? text.charAt(i - 1) : '\n';
        char after = i + width < text.length() ? text.charAt(i + width) : '\n';
        if (c == '\u201C' || c == '\u2018' || c == '\u00AB' || c == '\u201E') return false;
        if (Character.isWhitespace(before) && !Character.isWhitespace(after)) return false;
        if (kind == Kind.SINGLE) {
            if (Character.isLetterOrDigit(after)) return false; // an apostrophe inside a word
        }
        return true;
    }

    /** Does the open quote end like a finished sentence, so that a fresh opening mark starts a new one? */
    private static boolean endsThought(String text, int openAt, int i) {
        int j = i - 1;
        while (j > openAt && Character.isWhitespace(text.charAt(j))) j--;
        char last = text.charAt(j);
        return j > openAt && (last == '.' || last == '?' || last == '!' || last == '\u2026' || last == ',');
    }

    private static boolean isParagraphBreak(String text, int newline) {
        int j = newline + 1;
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) j++;
        // A blank line always breaks; a single line break does when the next line opens with a mark or ends the text.
        return j >= text.length() || text.charAt(j) == '\n' || kindOf(text.charAt(j)) != null;
    }

    private static boolean startsParagraph(String text, int i) {
        int j = i - 1;
        while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\t' || text.charAt(j) == '\r')) j--;
        return j < 0 || text.charAt(j) == '\n';
    }

    private static int trimEnd(String text, int from, int to) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
        return to;
    }
}
