package com.salescarousel.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "last contacted" column as spreadsheets write it: ISO ({@code 2026-11-20}, with or without a
 * time), {@code 2026/11/20}, German {@code 20.11.2026}, and {@code 20/11/2026} or {@code 11/20/2026}
 * when the day and month cannot be mixed up. {@code 3/4/2026} could be either, so it is refused
 * with a way out rather than guessed.
 */
final class LastContacted {
    private static final Pattern YMD = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    private LastContacted() {}

    /** The day, or an exception whose message is the reason to show. */
    static LocalDate parse(String raw, LocalDate today) {
        String s = raw.strip();
        int cut = s.indexOf('T') > 0 ? s.indexOf('T') : s.indexOf(' ');
        if (cut > 0) s = s.substring(0, cut); // a time of day, if any, does not matter
        LocalDate day = day(s);
        if (day.isAfter(today)) throw new IllegalArgumentException("must not be in the future (today is " + today + ")");
        if (day.getYear() < 1900) throw new IllegalArgumentException("must be a date after 1900");
        return day;
    }

    private static LocalDate day(String s) {
        try {
            Matcher m = YMD.matcher(s);
            if (m.matches()) return LocalDate.of(n(m, 1), n(m, 2), n(m, 3));
            m = DOTTED.matcher(s);
            if (m.matches()) return LocalDate.of(n(m, 3), n(m, 2), n(m, 1));
            m = SLASHED.matcher(s);
            if (m.matches()) {
                int a = n(m, 1), b = n(m, 2), y = n(m, 3);
                if (a > 12) return LocalDate.of(y, b, a);
                if (b > 12 || a == b) return LocalDate.of(y, a, b);
                throw new IllegalArgumentException("'" + s + "' could be " + LocalDate.of(y, b, a) + " or " + LocalDate.of(y, a, b)
                        + ": write it as YYYY-MM-DD");
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + s + "' is not a day of the calendar");
        }
        throw new IllegalArgumentException("must be a date such as 2026-11-20");
    }

    private static int n(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
