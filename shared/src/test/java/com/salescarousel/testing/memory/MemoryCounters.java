package com.salescarousel.testing.memory;

import com.salescarousel.stats.WeekTally;
import com.salescarousel.store.Keys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The week items ({@code REP#<rep>} / {@code STATS#<week>}) as {@code DynamoDbWeekTally} updates them:
 * counters added to as DynamoDB's {@code ADD} does, lists appended to as {@code list_append} does. Call
 * inside the table's lock, in the transaction that does the work.
 */
final class MemoryCounters {
    record Week(Map<String, Integer> values, Map<String, List<Double>> lists) {}

    private MemoryCounters() {}

    static void add(MemoryTable table, String repId, WeekTally tally) {
        String pk = Keys.rep(repId), sk = Keys.week(tally.week());
        Week now = week(table, pk, sk);
        Map<String, Integer> values = new HashMap<>(now.values());
        tally.counters().forEach((k, v) -> values.merge(k, v, Integer::sum));
        Map<String, List<Double>> lists = new HashMap<>(now.lists());
        if (!tally.speedToLeadHours().isEmpty()) {
            List<Double> l = new ArrayList<>(lists.getOrDefault(WeekTally.SPEED_TO_LEAD_HOURS, List.of()));
            l.addAll(tally.speedToLeadHours());
            lists.put(WeekTally.SPEED_TO_LEAD_HOURS, List.copyOf(l));
        }
        table.put(pk, sk, new Week(Map.copyOf(values), Map.copyOf(lists)));
    }

    static Week week(MemoryTable table, String pk, String sk) {
        Week w = table.get(pk, sk, Week.class);
        return w == null ? new Week(Map.of(), Map.of()) : w;
    }
}
