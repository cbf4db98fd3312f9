package com.salescarousel.plan;

import static com.salescarousel.testing.Prospects.fresh;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.salescarousel.cadence.Tier;
import com.salescarousel.cadence.WorkingDays;
import com.salescarousel.prospect.Carousel;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectStatus;
import com.salescarousel.touch.Channel;
import com.salescarousel.touch.Outcome;
import com.salescarousel.touch.Touch;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The plan rules on single moves, with the days written out (2026-11-23 is a Monday). */
class PlanProgressTest {
    private static final LocalDate MON = LocalDate.of(2026, 11, 23);
    private static final Tier ACTIVE = new Tier("active", "Active", "P7D");
    private static final WorkingDays WEEKDAYS = WorkingDays.weekends(true);
    /** The 20/20 plan: day 0 mail, day 7 mail, day 14 call. */
    static final Plan TWENTY_TWENTY = new Plan("acme", "PLAN2020", "20/20", List.of(new PlanStep(0, Channel.MAIL, null, false),
            new PlanStep(7, Channel.MAIL, null, false), new PlanStep(14, Channel.CALL, null, false)), false, 1);

    private static Prospect enrolledOn(LocalDate day) {
        Prospect p = fresh("Ada", "active", MON.minusDays(30)).org("acme").build();
        return PlanProgress.enrolled(p, TWENTY_TWENTY, day, WEEKDAYS, "E1");
    }

    private static Touch touch(LocalDate day, int hour, Outcome outcome) {
        Instant at = day.atTime(hour, 0).toInstant(ZoneOffset.UTC);
        return new Touch("rep-1", "ADA", "T" + at.toEpochMilli(), Channel.CALL, outcome, null, at, day, null, at);
    }

    /** A touch as the touch log applies it: the carousel first, then the plan. */
    private static PlanProgress.Moved touched(Prospect p, LocalDate day, Outcome outcome) {
        return touched(p, touch(day, 12, outcome));
    }

    private static PlanProgress.Moved touched(Prospect p, Touch t) {
        Prospect carousel = Carousel.afterTouch(p, t, ACTIVE, ACTIVE, WEEKDAYS, 0);
        return PlanProgress.afterTouch(p, carousel, t, ACTIVE.cadence(), WEEKDAYS);
    }

    @Test
    void enrolling_makesTheFirstStepDueOnItsDay_movedOffTheWeekend() {
        assertEquals(MON, enrolledOn(MON).plan().dueOn());
        assertEquals(MON, enrolledOn(MON).nextDueOn());
        assertEquals(LocalDate.of(2026, 11, 30), enrolledOn(LocalDate.of(2026, 11, 28)).plan().dueOn(), "Saturday -> Monday");
        Plan later = new Plan("acme", "P2", "Later", List.of(new PlanStep(3, Channel.EMAIL, null, false)), false, 1);
        assertEquals(LocalDate.of(2026, 11, 26), PlanProgress.enrolled(fresh("Bo", "active", MON).build(), later, MON, WEEKDAYS, "E2")
                .plan().dueOn());
        assertEquals("acme", PlanProgress.enrolled(fresh("Bo", "active", MON).build(), later, MON, WEEKDAYS, "E2").org(),
                "a stage-one prospect takes the plan's org, where its figures are counted");
    }

    @Test
    void aTouchOnTime_completesTheStep_andTheNextIsDueTheGapLater() {
        var moved = touched(enrolledOn(MON), MON, Outcome.LEFT_MESSAGE);
        assertEquals(1, moved.prospect().plan().index());
        assertEquals(LocalDate.of(2026, 11, 30), moved.prospect().plan().dueOn());
        assertEquals(LocalDate.of(2026, 11, 30), moved.prospect().nextDueOn());
        assertEquals(List.of(new StepMark(MON, false)), moved.prospect().plan().marks());
        assertEquals(Map.of("done_1", 1), moved.tally().counters());
    }

    @Test
    void aStepDoneTwoDaysLate_movesTheRestTwoDays() {
        var step2 = touched(enrolledOn(MON), LocalDate.of(2026, 11, 25), Outcome.NO_ANSWER).prospect();
        assertEquals(LocalDate.of(2026, 12, 2), step2.plan().dueOn());
        var step3 = touched(step2, LocalDate.of(2026, 12, 2), Outcome.NO_ANSWER).prospect();
        assertEquals(LocalDate.of(2026, 12, 9), step3.plan().dueOn(), "the call, two days later than day 14 (Dec 7)");
    }

    @Test
    void aStepDoneEarly_movesTheRestEarlier() {
        var step2 = touched(enrolledOn(MON), MON, Outcome.NO_ANSWER).prospect();
        var step3 = touched(step2, LocalDate.of(2026, 11, 27), Outcome.NO_ANSWER).prospect();
        assertEquals(LocalDate.of(2026, 12, 4), step3.plan().dueOn());
    }

    @Test
    void aStepDoneOnSaturday_makesTheNextOneDueOnMonday() {
        var step2 = touched(enrolledOn(MON), LocalDate.of(2026, 11, 28), Outcome.NO_ANSWER).prospect();
        assertEquals(LocalDate.of(2026, 12, 7), step2.plan().dueOn());
    }

    @Test
    void theLastStep_endsThePlan_andTheCadenceResumesFromThatTouch() {
        Prospect p = enrolledOn(MON);
        p = touched(p, MON, Outcome.NO_ANSWER).prospect();
        p = touched(p, LocalDate.of(2026, 11, 30), Outcome.NO_ANSWER).prospect();
        var last = touched(p, LocalDate.of(2026, 12, 8), Outcome.NO_ANSWER);
        assertNull(last.prospect().plan());
        assertEquals(LocalDate.of(2026, 12, 15), last.prospect().cadenceDueOn());
        assertEquals(LocalDate.of(2026, 12, 15), last.prospect().nextDueOn());
        assertEquals(Map.of("done_3", 1, "completed", 1, "finished", 1), last.tally().counters());
    }

