package com.salescarousel.stats;

import com.salescarousel.cadence.Tiers;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.prospect.ProspectStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rep's prospects as they stand on {@code today} (DESIGN 7.2), from one read of the rep's prospects:
 * <ul>
 *   <li>{@code openByTier}: open prospects per tier (every org tier present);</li>
 *   <li>{@code overdue}: on the carousel with a due day before today (the agenda's overdue list);
 *       {@code oldestOverdueDays} the most days any is overdue, null when none;</li>
 *   <li>{@code neglected}: overdue by more than their own tier's cadence (due day + cadence before today);</li>
 *   <li>{@code stale}: open, and the last touch (or the day it was added, if never touched) is 12 months ago or more;</li>
 *   <li>{@code givenUpEarly}: lost, paused or archived with no response after 2 touches or fewer;</li>
 *   <li>{@code touchesBeforeFirstResponse}: the average, over prospects that responded, of the touches
 *       logged before their first response; null when none responded.</li>
 * </ul>
 */
public record NowFigures(Map<String, Integer> openByTier, int overdue, Integer oldestOverdueDays, int neglected, int stale,
                         int givenUpEarly, Double touchesBeforeFirstResponse) {

    static final int GIVEN_UP_AFTER = 2;
    private static final Set<ProspectStatus> GIVEN_UP = EnumSet.of(ProspectStatus.LOST, ProspectStatus.PAUSED, ProspectStatus.ARCHIVED);

    public static NowFigures of(List<Prospect> prospects, Tiers tiers, LocalDate today) {
        Map<String, Integer> open = new LinkedHashMap<>();
        for (String key : tiers.keys()) open.put(key, 0);
        int overdue = 0, neglected = 0, stale = 0, givenUp = 0, responded = 0, touchesBefore = 0;
        long oldest = -1;
        LocalDate staleBy = today.minusMonths(12);
        for (Prospect p : prospects) {
            if (p.status() == ProspectStatus.OPEN) {
                open.merge(p.tier(), 1, Integer::sum);
                LocalDate anchor = p.cadenceAnchor();
                if (anchor != null && !anchor.isAfter(staleBy)) stale++;
            }
            LocalDate due = p.nextDueOn();
            if (p.status().onCarousel() && due != null && due.isBefore(today)) {
                overdue++;
                oldest = Math.max(oldest, ChronoUnit.DAYS.between(due, today));
                if (due.plus(tiers.of(p.tier()).cadence()).isBefore(today)) neglected++;
            }
            boolean neverResponded = p.firstResponseAfter() == null && p.lastResponseAt() == null;
            if (GIVEN_UP.contains(p.status()) && neverResponded && p.touchCount() <= GIVEN_UP_AFTER) givenUp++;
            if (p.firstResponseAfter() != null) {
                responded++;
                touchesBefore += p.firstResponseAfter();
            }
        }
        return new NowFigures(open, overdue, oldest < 0 ? null : (int) oldest, neglected, stale, givenUp,
                responded == 0 ? null : (double) touchesBefore / responded);
    }
}
