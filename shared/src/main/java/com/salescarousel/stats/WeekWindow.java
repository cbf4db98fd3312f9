package com.salescarousel.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The ISO weeks a report covers: the last {@code n}, ending with the week of {@code today}, oldest first. */
public record WeekWindow(List<String> weeks) {
    public static final int DEFAULT_WEEKS = 12;
    public static final int MAX_WEEKS = 26;

    public WeekWindow {
        weeks = List.copyOf(weeks);
    }

    public static WeekWindow endingOn(LocalDate today, int n) {
        List<String> out = new ArrayList<>();
        for (int i = n - 1; i >= 0; i--) out.add(WeekTally.isoWeek(today.minusWeeks(i)));
        return new WeekWindow(out);
    }

    public String first() {
        return weeks.get(0);
    }

    public String last() {
        return weeks.get(weeks.size() - 1);
    }
}
