package com.salescarousel.stats;

import com.salescarousel.touch.Channel;
import com.salescarousel.touch.Outcome;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One ISO week of a rep's work as {@code GET /api/stats} shows it (DESIGN 7.2), read from the week's
 * counters: every channel and outcome is present (zero when none), tiers are the org's plus any counted.
 * {@code due = onTime + late}; {@code speedToLeadHours} is the median of the week's list, null when empty;
 * {@code overdue} is the count the latest morning run of the week noted ({@link OverdueLog}), null when none ran.
 */
public record WeekFigures(String week, int touches, Map<String, Integer> byChannel, Map<String, Integer> byOutcome,
                          Map<String, Integer> byTier, int responses, int meetings, int due, int onTime, int late, int early,
                          int added, int tierMoves, int signals, int salesReady, Double speedToLeadHours, Integer overdue) {

    public static WeekFigures of(WeekCounts c, Collection<String> tierKeys) {
        Map<String, Integer> channels = new LinkedHashMap<>();
        for (Channel ch : Channel.values()) channels.put(ch.wire(), c.get("channel_" + ch.wire()));
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        for (Outcome o : Outcome.values()) outcomes.put(o.wire(), c.get("outcome_" + o.wire()));
        Map<String, Integer> tiers = new LinkedHashMap<>();
        for (String t : tierKeys) tiers.put(t, c.get("tier_" + t));
        // Counted under names the enums or the org's tiers no longer list: kept, not dropped.
        c.counters().forEach((k, v) -> {
            if (k.startsWith("channel_")) channels.putIfAbsent(k.substring(8), v);
            else if (k.startsWith("outcome_")) outcomes.putIfAbsent(k.substring(8), v);
            else if (k.startsWith("tier_")) tiers.putIfAbsent(k.substring(5), v);
        });
        int onTime = c.get("dueOnTime"), late = c.get("dueLate");
        return new WeekFigures(c.week(), c.get("touches"), channels, outcomes, tiers, c.get("responses"), c.get("meetings"),
                onTime + late, onTime, late, c.get("early"), c.get("added"), c.get("tierMoves"), c.get("signals"),
                c.get("salesReady"), median(c.speedToLeadHours()), c.counters().get(DynamoDbStatsStore.OVERDUE));
    }

    static Double median(List<Double> values) {
        if (values.isEmpty()) return null;
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** On-time share of the due touches; null when nothing was due. */
    public Double adherence() {
        return due == 0 ? null : (double) onTime / due;
    }
}
