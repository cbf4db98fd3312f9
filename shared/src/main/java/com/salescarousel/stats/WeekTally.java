package com.salescarousel.stats;

import com.salescarousel.prospect.Prospect;
import com.salescarousel.touch.Touch;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one touch adds to its ISO week's counters: totals by channel, outcome and tier, and whether
 * it was a due touch done on time (on its due day), late, or early (before it was due). Counters are
 * added ({@code ADD}); {@code speedToLeadHours} are appended to the week's list of the same name.
 */
public record WeekTally(String week, Map<String, Integer> counters, List<Double> speedToLeadHours) {
    public static final String SPEED_TO_LEAD_HOURS = "speedToLeadHours";

    public WeekTally {
        speedToLeadHours = List.copyOf(speedToLeadHours);
    }

    public WeekTally(String week, Map<String, Integer> counters) {
        this(week, counters, List.of());
    }

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
        }
        return new WeekTally(isoWeek(t.day()), c);
    }

    /** This tally with hours from sales-ready to the first touch after it appended to the week's list. */
    public WeekTally withSpeedToLead(double hours) {
        List<Double> more = new ArrayList<>(speedToLeadHours);
        more.add(hours);
        return new WeekTally(week, counters, more);
    }

    public static String isoWeek(LocalDate day) {
        return String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
