package com.salescarousel.stats;

import com.salescarousel.prospect.Prospect;
import com.salescarousel.touch.Outcome;
import com.salescarousel.touch.Touch;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What one piece of work adds to its ISO week's counters ({@code STATS#<yyyy-Www>}, counter names in
 * DESIGN 7.2), written with {@code ADD} in the same transaction as the work itself. {@code
 * speedToLeadHours} are appended to the week's list attribute of that name (empty: nothing to append).
 */
public record WeekTally(String week, Map<String, Integer> counters, List<Double> speedToLeadHours) {
    public static final String SPEED_TO_LEAD_HOURS = "speedToLeadHours";


    public WeekTally {
        counters = Map.copyOf(counters);
        speedToLeadHours = speedToLeadHours == null ? List.of() : List.copyOf(speedToLeadHours);
    }

    public WeekTally(String week, Map<String, Integer> counters) {
        this(week, counters, List.of());
    }

    /** As {@link #of(Touch, Prospect, Prospect, LocalDate)} for a touch logged on its own day that moves no tier. */
    public static WeekTally of(Touch t, Prospect before) {
        return of(t, before, before, t.day());
    }

    /**
     * A touch, counted in the week of its own day (a back-dated touch counts in its week). Whether it
     * was a due touch done on time is decided here, when it is logged, from the due day it answered:
     * <ul>
     *   <li>only the latest touch by {@code at} answers a due day (an older, back-dated one moves nothing);</li>
     *   <li>logged before the prospect was due ({@code loggedOn} before the due day): {@code early}, not a due touch;</li>
     *   <li>otherwise a due touch: {@code dueOnTime} when the touch's day is on or before the due day, else {@code dueLate}.</li>
     * </ul>
     * A tier that changed with the touch (a lost deal's referral ask moving it to nurture) is a {@code tierMoves}.
     */
    public static WeekTally of(Touch t, Prospect before, Prospect after, LocalDate loggedOn) {
        Map<String, Integer> c = new LinkedHashMap<>();
        c.put("touches", 1);
        c.put("channel_" + t.channel().wire(), 1);
        c.put("outcome_" + t.outcome().wire(), 1);
        c.put("tier_" + before.tier(), 1);
        if (t.outcome().isResponse()) c.put("responses", 1);
        if (t.outcome() == Outcome.MEETING_BOOKED) c.put("meetings", 1);
        boolean latest = before.lastTouchAt() == null || !t.at().isBefore(before.lastTouchAt());
        LocalDate due = before.nextDueOn();
        if (latest && due != null) {
            if (loggedOn.isBefore(due)) c.put("early", 1);
            else if (!t.day().isAfter(due)) c.put("dueOnTime", 1);
            else c.put("dueLate", 1);
            // Today's progress ("3 of 7 done"): due touches done on each day of the week.
            if (!t.day().isBefore(due)) c.put(doneOn(t.day()), 1);
        }
        if (!Objects.equals(before.tier(), after.tier())) c.put("tierMoves", 1);
        return new WeekTally(isoWeek(t.day()), c);
    }

    /** The counter of due touches done on {@code day}, kept in that day's week. */
    public static String doneOn(LocalDate day) {
        return "dueDone_" + day;
    }

    /** This tally with hours from sales-ready to the first touch after it appended to the week's list. */
    public WeekTally withSpeedToLead(double hours) {
        List<Double> more = new ArrayList<>(speedToLeadHours);
        more.add(hours);
        return new WeekTally(week, counters, more);
    }

    /** The same counters taken back: what undoing the touch {@code ADD}s. */
    public WeekTally negated() {
        Map<String, Integer> c = new LinkedHashMap<>();
        counters.forEach((k, v) -> c.put(k, -v));
        // A speed-to-lead hour stays: the week's list cannot take one value back (ADD can, list_append cannot).
        return new WeekTally(week, c);
    }

    /** A prospect added on {@code day}: counted in the create transaction. */
    public static WeekTally added(LocalDate day) {
        return new WeekTally(isoWeek(day), Map.of("added", 1));
    }

    /** A change that moved a prospect to another tier on {@code day}; null when the tier did not change. */
    public static WeekTally tierMove(Prospect before, Prospect after, LocalDate day) {
        if (Objects.equals(before.tier(), after.tier())) return null;
        return new WeekTally(isoWeek(day), Map.of("tierMoves", 1));
    }

    public static String isoWeek(LocalDate day) {
        return String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