    @Test
    void aReplyOnTheDueDay_endsThePlan_creditedToThatStep() {
        Prospect p = touched(enrolledOn(MON), MON, Outcome.LEFT_MESSAGE).prospect();
        var reply = touched(p, LocalDate.of(2026, 11, 30), Outcome.REPLIED);
        assertNull(reply.prospect().plan());
        assertEquals(LocalDate.of(2026, 12, 7), reply.prospect().nextDueOn());
        assertEquals(Map.of("done_2", 1, "responses_2", 1, "responded", 1, "finished", 1), reply.tally().counters());
    }

    @Test
    void aReplyBeforeTheNextStepIsDue_answersTheStepBefore() {
        Prospect p = touched(enrolledOn(MON), MON, Outcome.LEFT_MESSAGE).prospect();
        var reply = touched(p, LocalDate.of(2026, 11, 26), Outcome.MEETING_BOOKED);
        assertNull(reply.prospect().plan());
        assertEquals(Map.of("responses_1", 1, "responded", 1, "finished", 1), reply.tally().counters(), "step 2 was never needed");
    }

    @Test
    void notInterested_endsThePlan() {
        var no = touched(enrolledOn(MON), MON, Outcome.NOT_INTERESTED);
        assertNull(no.prospect().plan());
        assertEquals(Map.of("done_1", 1, "stopped", 1, "finished", 1), no.tally().counters());
    }

    @Test
    void aBackDatedTouch_olderThanTheLastOne_neverMovesThePlan() {
        Prospect p = touched(enrolledOn(MON), touch(LocalDate.of(2026, 11, 25), 15, Outcome.NO_ANSWER)).prospect();
        var older = touched(p, touch(LocalDate.of(2026, 11, 25), 9, Outcome.NO_ANSWER));
        assertEquals(p.plan(), older.prospect().plan());
        assertNull(older.tally());
    }

    @Test
    void aBackDatedReply_endsThePlan_withTheCadenceFromTheLatestTouch() {
        Prospect p = touched(enrolledOn(MON), touch(LocalDate.of(2026, 11, 25), 15, Outcome.NO_ANSWER)).prospect();
        var reply = touched(p, touch(LocalDate.of(2026, 11, 24), 9, Outcome.REPLIED));
        assertNull(reply.prospect().plan());
        assertEquals(LocalDate.of(2026, 12, 2), reply.prospect().cadenceDueOn(), "Nov 25 + 7 days");
        assertEquals(Map.of("responses_1", 1, "responded", 1, "finished", 1), reply.tally().counters());
    }

    @Test
    void aTouchFromBeforeTheEnrolment_leavesThePlanAlone() {
        Prospect p = enrolledOn(MON);
        var before = touched(p, touch(MON.minusDays(3), 12, Outcome.REPLIED));
        assertSame(p.plan(), before.prospect().plan());
        assertNull(before.tally());
    }

    @Test
    void aSkippedStep_movesOnFromTheSkipDay_andTheLastEndsThePlan() {
        var skipped = PlanProgress.skipped(enrolledOn(MON), MON, ACTIVE.cadence(), WEEKDAYS);
        assertEquals(LocalDate.of(2026, 11, 30), skipped.prospect().plan().dueOn());
        assertEquals(List.of(new StepMark(MON, true)), skipped.prospect().plan().marks());
        assertEquals(Map.of("skipped_1", 1), skipped.tally().counters());
        Prospect onLast = touched(skipped.prospect(), LocalDate.of(2026, 11, 30), Outcome.NO_ANSWER).prospect();
        var end = PlanProgress.skipped(onLast, LocalDate.of(2026, 12, 7), ACTIVE.cadence(), WEEKDAYS);
        assertNull(end.prospect().plan());
        assertEquals(LocalDate.of(2026, 12, 14), end.prospect().nextDueOn());
        assertEquals(Map.of("skipped_3", 1, "completed", 1, "finished", 1), end.tally().counters());
    }

    @Test
    void aReplyAfterASkippedStep_isCreditedToTheLastStepDone() {
        Prospect p = touched(enrolledOn(MON), MON, Outcome.NO_ANSWER).prospect();
        p = PlanProgress.skipped(p, LocalDate.of(2026, 11, 30), ACTIVE.cadence(), WEEKDAYS).prospect();
        var reply = touched(p, LocalDate.of(2026, 12, 2), Outcome.REPLIED);
        assertEquals(Map.of("responses_1", 1, "responded", 1, "finished", 1), reply.tally().counters());
    }

    @Test
    void withdrawn_resumesTheCadenceFromTheLastTouch() {
        Prospect p = touched(enrolledOn(MON), MON, Outcome.NO_ANSWER).prospect();
        var out = PlanProgress.withdrawn(p, ACTIVE.cadence(), WEEKDAYS);
        assertNull(out.prospect().plan());
        assertEquals(LocalDate.of(2026, 11, 30), out.prospect().nextDueOn());
        assertEquals(Map.of("withdrawn", 1, "finished", 1), out.tally().counters());
        Prospect paused = enrolledOn(MON).toBuilder().status(ProspectStatus.PAUSED).build();
        assertNull(PlanProgress.withdrawn(paused, ACTIVE.cadence(), WEEKDAYS).prospect().nextDueOn(), "off the carousel stays off");
    }
}
