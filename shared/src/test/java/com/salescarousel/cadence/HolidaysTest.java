package com.salescarousel.cadence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Public holidays come from Jollyday; the expected days here are read off a 2026 calendar. */
class HolidaysTest {
    @Test
    void germany2026_nationalPublicHolidays() {
        assertEquals(Set.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25), LocalDate.of(2026, 10, 3), LocalDate.of(2026, 12, 25),
                LocalDate.of(2026, 12, 26)), Holidays.in("DE", 2026));
    }

    @Test
    void aRegion_addsItsOwn_andUsHolidaysAreTakenWhenObserved() {
        assertTrue(Holidays.of("DE-BY").test(LocalDate.of(2026, 1, 6)), "Epiphany in Bavaria");
        assertFalse(Holidays.of("DE").test(LocalDate.of(2026, 1, 6)), "not nationally");
        assertTrue(Holidays.of("US").test(LocalDate.of(2026, 7, 3)), "4 July 2026 is a Saturday: observed on Friday");
        assertFalse(Holidays.of("US").test(LocalDate.of(2026, 7, 4)));
        assertTrue(Holidays.of("GB").test(LocalDate.of(2026, 12, 28)), "Boxing Day (Saturday) is observed on Monday");
    }

    @Test
    void unknownOrNoCode_meansNoHolidays() {
        assertFalse(Holidays.isKnown("XX"));
        assertFalse(Holidays.isKnown("DE-ZZ"));
        assertFalse(Holidays.isKnown("NYSE"), "a stock exchange is nobody's country");
        assertFalse(Holidays.of(null).test(LocalDate.of(2026, 1, 1)));
        assertFalse(Holidays.of("XX").test(LocalDate.of(2026, 1, 1)));
        assertTrue(Holidays.countries().containsAll(Set.of("DE", "US", "GB", "FR", "JP")));
    }

    @Test
    void workingDays_skipHolidaysOfTheProfilesCountry() {
        var days = new WorkingDays(true, Holidays.of("DE"), null, null);
        assertEquals(LocalDate.of(2026, 12, 28), days.onOrAfter(LocalDate.of(2026, 12, 25)), "Christmas Friday, Boxing Day Saturday → Monday");
    }
}
