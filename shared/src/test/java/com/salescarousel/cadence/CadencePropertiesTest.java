package com.salescarousel.cadence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Calendar edge cases are where cadences break: check the rules over many dates and periods. */
class CadencePropertiesTest {

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 365 * 12).map(n -> LocalDate.of(2020, 1, 1).plusDays(n));
    }

    @Provide
    Arbitrary<Period> cadences() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1, 120).map(Period::ofDays),
                Arbitraries.integers().between(1, 12).map(Period::ofWeeks),
                Arbitraries.integers().between(1, 24).map(Period::ofMonths));
    }

    @Property
    void nextDue_isAlwaysAfterTheTouch(@ForAll("days") LocalDate day, @ForAll("cadences") Period cadence, @ForAll boolean skip) {
        assertTrue(Cadence.nextDue(day, cadence, skip).isAfter(day));
    }

    @Property
    void nextDue_whenSkippingWeekends_neverLandsOnAWeekend(@ForAll("days") LocalDate day, @ForAll("cadences") Period cadence) {
        DayOfWeek dow = Cadence.nextDue(day, cadence, true).getDayOfWeek();
        assertFalse(dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY);
    }

    @Property
    void skippingWeekends_movesAtMostTwoDaysForward(@ForAll("days") LocalDate day, @ForAll("cadences") Period cadence) {
        long shift = ChronoUnit.DAYS.between(Cadence.nextDue(day, cadence, false), Cadence.nextDue(day, cadence, true));
        assertTrue(shift >= 0 && shift <= 2);
    }

    @Property
    void nextDue_isMonotonic(@ForAll("days") LocalDate a, @ForAll("days") LocalDate b, @ForAll("cadences") Period cadence,
                             @ForAll boolean skip) {
        LocalDate early = a.isBefore(b) ? a : b, late = a.isBefore(b) ? b : a;
        assertFalse(Cadence.nextDue(early, cadence, skip).isAfter(Cadence.nextDue(late, cadence, skip)));
    }

    @Property
    void monthlyCadence_keepsTheDayOrClampsToMonthEnd(@ForAll("days") LocalDate day) {
        LocalDate next = Cadence.nextDue(day, Period.ofMonths(1), false);
        assertEquals(Math.min(day.getDayOfMonth(), next.lengthOfMonth()), next.getDayOfMonth());
    }
}
