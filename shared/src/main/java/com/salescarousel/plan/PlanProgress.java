package com.salescarousel.plan;

import com.salescarousel.cadence.Cadence;
import com.salescarousel.cadence.WorkingDays;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.touch.Outcome;
import com.salescarousel.touch.Touch;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * How a prospect moves through a plan (DESIGN section 7.4). Pure: every input is a value, the store
 * and the clock stay with the caller.
 *
 * <ul>
 *   <li>Enrolling on day E makes the first step due on E + its offset, moved to a working day.</li>
 *   <li>A touch (the latest one, on or after E) completes the current step; the next one is due the
 *       difference of the two steps' offsets after the touch's day, moved to the rep's next working
 *       day. So a step done two days late moves the rest two days; one done early moves them earlier.</li>
 *   <li>A response ({@code replied}, {@code meeting_booked}), even back-dated, ends the plan; so do
 *       {@code not_interested} (the prospect said no: a sequence would keep writing to them) and the
 *       last step. The tier's cadence then resumes from the latest touch.</li>
 *   <li>A back-dated touch that is not the latest never moves the plan, as it never moves the cadence.</li>
 * </ul>
 * Each move says what it adds to the plan's figures ({@link PlanTally}): a response is credited to
 * the step the touch completed when that step was due, otherwise to the last step done before it
 * (the prospect answered what they had received; the step that was not yet due was never needed).
 */
public final class PlanProgress {
    private PlanProgress() {}

    /** A prospect after a plan move, and what the move adds to the plan's figures (null: nothing). */
    public record Moved(Prospect prospect, PlanTally tally) {
        static Moved unchanged(Prospect p) {
            return new Moved(p, null);
        }
    }

    /** Enrolled on {@code today}: the first step is due on today + its offset, moved to a working day. */
    public static Prospect enrolled(Prospect p, Plan plan, LocalDate today, WorkingDays days, String enrolmentId) {
        LocalDate due = days.onOrAfter(today.plusDays(plan.steps().get(0).offsetDays()));
        // Stage-one prospects carry no org: the plan's org is where their figures are counted.
        return p.toBuilder().org(p.org() != null ? p.org() : plan.org())
                .plan(new Enrolment(plan.id(), plan.name(), today, plan.steps(), 0, due, enrolmentId, List.of())).build();
    }

    /** What enrolling adds to the plan's figures. */
    public static PlanTally enrolment(Prospect enrolled) {
        return PlanTally.of(enrolled.org(), enrolled.plan().planId()).add(PlanTally.ENROLLED).build();
    }

    /**
     * The plan's part of a touch. {@code after} is the prospect as the carousel moved it
     * ({@code Carousel.afterTouch}, whose cadence day is right for a latest touch); {@code cadence} is
     * its tier's, for a back-dated response that ends the plan.
     */
    public static Moved afterTouch(Prospect before, Prospect after, Touch t, Period cadence, WorkingDays days) {
        Enrolment e = before.plan();
        if (e == null || t.day().isBefore(e.enrolledOn())) return Moved.unchanged(after);
        boolean latest = before.lastTouchAt() == null || !t.at().isBefore(before.lastTouchAt());
        boolean response = t.outcome().isResponse();
        if (!latest && !response) return Moved.unchanged(after);
        int step = e.index() + 1;
        PlanTally.Builder tally = PlanTally.of(after.org(), e.planId());
        // A response before the current step was due answers an earlier one: this step was never needed.
        boolean completes = latest && !(response && t.day().isBefore(e.dueOn()));
        if (completes) tally.step(PlanTally.DONE, step);
        if (response) {
            int credited = completes ? step : e.lastDoneStep();
            if (credited > 0) tally.step(PlanTally.RESPONSES, credited);
            return ended(after, latest, cadence, days, tally.add(PlanTally.RESPONDED));
        }
        if (t.outcome() == Outcome.NOT_INTERESTED) return ended(after, true, cadence, days, tally.add(PlanTally.STOPPED));
        if (e.onLastStep()) return ended(after, true, cadence, days, tally.add(PlanTally.COMPLETED));
        LocalDate next = nextDue(e, t.day(), days);
        return new Moved(after.toBuilder().plan(e.next(new StepMark(t.day(), false), next)).build(), tally.build());
    }

    /**
     * The current step skipped on {@code day} (an automatic e-mail to an address that may not be
     * mailed): the plan goes on as if the step had been done that day; after the last step the tier's
     * cadence resumes from that day.
     */
    public static Moved skipped(Prospect p, LocalDate day, Period cadence, WorkingDays days) {
        Enrolment e = p.plan();
        PlanTally.Builder tally = PlanTally.of(p.org(), e.planId()).step(PlanTally.SKIPPED, e.index() + 1);
        if (!e.onLastStep()) {
            return new Moved(p.toBuilder().plan(e.next(new StepMark(day, true), nextDue(e, day, days))).build(), tally.build());
        }
        Prospect.Builder b = p.toBuilder().plan(null);
        b.cadenceDueOn(p.status().onCarousel() ? Cadence.nextDue(day, cadence, days) : null);
        return new Moved(b.build(), tally.add(PlanTally.COMPLETED).add(PlanTally.FINISHED).build());
    }

    /** Taken out of the plan by the rep: the tier's cadence resumes from the last touch (or creation), as after a tier move. */
    public static Moved withdrawn(Prospect p, Period cadence, WorkingDays days) {
        Enrolment e = p.plan();
        Prospect.Builder b = p.toBuilder().plan(null);
        b.cadenceDueOn(p.status().onCarousel() ? Cadence.nextDue(p.cadenceAnchor(), cadence, days) : null);
        return new Moved(b.build(), PlanTally.of(p.org(), e.planId()).add(PlanTally.WITHDRAWN).add(PlanTally.FINISHED).build());
    }

    /** The step after the current one: the gap between their offsets after {@code from}, on a working day. */
    private static LocalDate nextDue(Enrolment e, LocalDate from, WorkingDays days) {
        int gap = e.steps().get(e.index() + 1).offsetDays() - e.current().offsetDays();
        return days.onOrAfter(from.plusDays(gap));
    }

    /**
     * The plan is over. After the latest touch the carousel has already set the cadence day from it;
     * a back-dated response sets it from the latest touch here.
     */
    private static Moved ended(Prospect after, boolean latest, Period cadence, WorkingDays days, PlanTally.Builder tally) {
        Prospect.Builder b = after.toBuilder().plan(null);
        if (!latest && after.status().onCarousel()) b.cadenceDueOn(Cadence.nextDue(after.cadenceAnchor(), cadence, days));
        return new Moved(b.build(), tally.add(PlanTally.FINISHED).build());
    }
}
