package com.salescarousel.cadence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {
    private static final LocalDate FRI = LocalDate.of(2026, 12, 4);

    @Test
    void onOrAfter_skipsWeekendHolidayAndTimeAway() {
        var christmas = Set.of(LocalDate.of(2026, 12, 25));
        var days = new WorkingDays(true, christmas::contains, LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 23));
        assertEquals(LocalDate.of(2026, 12, 24), days.onOrAfter(LocalDate.of(2026, 12, 19))); // Sat → away Mon-Wed → Thu
        assertEquals(LocalDate.of(2026, 12, 28), days.onOrAfter(LocalDate.of(2026, 12, 25))); // holiday Fri → Mon
        assertEquals(FRI, days.onOrAfter(FRI));
    }

    @Test
    void weekendsKept_whenNotSkipping() {
        assertEquals(FRI.plusDays(1), WorkingDays.weekends(false).onOrAfter(FRI.plusDays(1)));
    }

    /** The result is a working day, never earlier, and no working day is jumped over. */
    @Property
    void onOrAfter_isTheFirstWorkingDay(@ForAll @IntRange(min = 0, max = 3000) int offset,
                                        @ForAll @IntRange(min = 0, max = 20) int awayLength, @ForAll boolean skipWeekends) {
        LocalDate day = LocalDate.of(2025, 1, 1).plusDays(offset);
        LocalDate awayFrom = day.plusDays(offset % 5);
        var days = new WorkingDays(skipWeekends, d -> d.getDayOfMonth() == 1 && d.getMonthValue() == 1, awayFrom, awayFrom.plusDays(awayLength));
        LocalDate got = days.onOrAfter(day);
        assertTrue(days.isWorking(got));
        assertFalse(got.isBefore(day));
        for (LocalDate d = day; d.isBefore(got); d = d.plusDays(1)) assertFalse(days.isWorking(d), d + " was skipped");
        if (skipWeekends) assertFalse(got.getDayOfWeek() == DayOfWeek.SATURDAY || got.getDayOfWeek() == DayOfWeek.SUNDAY);
    }
}
