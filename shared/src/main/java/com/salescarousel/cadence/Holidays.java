package com.salescarousel.cadence;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Public holidays by ISO 3166 code ({@code DE}, or with a subdivision, {@code DE-BY}, {@code US-NY}),
 * as non-working days, from Jollyday (a maintained holiday library), never a hand-made list. No code
 * means no holidays. Only public holidays count, on the day they are observed (4 July 2026 is a
 * Saturday: the US day off is Friday 3 July). A country's rules are read once per container
 * (Jollyday parses its XML with JAXB: about 300 ms on the first country, then a few ms each), and
 * a year's days once per code.
 */
public final class Holidays {
    private static final Pattern CODE = Pattern.compile("([A-Z]{2})(?:-([A-Z0-9]{1,3}))?");
    private static final Map<String, Set<LocalDate>> YEARS = new ConcurrentHashMap<>();

    private Holidays() {}

    /** The predicate for a profile's code; an unknown code (refused when set) counts no holidays. */
    public static Predicate<LocalDate> of(String code) {
        if (code == null || code.isBlank() || !isKnown(code)) return day -> false;
        return day -> in(code, day.getYear()).contains(day);
    }

    /** Whether Jollyday has public holidays for this code: a country it knows, and a region of it. */
    public static boolean isKnown(String code) {
        var m = CODE.matcher(code);
        if (!m.matches() || !countries().contains(m.group(1))) return false;
        if (m.group(2) == null) return true;
        return manager(m.group(1)).getCalendarHierarchy().getChildren().containsKey(m.group(2).toLowerCase(Locale.ROOT));
    }

    /** Two-letter codes only: Jollyday also has stock exchanges (NYSE, TARGET), which are nobody's country. */
    public static Set<String> countries() {
        return HolidayManager.getSupportedCalendarCodes().stream().filter(c -> c.length() == 2)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** A code's public holidays in a year, by the day they are taken off. */
    public static Set<LocalDate> in(String code, int year) {
        return YEARS.computeIfAbsent(code + "/" + year, k -> {
            var m = CODE.matcher(code);
            if (!m.matches()) return Set.of();
            String[] region = Optional.ofNullable(m.group(2)).map(r -> new String[] {r.toLowerCase(Locale.ROOT)}).orElse(new String[0]);
            return manager(m.group(1)).getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, region).stream()
                    .map(Holiday::getDate).collect(Collectors.toUnmodifiableSet());
        });
    }

    private static HolidayManager manager(String country) {
        // Jollyday caches its managers per country itself.
        return HolidayManager.getInstance(ManagerParameters.create(country.toLowerCase(Locale.ROOT)));
    }
}
