package com.salescarousel.plan;

import java.util.List;

/**
 * A prospecting plan: org data a manager writes and every rep of the org uses, a short fixed
 * series of steps before a prospect settles into a tier (the 20/20 plan: day 0 mail, day 7 mail,
 * day 14 call). A retired plan takes no new enrolments; the running ones keep their own copy of
 * the steps ({@link Enrolment}), so they go on unchanged.
 */
public record Plan(String org, String id, String name, List<PlanStep> steps, boolean retired, long version) {
    public Plan {
        steps = List.copyOf(steps);
    }

    public Plan retire() {
        return new Plan(org, id, name, steps, true, version + 1);
    }
}
