package com.salescarousel.cadence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CadenceTest {
    private static final Period WEEK = Period.parse("P7D"), MONTH = Period.parse("P1M"), QUARTER = Period.parse("P3M");

    @Test
    void nextDue_whenMonthlyFromJan31_isLastDayOfFebruary() {
        assertEquals(LocalDate.of(2026, 2, 28), Cadence.nextDue(LocalDate.of(2026, 1, 31), MONTH, false));
        assertEquals(LocalDate.of(2028, 2, 29), Cadence.nextDue(LocalDate.of(2028, 1, 31), MONTH, false));
    }

    @Test
    void nextDue_whenQuarterlyFromNov30_isFeb28() {
        assertEquals(LocalDate.of(2027, 2, 28), Cadence.nextDue(LocalDate.of(2026, 11, 30), QUARTER, false));
    }

    @Test
    void nextDue_whenResultIsSaturdayAndSkippingWeekends_isMonday() {
        // 2026-11-21 is a Saturday; one week after Saturday 14th
        LocalDate saturday = LocalDate.of(2026, 11, 14);
        assertEquals(LocalDate.of(2026, 11, 23), Cadence.nextDue(saturday, WEEK, true));
        assertEquals(LocalDate.of(2026, 11, 21), Cadence.nextDue(saturday, WEEK, false));
    }

    @Test
    void nextDue_whenResultIsSunday_movesOneDay() {
        // 2027-02-28 is a Sunday
        assertEquals(LocalDate.of(2027, 3, 1), Cadence.nextDue(LocalDate.of(2027, 1, 28), MONTH, true));
    }

    @Test
    void nextDue_whenResultIsWeekday_staysPut() {
        assertEquals(LocalDate.of(2026, 12, 1), Cadence.nextDue(LocalDate.of(2026, 11, 24), WEEK, true));
    }

    @Test
    void localDay_isTheRepsDateNotUtcs() {
        Instant lateEvening = Instant.parse("2026-11-25T03:30:00Z");
        assertEquals(LocalDate.of(2026, 11, 24), Cadence.localDay(lateEvening, ZoneId.of("America/New_York")));
        assertEquals(LocalDate.of(2026, 11, 25), Cadence.localDay(lateEvening, ZoneId.of("UTC")));
        assertEquals(LocalDate.of(2026, 11, 25), Cadence.localDay(Instant.parse("2026-11-24T18:45:00Z"), ZoneId.of("Asia/Kolkata")));
    }

    @Test
    void isUsable_refusesZeroAndNegativePeriods() {
        assertTrue(Cadence.isUsable(Period.parse("P6W")));
        assertFalse(Cadence.isUsable(Period.ZERO));
        assertFalse(Cadence.isUsable(Period.parse("P-1D")));
    }

    @Test
    void isUsable_refusesCadencesOverTenYears() {
        assertTrue(Cadence.isUsable(Period.parse("P10Y")));
        assertTrue(Cadence.isUsable(Period.parse("P3720D")));
        assertFalse(Cadence.isUsable(Period.parse("P10Y1D")));
        assertFalse(Cadence.isUsable(Period.parse("P121M")));
        assertFalse(Cadence.isUsable(Period.parse("P999999999Y")));
        assertFalse(Cadence.isUsable(Period.parse("P2147483647D")));
    }

    @Test
    void tiers_priorityFollowsConfiguredOrder_unknownLast() {
        Tiers t = Tiers.defaults();
        assertEquals(0, t.priority("active"));
        assertEquals(2, t.priority("customer"));
        assertEquals(3, t.priority("nurture"));
        assertEquals(4, t.priority("gone"));
    }
}
