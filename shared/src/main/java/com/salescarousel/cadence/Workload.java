package com.salescarousel.cadence;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which day each due prospect lands on once the rep's working days and daily capacity apply
 * (DESIGN 7.5). Pure: the due days come in, the planned days go out; nothing is stored, so a
 * prospect's own due day stays what its cadence says and the plan never drifts from it.
 *
 * <ul>
 *   <li>A day that is not a working day (weekend when skipped, public holiday, time away) holds
 *       nobody: its prospects count from the next working day. That is how the backlog of time
 *       away lands after it.</li>
 *   <li>Overdue prospects (due before today, on a working day) stay where they are: on today's list.</li>
 *   <li>When more than {@code capacity} would be due on a day (today's overdue count too), the
 *       lowest-priority movable prospects go to the nearest working day with room, within their
 *       {@link #tolerance}, never before today; at equal distance the later day wins. Days are
 *       settled from today on, so a prospect only ever moves into a day that has room.</li>
 *   <li>The first tier and sales-ready prospects never move (tolerance 0).</li>
 * </ul>
 */
public final class Workload {
    /** The largest tolerance: nurture's two weeks. */
    public static final int MAX_TOLERANCE = 14;
    /**
     * How far past a day to read so that its plan is exact: a prospect up to 14 days later may move
     * into it, and where that one goes depends on days up to 14 after it.
     */
    public static final int LOOKAHEAD = 2 * MAX_TOLERANCE;

    private Workload() {}

    /**
     * One due prospect: its own due day, its tier's priority (0 first) and how many days either way
     * it may move (0: never).
     */
    public record Item(String id, LocalDate dueOn, int priority, int tolerance) {}

    /**
     * How far a prospect of a tier may move: the first tier never; a tier of a month or more
     * (working, {@code P1M}) five days; a quarter or more (nurture, {@code P3M}) fourteen; faster
     * tiers never. Teams add and re-time tiers, so the bands follow the cadence, not the name.
     */
    public static int tolerance(Period cadence, int priority, boolean salesReady) {
        if (priority == 0 || salesReady) return 0;
        long days = cadence.toTotalMonths() * 30 + cadence.getDays();
        if (days >= 84) return MAX_TOLERANCE;
        if (days >= 28) return 5;
        return 0;
    }

    /** Each item's planned day. {@code capacity} null means no limit. */
    public static Map<String, LocalDate> plan(List<Item> items, LocalDate today, WorkingDays days, Integer capacity) {
        Map<String, LocalDate> planned = new HashMap<>();
        // Each day's prospects, as they are planned so far; overdue ones are on today's list.
        TreeMap<LocalDate, List<Item>> byDay = new TreeMap<>();
        for (Item i : items) {
            LocalDate day = days.onOrAfter(i.dueOn());
            planned.put(i.id(), day);
            byDay.computeIfAbsent(day.isBefore(today) ? today : day, d -> new ArrayList<>()).add(i);
        }
        if (capacity == null) return planned;
        Comparator<Item> lowestFirst = Comparator.comparingInt(Item::priority).reversed().thenComparing(Item::id, Comparator.reverseOrder());
        for (LocalDate day : new ArrayList<>(byDay.keySet())) {
            List<Item> onDay = byDay.get(day);
            if (onDay.size() <= capacity) continue;
            List<Item> movable = onDay.stream().filter(i -> i.tolerance() > 0 && !planned.get(i.id()).isBefore(today))
                    .sorted(lowestFirst).toList();
            for (Item i : movable) {
                if (onDay.size() <= capacity) break;
                // Nothing has moved into an over-full day, so its prospects start from it: the tolerance counts from here.
                LocalDate to = nearestWithRoom(i, day, today, days, capacity, byDay);
                if (to == null) continue;
                onDay.remove(i);
                byDay.computeIfAbsent(to, d -> new ArrayList<>()).add(i);
                planned.put(i.id(), to);
            }
        }
        return planned;
    }

    private static LocalDate nearestWithRoom(Item i, LocalDate day, LocalDate today, WorkingDays days, int capacity,
                                             TreeMap<LocalDate, List<Item>> byDay) {
        for (int k = 1; k <= i.tolerance(); k++) {
            for (LocalDate to : new LocalDate[] {day.plusDays(k), day.minusDays(k)}) {
                if (to.isBefore(today) || !days.isWorking(to)) continue;
                if (byDay.getOrDefault(to, List.of()).size() < capacity) return to;
            }
        }
        return null;
    }
}
