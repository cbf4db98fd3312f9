package com.salescarousel.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A plan's figures as its counters hold them ({@link PlanTally}): how many prospects were enrolled,
 * are still in it, finished (completed, responded, stopped or withdrawn), and per step how many did
 * it, skipped it and responded to it.
 */
public record PlanFigures(String planId, Map<String, Long> counters) {
    public PlanFigures {
        counters = Map.copyOf(counters);
    }

    /** A step's figures; the response rate is responses over steps done, null before any was done. */
    public record Step(int step, long done, long skipped, long responses) {
        public Double responseRate() {
            return done == 0 ? null : (double) responses / done;
        }
    }

    public long count(String counter) {
        return Math.max(0, counters.getOrDefault(counter, 0L));
    }

    public long enrolled() {
        return count(PlanTally.ENROLLED);
    }

    public long finished() {
        return count(PlanTally.FINISHED);
    }

    public long active() {
        return Math.max(0, enrolled() - finished());
    }

    /** Responses over prospects enrolled; null before anyone was. */
    public Double responseRate() {
        return enrolled() == 0 ? null : (double) count(PlanTally.RESPONDED) / enrolled();
    }

    /** Steps 1 to {@code steps}, and any later step still counted from before the plan was shortened. */
    public List<Step> steps(int steps) {
        int last = steps;
        for (String k : counters.keySet()) {
            for (String prefix : List.of(PlanTally.DONE, PlanTally.SKIPPED, PlanTally.RESPONSES)) {
                if (k.startsWith(prefix)) last = Math.max(last, number(k.substring(prefix.length())));
            }
        }
        List<Step> out = new ArrayList<>();
        for (int i = 1; i <= last; i++) {
            out.add(new Step(i, count(PlanTally.DONE + i), count(PlanTally.SKIPPED + i), count(PlanTally.RESPONSES + i)));
        }
        return out;
    }

    private static int number(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
