package com.salescarousel.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.salescarousel.cadence.Tiers;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectStatus;
import com.salescarousel.testing.Prospects;
import com.salescarousel.touch.Outcome;
import com.salescarousel.touch.Touch;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeekTallyTest {
    private static final LocalDate MON = LocalDate.of(2027, 2, 15); // 2027-W07
    private final Prospect dueMonday = Prospects.fresh("Grace", "active", MON.minusWeeks(1)).nextDueOn(MON).build();

    private static Map<String, Integer> dueCounters(WeekTally t) {
        Map<String, Integer> c = new java.util.HashMap<>(t.counters());
        c.keySet().retainAll(List.of("dueOnTime", "dueLate", "early"));
        return c;
    }

    @Test
    void onTheDueDay_isOnTime_theDayAfter_isLate_loggedBefore_isEarly() {
        assertEquals(Map.of("dueOnTime", 1), dueCounters(WeekTally.of(Prospects.touchOn(MON, Outcome.NO_ANSWER), dueMonday, dueMonday, MON)));
        assertEquals(Map.of("dueLate", 1),
                dueCounters(WeekTally.of(Prospects.touchOn(MON.plusDays(1), Outcome.NO_ANSWER), dueMonday, dueMonday, MON.plusDays(1))));
        assertEquals(Map.of("early", 1),
                dueCounters(WeekTally.of(Prospects.touchOn(MON.minusDays(1), Outcome.NO_ANSWER), dueMonday, dueMonday, MON.minusDays(1))));
    }

    @Test
    void backDated_decidedWhenLogged_andCountedInTheTouchsOwnWeek() {
        // Done on Friday before it was due, logged on Wednesday after: a due touch, on time, in W06.
        Touch friday = Prospects.touchOn(MON.minusDays(3), Outcome.LEFT_MESSAGE);
        WeekTally t = WeekTally.of(friday, dueMonday, dueMonday, MON.plusDays(2));
        assertEquals("2027-W06", t.week());
        assertEquals(Map.of("dueOnTime", 1), dueCounters(t));
    }

    @Test
    void olderThanTheLastTouch_answersNoDueDay() {
        Prospect touched = dueMonday.toBuilder().lastTouchAt(Instant.parse("2027-02-12T12:00:00Z")).build();
        Touch older = Prospects.touchOn(LocalDate.of(2027, 2, 11), Outcome.NO_ANSWER);
        assertEquals(Map.of(), dueCounters(WeekTally.of(older, touched, touched, MON)));
    }

    @Test
    void responsesMeetingsAndTierMoves() {
        Prospect moved = dueMonday.toBuilder().tier("nurture").build();
        WeekTally t = WeekTally.of(Prospects.touchOn(MON, Outcome.MEETING_BOOKED), dueMonday, moved, MON);
        assertEquals(1, t.counters().get("responses"));
        assertEquals(1, t.counters().get("meetings"));
        assertEquals(1, t.counters().get("tierMoves"));
        assertEquals(1, t.counters().get("tier_active"), "counted in the tier it was in when touched");
        assertEquals(1, WeekTally.of(Prospects.touchOn(MON, Outcome.REPLIED), dueMonday).counters().get("responses"));
        assertNull(WeekTally.of(Prospects.touchOn(MON, Outcome.REPLIED), dueMonday).counters().get("meetings"));
    }

    @Test
    void offTheCarousel_nothingWasDue() {
        Prospect paused = dueMonday.toBuilder().status(ProspectStatus.PAUSED).build();
        assertEquals(Map.of(), dueCounters(WeekTally.of(Prospects.touchOn(MON, Outcome.NO_ANSWER), paused, paused, MON)));
    }

    @Test
    void isoWeeks_acrossTheYear() {
        assertEquals("2026-W53", WeekTally.isoWeek(LocalDate.of(2027, 1, 3)));
        assertEquals("2027-W01", WeekTally.isoWeek(LocalDate.of(2027, 1, 4)));
        assertEquals(List.of("2026-W52", "2026-W53", "2027-W01"), WeekWindow.endingOn(LocalDate.of(2027, 1, 4), 3).weeks());
    }

    @Test
    void nowFigures_boundaries_staleAtTwelveMonths_neglectedPastOneCadence() {
        LocalDate today = LocalDate.of(2027, 2, 26);
        Prospect staleToday = Prospects.fresh("S", "nurture", LocalDate.of(2025, 1, 1)).lastTouchOn(today.minusMonths(12))
                .nextDueOn(today.plusDays(1)).build();
        Prospect notYet = Prospects.fresh("N", "nurture", LocalDate.of(2025, 1, 1)).lastTouchOn(today.minusMonths(12).plusDays(1))
                .nextDueOn(today.plusDays(1)).build();
        Prospect oneCadence = Prospects.fresh("W", "active", LocalDate.of(2027, 1, 1)).nextDueOn(today.minusDays(7)).build();
        Prospect pastIt = Prospects.fresh("X", "active", LocalDate.of(2027, 1, 1)).nextDueOn(today.minusDays(8)).build();
        NowFigures n = NowFigures.of(List.of(staleToday, notYet, oneCadence, pastIt), Tiers.defaults(), today);
        assertEquals(1, n.stale());
        assertEquals(2, n.overdue());
        assertEquals(8, n.oldestOverdueDays());
        assertEquals(1, n.neglected(), "7 days overdue on a weekly cadence is not yet neglected; 8 is");
        assertEquals(Map.of("active", 2, "working", 0, "customer", 0, "nurture", 2), n.openByTier());
        assertNull(n.touchesBeforeFirstResponse());
    }
}
