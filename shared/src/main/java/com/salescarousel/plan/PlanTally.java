package com.salescarousel.plan;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one piece of work adds to a plan's figures (the {@code ORG#<org>} / {@code PLANSTATS#<plan>}
 * item), added with {@code ADD} inside the transaction that does the work, so the figures are never
 * counted by reading prospects back. Steps count from 1: {@code done_2} is step 2 done.
 */
public record PlanTally(String org, String planId, Map<String, Integer> counters) {
    public static final String ENROLLED = "enrolled", FINISHED = "finished", COMPLETED = "completed", RESPONDED = "responded",
            STOPPED = "stopped", WITHDRAWN = "withdrawn";
    public static final String DONE = "done_", SKIPPED = "skipped_", RESPONSES = "responses_";

    public PlanTally {
        counters = Map.copyOf(counters);
    }

    /** The same counters taken back (a touch undone). */
    public PlanTally negated() {
        Map<String, Integer> minus = new LinkedHashMap<>();
        counters.forEach((k, v) -> minus.put(k, -v));
        return new PlanTally(org, planId, minus);
    }

    static Builder of(String org, String planId) {
        return new Builder(org, planId);
    }

    /** Collects counters in the order they are added. */
    static final class Builder {
        private final String org;
        private final String planId;
        private final Map<String, Integer> counters = new LinkedHashMap<>();

        private Builder(String org, String planId) {
            this.org = org;
            this.planId = planId;
        }

        Builder add(String counter) {
            counters.merge(counter, 1, Integer::sum);
            return this;
        }

        Builder step(String counter, int step) {
            return add(counter + step);
        }

        PlanTally build() {
            return new PlanTally(org, planId, counters);
        }
    }
}
