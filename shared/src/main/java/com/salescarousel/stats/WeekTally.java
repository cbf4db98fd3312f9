package com.salescarousel.stats;

import com.salescarousel.prospect.Prospect;
import com.salescarousel.touch.Touch;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What one touch adds to its ISO week's counters: totals by channel, outcome and tier, and whether
 * it was a due touch done on time (on its due day), late, or early (before it was due).
 */
public record WeekTally(String week, Map<String, Integer> counters) {

    public static WeekTally of(Touch t, Prospect before) {
        Map<String, Integer> c = new LinkedHashMap<>();
        c.put("touches", 1);
        c.put("channel_" + t.channel().wire(), 1);
        c.put("outcome_" + t.outcome().wire(), 1);
        c.put("tier_" + before.tier(), 1);
        LocalDate due = before.nextDueOn();
        if (due != null) {
            if (t.day().isBefore(due)) c.put("early", 1);
            else if (t.day().isEqual(due)) c.put("dueOnTime", 1);
            else c.put("dueLate", 1);
            // Today's progress ("3 of 7 done"): due touches done on each day of the week.
            if (!t.day().isBefore(due)) c.put(doneOn(t.day()), 1);
        }
        return new WeekTally(isoWeek(t.day()), c);
    }

    /** The counter of due touches done on {@code day}, kept in that day's week. */
    public static String doneOn(LocalDate day) {
        return "dueDone_" + day;
    }

    /** The same counters taken back: what undoing the touch {@code ADD}s. */
    public WeekTally negated() {
        Map<String, Integer> c = new LinkedHashMap<>();
        counters.forEach((k, v) -> c.put(k, -v));
        return new WeekTally(week, c);
    }

    public static String isoWeek(LocalDate day) {
        return String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
