package com.salescarousel.stats;

import java.util.List;
import java.util.Map;

/** One week item as stored ({@code STATS#<yyyy-Www>}): its counters and the speed-to-lead hours appended to it. */
public record WeekCounts(String week, Map<String, Integer> counters, List<Double> speedToLeadHours) {

    public WeekCounts {
        counters = Map.copyOf(counters);
        speedToLeadHours = List.copyOf(speedToLeadHours);
    }

    /** A week nothing was counted in. */
    public static WeekCounts empty(String week) {
        return new WeekCounts(week, Map.of(), List.of());
    }

    public int get(String counter) {
        return counters.getOrDefault(counter, 0);
    }
}
