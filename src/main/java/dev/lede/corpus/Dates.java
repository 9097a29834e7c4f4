package dev.lede.corpus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Publication dates as files write them, turned into ISO 8601: a date stays a date ({@code 2016-11-08}), a time
 * keeps its offset ({@code 2016-11-08T14:30:00-05:00}, UTC as {@code Z}), a time without a zone stays without one.
 * A date Lede cannot read is left out rather than guessed.
 */
final class Dates {

    private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    /** ISO with the zone written every way sites write it: Z, +05:00, +0500, +05, or none. */
    private static final DateTimeFormatter ISO_LIKE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT);
    /** Written-out dates of English-language sites and feeds. */
    private static final List<DateTimeFormatter> WRITTEN = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            english("EEE, d MMM uuuu HH:mm[:ss] zzz"),
            english("MMMM d, uuuu"), english("MMM d, uuuu"), english("MMM. d, uuuu"),
            english("d MMMM uuuu"), english("d MMM uuuu"), english("EEEE d MMMM uuuu"), english("EEEE, d MMMM uuuu"),
            english("uuuu/MM/dd"));
    private static final Pattern EPOCH = Pattern.compile("\\d{9,13}");
    private static final Pattern SPACE_BEFORE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2})");
    /** 2016-11-08T14:30:00 +0100 and 2016-11-08T14:30:00 UTC: the zone after a space. */
    private static final Pattern SPACE_BEFORE_ZONE = Pattern.compile("(\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?) (?:UTC|GMT)?([+-]\\d{2}:?\\d{2})?$");

    private Dates() {
    }

    /** The date in ISO 8601, or null when the text is not a date Lede can read. */
    static String iso(String text) {
        if (text == null || text.isBlank()) return null;
        String raw = text.strip();
        if (EPOCH.matcher(raw).matches()) {
            long value = Long.parseLong(raw);
            Instant instant = raw.length() >= 12 ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
            return WITH_OFFSET.format(instant.atOffset(ZoneOffset.UTC));
        }
        String isoish = SPACE_BEFORE_TIME.matcher(raw).replaceFirst("$1T$2");
        isoish = SPACE_BEFORE_ZONE.matcher(isoish).replaceFirst(m -> m.group(1) + (m.group(2) == null ? "Z" : m.group(2)));
        try {
            TemporalAccessor parsed = ISO_LIKE.parseBest(isoish, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
            return format(parsed);
        } catch (DateTimeParseException notIso) {
            // try the written-out forms below
        }
        for (DateTimeFormatter written : WRITTEN) {
            try {
                return format(written.parseBest(raw, ZonedDateTime::from, LocalDate::from));
            } catch (DateTimeParseException notThisOne) {
                // next form
            }
        }
        return null;
    }

    private static String format(TemporalAccessor parsed) {
        if (parsed instanceof OffsetDateTime time) return WITH_OFFSET.format(time);
        if (parsed instanceof ZonedDateTime time) return WITH_OFFSET.format(time.toOffsetDateTime());
        if (parsed instanceof LocalDateTime time) return LOCAL.format(time);
        return DateTimeFormatter.ISO_LOCAL_DATE.format((LocalDate) parsed);
    }

    private static DateTimeFormatter english(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }
}
