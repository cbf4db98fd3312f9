package com.salescarousel.prospect;

import static com.salescarousel.testing.Prospects.fresh;
import static com.salescarousel.testing.Prospects.touch;
import static com.salescarousel.testing.Prospects.touchOn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salescarousel.cadence.Tier;
import com.salescarousel.cadence.Tiers;
import com.salescarousel.touch.Outcome;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CarouselTest {
    private static final Tiers TIERS = Tiers.defaults();
    private static final Tier ACTIVE = TIERS.find("active").orElseThrow();
    private static final Tier WORKING = TIERS.find("working").orElseThrow();
    private static final Tier NURTURE = TIERS.find("nurture").orElseThrow();
    private static final LocalDate MON = LocalDate.of(2026, 11, 23); // a Monday

    @Test
    void entering_isDueTheDayItIsCreated() {
        Prospect p = Carousel.entering(Prospect.builder().repId("r").id("x").name("Ada").tier("active"), MON).build();
        assertEquals(MON, p.nextDueOn());
        assertTrue(p.onCarousel());
        assertEquals(1, p.version());
    }

    @Test
    void afterTouch_setsNextDueFromTheTouchDayAndCadence() {
        Prospect p = Carousel.afterTouch(fresh("Ada", "working", MON).build(), touchOn(MON.plusDays(1), Outcome.NO_ANSWER), WORKING, true, 0);
        assertEquals(LocalDate.of(2026, 12, 24), p.nextDueOn());
        assertEquals(MON.plusDays(1), p.lastTouchOn());
        assertEquals(1, p.touchCount());
        assertEquals(1, p.touchesSinceResponse());
    }

    @Test
    void afterTouch_whenBackDated_neverMovesNextDueBackwards() {
        Prospect p = Carousel.afterTouch(fresh("Ada", "active", MON).build(), touchOn(MON.plusDays(3), Outcome.NO_ANSWER), ACTIVE, true, 0);
        Prospect older = Carousel.afterTouch(p, touchOn(MON.plusDays(1), Outcome.LEFT_MESSAGE), ACTIVE, true, 0);
        assertEquals(p.nextDueOn(), older.nextDueOn());
        assertEquals(MON.plusDays(3), older.lastTouchOn());
        assertEquals(2, older.touchCount());
        assertEquals(2, older.touchesSinceResponse());
    }

    @Test
    void afterTouch_whenReplied_resetsTouchesSinceResponse() {
        Prospect p = fresh("Ada", "active", MON).build();
        p = Carousel.afterTouch(p, touchOn(MON, Outcome.NO_ANSWER), ACTIVE, true, 0);
        p = Carousel.afterTouch(p, touchOn(MON.plusDays(7), Outcome.LEFT_MESSAGE), ACTIVE, true, 0);
        assertEquals(2, p.touchesSinceResponse());
        p = Carousel.afterTouch(p, touchOn(MON.plusDays(14), Outcome.MEETING_BOOKED), ACTIVE, true, 0);
        assertEquals(0, p.touchesSinceResponse());
        p = Carousel.afterTouch(p, touchOn(MON.plusDays(21), Outcome.NOT_INTERESTED), ACTIVE, true, 0);
        assertEquals(1, p.touchesSinceResponse(), "not_interested is not a response that resets the count");
    }

    @Test
    void afterTouch_whenBackDatedReply_countsOnlyTheTouchesAfterIt() {
        Prospect p = fresh("Ada", "active", MON).build();
        p = Carousel.afterTouch(p, touchOn(MON, Outcome.NO_ANSWER), ACTIVE, true, 0);
        p = Carousel.afterTouch(p, touchOn(MON.plusDays(2), Outcome.NO_ANSWER), ACTIVE, true, 0);
        p = Carousel.afterTouch(p, touchOn(MON.plusDays(4), Outcome.NO_ANSWER), ACTIVE, true, 0);
        var reply = touchOn(MON.plusDays(1), Outcome.REPLIED);
        assertTrue(Carousel.needsLaterTouchCount(p, reply));
        Prospect after = Carousel.afterTouch(p, reply, ACTIVE, true, 2);
        assertEquals(2, after.touchesSinceResponse());
        assertEquals(p.nextDueOn(), after.nextDueOn());
    }

    @Test
    void afterTouch_whenOlderThanLastResponse_leavesTheCountAlone() {
        Prospect p = fresh("Ada", "active", MON).build();
        p = Carousel.afterTouch(p, touchOn(MON.plusDays(2), Outcome.REPLIED), ACTIVE, true, 0);
        p = Carousel.afterTouch(p, touchOn(MON.plusDays(3), Outcome.NO_ANSWER), ACTIVE, true, 0);
        Prospect after = Carousel.afterTouch(p, touchOn(MON.plusDays(1), Outcome.NO_ANSWER), ACTIVE, true, 0);
        assertEquals(1, after.touchesSinceResponse());
    }

    @Test
    void afterTouch_onPausedProspect_staysOffTheCarousel() {
        Prospect paused = Carousel.withStatus(fresh("Ada", "active", MON).build(), ProspectStatus.PAUSED, ACTIVE, true, MON);
        Prospect after = Carousel.afterTouch(paused, touchOn(MON, Outcome.NO_ANSWER), ACTIVE, true, 0);
        assertNull(after.nextDueOn());
        assertFalse(after.onCarousel());
    }

    @Test
    void movedTo_recomputesFromLastTouchDay() {
        Prospect p = Carousel.afterTouch(fresh("Ada", "nurture", MON).build(), touchOn(MON, Outcome.NO_ANSWER), NURTURE, true, 0);
        assertEquals(LocalDate.of(2027, 2, 23), p.nextDueOn());
        Prospect active = Carousel.movedTo(p, ACTIVE, true);
        assertEquals("active", active.tier());
        assertEquals(MON.plusDays(7), active.nextDueOn());
    }

    @Test
    void movedTo_whenNeverTouched_countsFromCreation() {
        Prospect moved = Carousel.movedTo(fresh("Ada", "active", LocalDate.of(2026, 1, 30)).build(), WORKING, false);
        assertEquals(LocalDate.of(2026, 2, 28), moved.nextDueOn());
    }

    @Test
    void movedTo_mayLeaveTheProspectOverdue() {
        Prospect p = Carousel.afterTouch(fresh("Ada", "nurture", MON).build(), touchOn(MON, Outcome.NO_ANSWER), NURTURE, true, 0);
        // moved weeks later to a weekly tier: due a week after the last touch, which is now past
        assertTrue(Carousel.movedTo(p, ACTIVE, true).nextDueOn().isBefore(MON.plusDays(30)));
    }

    @Test
    void withStatus_pausedArchived_leaveTheDueIndex() {
        for (ProspectStatus s : new ProspectStatus[] {ProspectStatus.PAUSED, ProspectStatus.ARCHIVED}) {
            Prospect p = Carousel.withStatus(fresh("Ada", "active", MON).build(), s, ACTIVE, true, MON);
            assertNull(p.nextDueOn(), s.name());
            assertFalse(p.onCarousel(), s.name());
        }
    }

    @Test
    void lost_isDueAtOnceForAReferralAsk_thenThatTouchMovesItToNurture() {
        Prospect p = Carousel.afterTouch(fresh("Ada", "active", MON).build(), touchOn(MON, Outcome.NOT_INTERESTED), ACTIVE, true, 0);
        LocalDate wed = MON.plusDays(2);
        Prospect lost = Carousel.withStatus(p, ProspectStatus.LOST, ACTIVE, true, wed);
        assertEquals("active", lost.tier(), "still in its tier until the referral ask");
        assertTrue(lost.onCarousel());
        assertEquals(wed, lost.nextDueOn(), "due the day it was lost: ask for a referral");
        Prospect asked = Carousel.afterTouch(lost, touchOn(MON.plusDays(3), Outcome.NO_ANSWER), ACTIVE, NURTURE, true, 0);
        assertEquals("nurture", asked.tier());
        assertEquals(LocalDate.of(2027, 2, 26), asked.nextDueOn(), "Thursday 26 Nov + P3M");
        Prospect later = Carousel.afterTouch(asked, touchOn(LocalDate.of(2027, 2, 26), Outcome.NO_ANSWER), NURTURE, NURTURE, true, 0);
        assertEquals(LocalDate.of(2027, 5, 26), later.nextDueOn(), "then the nurture cadence");
    }

    @Test
    void withStatus_reopened_resumesTheCadence() {
        Prospect p = Carousel.afterTouch(fresh("Ada", "active", MON).build(), touchOn(MON, Outcome.NO_ANSWER), ACTIVE, true, 0);
        Prospect paused = Carousel.withStatus(p, ProspectStatus.PAUSED, ACTIVE, true, MON);
        Prospect open = Carousel.withStatus(paused, ProspectStatus.OPEN, ACTIVE, true, MON);
        assertEquals(MON.plusDays(7), open.nextDueOn());
    }

    @Test
    void snoozedUntil_setsTheDueDayDirectly() {
        assertEquals(MON.plusDays(40), Carousel.snoozedUntil(fresh("Ada", "active", MON).build(), MON.plusDays(40)).nextDueOn());
    }

    @Test
    void afterTouch_sameInstantTwice_bothCountButDueFollowsTheDay() {
        Instant at = Instant.parse("2026-11-23T10:00:00Z");
        Prospect p = fresh("Ada", "active", MON).build();
        p = Carousel.afterTouch(p, touch(at, MON, Outcome.NO_ANSWER), ACTIVE, true, 0);
        p = Carousel.afterTouch(p, touch(at, MON, Outcome.NO_ANSWER), ACTIVE, true, 0);
        assertEquals(2, p.touchCount());
        assertEquals(MON.plusDays(7), p.nextDueOn());
    }
}
