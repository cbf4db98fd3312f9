package com.salescarousel.touch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salescarousel.cadence.Tier;
import com.salescarousel.cadence.Tiers;
import com.salescarousel.cadence.WorkingDays;
import com.salescarousel.prospect.Carousel;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.stats.WeekTally;
import com.salescarousel.testing.Prospects;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Recomputing a prospect when a touch is taken back: the rules alone, with values. */
class RecountTest {
    private static final Tiers TIERS = Tiers.defaults();
    private static final WorkingDays WEEKDAYS = WorkingDays.weekends(true);
    /** Monday. */
    private static final LocalDate MON = LocalDate.of(2026, 11, 23);

    /** Logs touches as TouchLog does (pure part): the prospect after each, and each touch's trace. */
    private record Logged(Prospect after, Touch touch, TouchTrace trace) {}

    private static Logged log(Prospect before, Touch t) {
        Prospect after = Carousel.afterTouch(before, t, TIERS.of(before.tier()), TIERS.forLostDeals(), TIERS.forNotInterested(), WEEKDAYS, 0)
                .toBuilder().version(before.version() + 1).build();
        return new Logged(after, t, TouchTrace.of(before, after, WeekTally.of(t, before)));
    }

    private static Prospect unversioned(Prospect p) {
        return p.toBuilder().version(0).build();
    }

    @Test
    void theLatestTouch_withNothingChangedSince_isUndoneExactly_withoutReadingHistory() {
        Prospect p = Prospects.fresh("Ada", "working", MON).build();
        Logged first = log(p, Prospects.touchOn(MON, Outcome.REPLIED));
        Logged second = log(first.after(), Prospects.touchOn(MON.plusDays(2), Outcome.NOT_INTERESTED));
        assertEquals("nurture", second.after().tier());
        assertTrue(Recount.restoresExactly(second.after(), second.trace()));
        Prospect undone = Recount.without(second.after(), second.touch(), second.trace(), List.of(), TIERS, WEEKDAYS);
        assertEquals(unversioned(first.after()), unversioned(undone));
    }

    @Test
    void theLatestTouch_afterAnotherChange_isRecomputed_andItsTierMoveTakenBack() {
        Prospect p = Prospects.fresh("Ada", "working", MON).build();
        Logged first = log(p, Prospects.touchOn(MON, Outcome.NO_ANSWER));
        Logged second = log(first.after(), Prospects.touchOn(MON.plusDays(3), Outcome.NOT_INTERESTED));
        Prospect edited = second.after().toBuilder().notes("new notes").version(second.after().version() + 1).build();
        assertFalse(Recount.restoresExactly(edited, second.trace()));

        Prospect undone = Recount.without(edited, second.touch(), second.trace(), List.of(first.touch(), second.touch()), TIERS, WEEKDAYS);
        assertEquals("working", undone.tier());
        assertEquals(MON, undone.lastTouchOn());
        assertEquals(LocalDate.of(2026, 12, 23), undone.nextDueOn(), "Monday 23 Nov + P1M, a Wednesday");
        assertEquals(1, undone.touchCount());
        assertEquals(1, undone.touchesSinceResponse());
        assertEquals("new notes", undone.notes());
    }

    /** Imported as last contacted on 2 Nov: undoing the only touch since falls back to that day, not to creation. */
    @Test
    void anImportedLastContactedDay_staysTheFloor_whenTheTouchesAfterItAreUndone() {
        Prospect p = Prospects.fresh("Ada", "working", MON).lastContactedOn(LocalDate.of(2026, 11, 2)).build();
        Logged only = log(p, Prospects.touchOn(MON, Outcome.NO_ANSWER));
        Prospect edited = only.after().toBuilder().notes("edited").version(only.after().version() + 1).build();
        Prospect undone = Recount.without(edited, only.touch(), only.trace(), List.of(only.touch()), TIERS, WEEKDAYS);
        assertNull(undone.lastTouchOn());
        assertEquals(LocalDate.of(2026, 12, 2), undone.nextDueOn(), "2 Nov + P1M, a Wednesday; not creation day 23 Nov");
    }

    @Test
    void aTierChangedAgainSince_staysWhereTheRepPutIt() {
        Prospect p = Prospects.fresh("Ada", "working", MON).build();
        Logged no = log(p, Prospects.touchOn(MON, Outcome.NOT_INTERESTED));
        Prospect movedByRep = no.after().toBuilder().tier("active").version(no.after().version() + 1).build();
        Prospect undone = Recount.without(movedByRep, no.touch(), no.trace(), List.of(no.touch()), TIERS, WEEKDAYS);
        assertEquals("active", undone.tier());
        assertEquals(MON, undone.nextDueOn(), "never touched now: due from its creation");
        assertNull(undone.lastTouchAt());
        assertEquals(0, undone.touchCount());
    }

    @Test
    void anOlderTouch_changesOnlyTheCounts() {
        Prospect p = Prospects.fresh("Ada", "active", MON).build();
        List<Touch> all = new ArrayList<>();
        Prospect now = p;
        for (var o : List.of(Outcome.NO_ANSWER, Outcome.MEETING_BOOKED,
                Outcome.NO_ANSWER, Outcome.LEFT_MESSAGE)) {
            Logged l = log(now, Prospects.touchOn(MON.plusDays(all.size()), o));
            all.add(l.touch());
            now = l.after();
        }
        assertEquals(2, now.touchesSinceResponse());
        assertEquals(1, now.firstResponseAfter());

        Prospect withoutFirst = Recount.without(now, all.get(0), null, all, TIERS, WEEKDAYS);
        assertEquals(3, withoutFirst.touchCount());
        assertEquals(0, withoutFirst.firstResponseAfter(), "the meeting is now the first touch");
        assertEquals(2, withoutFirst.touchesSinceResponse());
        assertEquals(now.nextDueOn(), withoutFirst.nextDueOn());
        assertEquals(now.lastTouchAt(), withoutFirst.lastTouchAt());

        Prospect withoutMeeting = Recount.without(now, all.get(1), null, all, TIERS, WEEKDAYS);
        assertNull(withoutMeeting.lastResponseAt());
        assertNull(withoutMeeting.firstResponseAfter());
        assertEquals(3, withoutMeeting.touchesSinceResponse(), "no response left: every touch counts");
    }

    @Test
    void aTouchWithoutTrace_isRecomputedFromHistory() {
        Prospect p = Prospects.fresh("Ada", "active", MON).build();
        Logged first = log(p, Prospects.touchOn(MON, Outcome.NO_ANSWER));
        Logged second = log(first.after(), Prospects.touchOn(MON.plusDays(1), Outcome.NO_ANSWER));
        Prospect undone = Recount.without(second.after(), second.touch(), null, List.of(first.touch(), second.touch()), TIERS, WEEKDAYS);
        assertEquals(LocalDate.of(2026, 11, 30), undone.nextDueOn());
        assertEquals(1, undone.touchesSinceResponse());
    }

    @Test
    void notInterested_goesToNurture_orTheLastTierThatIsNotForCustomers() {
        assertEquals("nurture", TIERS.forNotInterested().key());
        var custom = new Tiers(List.of(new Tier("hot", "Hot", "P7D"), new Tier("long-shot", "Long shot", "P6W"),
                new Tier("customer", "Customer", "P3M")));
        assertEquals("long-shot", custom.forNotInterested().key());
        assertEquals("hot", new Tiers(List.of(new Tier("hot", "Hot", "P7D"))).forNotInterested().key());
    }
}
