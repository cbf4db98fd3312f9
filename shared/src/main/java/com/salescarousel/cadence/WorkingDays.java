package com.salescarousel.cadence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * Which days a rep works: weekends (when skipped), public holidays of their country and their time
 * away are not working days. A due day that falls on one moves forward to the next working day.
 * Pure: the holiday calendar is a predicate handed in, so rules stay testable with a fixed list.
 */
public record WorkingDays(boolean skipWeekends, Predicate<LocalDate> holiday, LocalDate awayFrom, LocalDate awayTo) {
    /** Looking further than this for a working day means the settings leave none (a year away). */
    private static final int MAX_SEARCH_DAYS = 800;

    public WorkingDays {
        holiday = holiday == null ? d -> false : holiday;
        if ((awayFrom == null) != (awayTo == null)) throw new IllegalArgumentException("away needs both from and to");
    }

    /** Weekends only: the stage-one rule. */
    public static WorkingDays weekends(boolean skipWeekends) {
        return new WorkingDays(skipWeekends, null, null, null);
    }

    public boolean isAway(LocalDate day) {
        return awayFrom != null && !day.isBefore(awayFrom) && !day.isAfter(awayTo);
    }

    public boolean isWorking(LocalDate day) {
        if (skipWeekends && (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY)) return false;
        return !isAway(day) && !holiday.test(day);
    }

    /** The day itself when it is a working day, else the next one. */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate d = day;
        for (int i = 0; i < MAX_SEARCH_DAYS; i++, d = d.plusDays(1)) {
            if (isWorking(d)) return d;
        }
        return day; // no working day in sight: keep the day rather than loop forever
    }
}
