package dev.lede.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * When the listed articles were published: how many per month, in order with the empty months between, so
 * "when was this person in the news" reads off the overview. Dates spanning less than three months are
 * counted per ISO week instead. Articles without a date are not counted.
 */
public final class Timeline {

    /** Months or weeks at most: the latest are kept. */
    static final int LIMIT = 240;

    /** One month ("2005-03") or ISO week ("2005-W09") and the articles dated in it. */
    public record Period(String label, int documents) {
    }

    private Timeline() {
    }

    static List<Period> of(Library library, Collection<Integer> documents) {
        List<LocalDate> dates = new ArrayList<>();
        for (int doc : documents) {
            String date = library.summary(doc).origin().date();
            if (date == null || date.length() < 10) continue;
            try {
                dates.add(LocalDate.parse(date.substring(0, 10)));
            } catch (DateTimeParseException outOfRange) {
                // a year Lede writes otherwise (beyond 9999) is left out of the chart, as an undated article is
            }
        }
        if (dates.isEmpty()) return List.of();
        LocalDate first = dates.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = dates.stream().max(LocalDate::compareTo).orElseThrow();
        boolean weekly = YearMonth.from(first).plusMonths(2).isAfter(YearMonth.from(last));
        TreeMap<String, Integer> counts = new TreeMap<>();
        // Every period from the first to the last, so a gap in the news shows as a gap.
        for (LocalDate d = weekly ? first.with(WeekFields.ISO.dayOfWeek(), 1) : first.withDayOfMonth(1); !d.isAfter(last);
                d = weekly ? d.plusWeeks(1) : d.plusMonths(1)) {
            counts.put(label(d, weekly), 0);
        }
        for (LocalDate d : dates) counts.merge(label(d, weekly), 1, Integer::sum);
        List<Period> periods = new ArrayList<>();
        counts.forEach((label, count) -> periods.add(new Period(label, count)));
        return List.copyOf(periods.subList(Math.max(0, periods.size() - LIMIT), periods.size()));
    }

    private static String label(LocalDate date, boolean weekly) {
        if (!weekly) return date.format(DateTimeFormatter.ofPattern("uuuu-MM"));
        return String.format("%d-W%02d", date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
