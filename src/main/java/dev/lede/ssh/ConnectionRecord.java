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

    /** No control characters (a newline would forge a log line) and nothing longer than a line should be. */
    private static String printable(String value) {
        String shown = value.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return shown.length() > MAX_FIELD ? shown.substring(0, MAX_FIELD) + "…" : shown;
    }
}
