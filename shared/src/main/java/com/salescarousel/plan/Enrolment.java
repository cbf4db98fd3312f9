package com.salescarousel.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A prospect's place in a plan, kept on the prospect: the plan's steps as they were at enrolment
 * (so editing or retiring the plan never breaks a running enrolment), which step is next
 * ({@code index}, from 0) and the day it is due. While enrolled, the plan replaces the tier's cadence.
 */
public record Enrolment(String planId, String planName, LocalDate enrolledOn, List<PlanStep> steps, int index, LocalDate dueOn) {
    public Enrolment {
        steps = List.copyOf(steps);
        if (index < 0 || index >= steps.size()) throw new IllegalArgumentException("step " + index + " of " + steps.size());
    }

    public PlanStep current() {
        return steps.get(index);
    }

    public Enrolment dueOn(LocalDate day) {
        return new Enrolment(planId, planName, enrolledOn, steps, index, day);
    }

    public boolean onLastStep() {
        return index == steps.size() - 1;
    }
}
