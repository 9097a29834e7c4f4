package dev.lede.ssh;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What the log line of one connection says: filled in as the connection goes (key at authentication, terminal when
 * the session starts, the ending when it is known) and written once when the connection closes.
 */
final class ConnectionRecord {

    private static final int MAX_FIELD = 100;

    private final Instant started;
    private final String remote;
    private volatile String keyFingerprint;
    private volatile String term;
    private volatile String size;
    private volatile String ending;

    ConnectionRecord(Instant started, String remote) {
        this.started = started;
        this.remote = remote;
    }

    void authenticatedWith(String fingerprint) {
        keyFingerprint = fingerprint;
    }

    void terminal(String term, String size) {
        this.term = term;
        this.size = size;
    }

    void resized(String size) {
        this.size = size;
    }

    /** The first reason wins: a session ended for idleness still reads "idle" when its client then hangs up. */
    synchronized void ended(String reason) {
        if (ending == null) {
            ending = reason;
        }
    }

    /**
     * A line written when something is refused, at once rather than at close: who tried (address, user, key) and what
     * was refused. {@code key} is the fingerprint of the key offered, or null for the one logged in with.
     */
    String refusal(Instant now, String user, String key, String what) {
        return String.format("%s %s user=%s key=%s refused: %s", now.truncatedTo(ChronoUnit.SECONDS), remote, word(user),
                word(key != null ? key : keyFingerprint), printable(what));
    }

    String keyFingerprint() {
        return keyFingerprint;
    }

    /** @param user who logged in, or null when nobody did */
    String line(Instant closed, String user) {
        String reason = ending != null ? ending
                : term != null ? "disconnected" // the connection went while its terminal session still ran
                : user != null ? "closed without a terminal" : "not authenticated";
        return String.format("%s %s user=%s key=%s term=%s %s %s ended: %s",
                started.truncatedTo(ChronoUnit.SECONDS), remote, word(user), word(keyFingerprint), word(term),
                word(size), human(Duration.between(started, closed)), printable(reason));
    }

    /** 45s, 1m12s, 30m, 2h03m: short enough to scan a log by eye, and the way --idle-timeout is written. */
    static String human(Duration duration) {
        long seconds = Math.max(0, duration.getSeconds());
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return seconds % 60 == 0 ? seconds / 60 + "m" : String.format("%dm%02ds", seconds / 60, seconds % 60);
        }
        long minutes = seconds % 3600 / 60;
        return minutes == 0 ? seconds / 3600 + "h" : String.format("%dh%02dm", seconds / 3600, minutes);
    }

    /** One field of the line: the user name, TERM and a refused command come from the client, so they are tamed. */
    private static String word(String value) {
        return value == null || value.isBlank() ? "-" : printable(value).replace(' ', '?');
    }

    /**
     * Nothing that could forge or hide part of a log line: control characters, line and paragraph separators
     * (U+2028, U+2029), bidi overrides (U+202E) and every other invisible or unassigned character are written as
     * {@code \\uXXXX}, a backslash as two; and nothing longer than a line should be.
     */
    static String printable(String value) {
        StringBuilder shown = new StringBuilder();
        value.codePoints().limit(MAX_FIELD).forEach(c -> {
            if (c == '\\') {
                shown.append("\\\\");
            } else if (isPrintable(c)) {
                shown.appendCodePoint(c);
            } else {
                shown.append(String.format(c > 0xFFFF ? "\\U%06X" : "\\u%04X", c));
            }
        });
        return value.codePointCount(0, value.length()) > MAX_FIELD ? shown + "…" : shown.toString();
    }

    private static boolean isPrintable(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> false;
            default -> true;
        };
    }
}
