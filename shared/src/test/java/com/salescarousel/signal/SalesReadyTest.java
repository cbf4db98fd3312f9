package com.salescarousel.signal;

import static com.salescarousel.testing.Prospects.fresh;
import static com.salescarousel.testing.Prospects.touch;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salescarousel.agenda.Agenda;
import com.salescarousel.cadence.Tiers;
import com.salescarousel.cadence.WorkingDays;
import com.salescarousel.prospect.DueReason;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectStatus;
import com.salescarousel.touch.Outcome;
import com.salescarousel.touch.Touch;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What becoming sales-ready does to a prospect, how a response and 30 quiet days clear it, and speed to lead. */
class SalesReadyTest {
    static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z"); // Tuesday
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final Tiers TIERS = Tiers.defaults();
    static final WorkingDays WEEKDAYS = WorkingDays.weekends(true);

    static Signal signalAt(Instant at) {
        return new Signal("rep-1", "P", "S", SignalType.DEMO_REQUEST, at, null, null, Signal.Source.WEBHOOK, "evt-00001", at);
    }

    @Test
    void becoming_movesANurtureProspectToTheFirstTier_dueToday_andStampsIt() {
        Prospect p = fresh("Grace", "nurture", TODAY.minusDays(20)).nextDueOn(TODAY.plusDays(60)).build();
        Prospect ready = SalesReady.afterSignal(p, signalAt(NOW), true, TIERS, WEEKDAYS, TODAY, NOW);
        assertTrue(ready.salesReady());
        assertEquals(NOW, ready.salesReadyAt());
        assertEquals(NOW, ready.lastSignalAt());
        assertEquals("active", ready.tier());
        assertEquals(TODAY, ready.nextDueOn());
        assertTrue(SalesReady.became(p, ready, TODAY));
        assertEquals(List.of(DueReason.SIGNAL, DueReason.CADENCE), ready.reasonsOn(TODAY));
    }

    @Test
    void becoming_neverMakesAnOverdueProspectLater() {
        Prospect p = fresh("Grace", "working", TODAY.minusDays(90)).nextDueOn(TODAY.minusDays(10)).build();
        Prospect ready = SalesReady.afterSignal(p, signalAt(NOW), true, TIERS, WEEKDAYS, TODAY, NOW);
        assertEquals(TODAY.minusDays(10), ready.nextDueOn(), "still as overdue as it was");
        assertEquals("active", ready.tier());
    }

    @Test
    void aPausedProspect_isFlaggedButStaysOffTheCarousel() {
        Prospect p = fresh("Grace", "nurture", TODAY.minusDays(20)).status(ProspectStatus.PAUSED).nextDueOn(null).build();
        Prospect ready = SalesReady.afterSignal(p, signalAt(NOW), true, TIERS, WEEKDAYS, TODAY, NOW);
        assertTrue(ready.salesReady());
        assertNull(ready.nextDueOn());
        assertEquals(ProspectStatus.PAUSED, ready.status());
    }

    @Test
    void notScoringReady_leavesItAlone_butAReadyOneStaysReadyAndWarmer() {
        Prospect p = fresh("Grace", "nurture", TODAY.minusDays(20)).nextDueOn(TODAY.plusDays(60)).build();
        Prospect after = SalesReady.afterSignal(p, signalAt(NOW), false, TIERS, WEEKDAYS, TODAY, NOW);
        assertFalse(after.salesReady());
        assertEquals("nurture", after.tier());
        assertEquals(TODAY.plusDays(60), after.nextDueOn());

        Prospect ready = p.toBuilder().salesReady(true).salesReadyAt(NOW.minusSeconds(86_400 * 10)).lastSignalAt(NOW.minusSeconds(86_400 * 10)).build();
        Prospect again = SalesReady.afterSignal(ready, signalAt(NOW), false, TIERS, WEEKDAYS, TODAY, NOW);
        assertTrue(again.salesReady());
        assertEquals(NOW, again.lastSignalAt());
        assertEquals(ready.salesReadyAt(), again.salesReadyAt(), "not a new moment of becoming ready");
        assertFalse(SalesReady.became(ready, again, TODAY));
    }

    @Test
    void thirtyQuietDays_clearIt_29DoNot() {
        Instant last = Instant.parse("2026-10-01T15:00:00Z");
        Prospect ready = fresh("Grace", "active", LocalDate.of(2026, 9, 1)).salesReady(true).salesReadyAt(last).lastSignalAt(last).build();
        assertTrue(ready.salesReadyOn(LocalDate.of(2026, 10, 30)), "29 days after the last signal");
        assertFalse(ready.salesReadyOn(LocalDate.of(2026, 10, 31)), "30 days after");
        assertFalse(ready.salesReadyOn(LocalDate.of(2026, 11, 1)), "31 days after");
        assertFalse(ready.asOf(LocalDate.of(2026, 11, 1)).salesReady());
        var agenda = Agenda.of(LocalDate.of(2026, 11, 1), List.of(ready.toBuilder().nextDueOn(LocalDate.of(2026, 11, 1)).build()), TIERS);
        assertFalse(agenda.due().get(0).salesReady());
        assertEquals(List.of(DueReason.CADENCE), agenda.due().get(0).reasons());
    }

    @Test
    void aResponse_clearsIt_otherOutcomesDoNot_aReplyBackDatedToBeforeItDoesNot() {
        Prospect ready = fresh("Grace", "active", TODAY.minusDays(20)).salesReady(true).salesReadyAt(NOW.minusSeconds(3600)).lastSignalAt(NOW).build();
        assertFalse(SalesReady.afterTouch(ready, touch(NOW, TODAY, Outcome.REPLIED)).salesReady());
        assertFalse(SalesReady.afterTouch(ready, touch(NOW, TODAY, Outcome.MEETING_BOOKED)).salesReady());
        assertTrue(SalesReady.afterTouch(ready, touch(NOW, TODAY, Outcome.LEFT_MESSAGE)).salesReady());
        assertTrue(SalesReady.afterTouch(ready, touch(NOW.minusSeconds(7200), TODAY, Outcome.REPLIED)).salesReady());
    }

    @Test
    void speedToLead_isHoursToTheFirstTouchSinceItBecameReady_once() {
        Instant readyAt = Instant.parse("2026-11-24T08:00:00Z");
        Prospect ready = fresh("Grace", "active", TODAY.minusDays(20)).salesReady(true).salesReadyAt(readyAt).lastSignalAt(readyAt)
                .lastTouchAt(readyAt.minusSeconds(86_400)).build();
        Touch first = touch(readyAt.plusSeconds(90 * 60), TODAY, Outcome.LEFT_MESSAGE);
        assertEquals(1.5, SalesReady.speedToLeadHours(ready, first).orElseThrow());
        Prospect touched = ready.toBuilder().lastTouchAt(first.at()).build();
        assertTrue(SalesReady.speedToLeadHours(touched, touch(readyAt.plusSeconds(3 * 3600), TODAY, Outcome.NO_ANSWER)).isEmpty(), "only the first");
        assertTrue(SalesReady.speedToLeadHours(ready, touch(readyAt.minusSeconds(60), TODAY, Outcome.NO_ANSWER)).isEmpty(), "back-dated before it");
        Prospect cold = ready.toBuilder().salesReady(false).build();
        assertTrue(SalesReady.speedToLeadHours(cold, first).isEmpty());
        assertEquals(List.of(1.5), SalesReady.tally(com.salescarousel.stats.WeekTally.of(first, ready), ready, first).speedToLeadHours());
    }
}
