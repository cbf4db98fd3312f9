package com.salescarousel.stats;

import java.util.List;

/**
 * A rep's coaching figures: the weeks asked for (oldest first, every week present), how things stand
 * now, and adherence: due touches done on time over all due touches of those weeks, null when none was due.
 */
public record RepStats(List<WeekFigures> weeks, NowFigures now, Double adherence) {

    public RepStats {
        weeks = List.copyOf(weeks);
    }

    public static RepStats of(List<WeekFigures> weeks, NowFigures now) {
        int due = 0, onTime = 0;
        for (WeekFigures w : weeks) {
            due += w.due();
            onTime += w.onTime();
        }
        return new RepStats(weeks, now, due == 0 ? null : (double) onTime / due);
    }

    /** All touches of these weeks. */
    public int touches() {
        return weeks.stream().mapToInt(WeekFigures::touches).sum();
    }
}
