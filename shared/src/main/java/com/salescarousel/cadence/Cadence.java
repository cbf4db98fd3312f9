package com.salescarousel.cadence;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

/** The calendar rules of DESIGN section 4, as pure functions. */
public final class Cadence {
    /** Ten years of 31-day months: P10Y, P120M and P3720D are the longest cadences. */
    static final long LONGEST_DAYS = 120 * 31;

    private Cadence() {}

    /** The rep's local day of an instant: touches and due dates are local dates. */
    public static LocalDate localDay(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate();
    }

    /**
     * The day a prospect is next due after a touch on {@code touchDay}. Calendar arithmetic, so
     * P1M from Jan 31 is the last day of February; a weekend result moves to Monday when asked.
     */
    public static LocalDate nextDue(LocalDate touchDay, Period cadence, boolean skipWeekends) {
        LocalDate due = touchDay.plus(cadence);
        return skipWeekends ? toWeekday(due) : due;
    }

    /** As above, moved to the rep's next working day (weekends, holidays and time away). */
    public static LocalDate nextDue(LocalDate touchDay, Period cadence, WorkingDays days) {
        return days.onOrAfter(touchDay.plus(cadence));
    }

    /** Saturday and Sunday move forward to Monday; weekdays stay. */
    public static LocalDate toWeekday(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY) return day.plusDays(2);
        if (dow == DayOfWeek.SUNDAY) return day.plusDays(1);
        return day;
    }

    /**
     * A cadence must move the date forward and be whole days or more: P0D would keep a prospect
     * due forever, and PT1H is not a calendar period. At most ten years (counting a month as 31
     * days): nobody keeps in touch more slowly, and a due day must stay a four-digit year
     * (P999999999Y overflowed LocalDate).
     */
    public static boolean isUsable(Period cadence) {
        return !cadence.isNegative() && !cadence.isZero() && cadence.toTotalMonths() * 31 + cadence.getDays() <= LONGEST_DAYS;
    }

}
