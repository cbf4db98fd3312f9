package com.salescarousel.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A prospect's place in a plan, kept on the prospect: the plan's steps as they were at enrolment
 * (so editing or retiring the plan never breaks a running enrolment), which step is next
 * ({@code index}, from 0) and the day it is due. While enrolled, the plan replaces the tier's cadence.
 * {@code id} names this enrolment (a ULID; the auto steps' send ids derive from it, so enrolling the
 * same prospect in the same plan again sends again); {@code marks} says how each step before
 * {@code index} went (done or skipped, and on which day).
 */
public record Enrolment(String planId, String planName, LocalDate enrolledOn, List<PlanStep> steps, int index, LocalDate dueOn,
                        String id, List<StepMark> marks) {
    public Enrolment {
        steps = List.copyOf(steps);
        marks = marks == null ? List.of() : List.copyOf(marks);
        if (index < 0 || index >= steps.size()) throw new IllegalArgumentException("step " + index + " of " + steps.size());
    }

    /** An enrolment with no id and no marks yet (stage two's first shape). */
    public Enrolment(String planId, String planName, LocalDate enrolledOn, List<PlanStep> steps, int index, LocalDate dueOn) {
        this(planId, planName, enrolledOn, steps, index, dueOn, null, List.of());
    }

    public PlanStep current() {
        return steps.get(index);
    }

    public Enrolment dueOn(LocalDate day) {
        return new Enrolment(planId, planName, enrolledOn, steps, index, day, id, marks);
    }

    public boolean onLastStep() {
        return index == steps.size() - 1;
    }

    /** The next step, due on {@code day}, with {@code mark} saying how the current one went. */
    Enrolment next(StepMark mark, LocalDate day) {
        List<StepMark> more = new java.util.ArrayList<>(marks);
        more.add(mark);
        return new Enrolment(planId, planName, enrolledOn, steps, index + 1, day, id, more);
    }

    /** The step number (from 1) of the last step actually done, not skipped; 0 when none was. */
    int lastDoneStep() {
        for (int i = Math.min(marks.size(), index) - 1; i >= 0; i--) {
            if (!marks.get(i).skipped()) return i + 1;
        }
        return 0;
    }

    /** What tells this enrolment apart from any other of the prospect: its id, or the plan and day for older ones. */
    String key() {
        return id != null ? id : planId + "-" + enrolledOn;
    }
}
