package com.salescarousel.testing.memory;

import com.salescarousel.stats.WeekCounts;
import com.salescarousel.stats.WeekTally;
import com.salescarousel.store.Keys;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Week items ({@code REP#<rep>} / {@code STATS#<yyyy-Www>}) as the adapters write them: counters added
 * to as DynamoDB's {@code ADD} does, speed-to-lead hours appended as {@code list_append} does. Callers
 * hold the table's lock (they run inside {@link MemoryTable#atomically}).
 */
final class MemoryWeeks {
    private MemoryWeeks() {}

    record WeekItem(Map<String, Integer> counters, List<Double> speedToLeadHours) {}

    static void add(MemoryTable table, String repId, WeekTally tally) {
        String pk = Keys.rep(repId), sk = Keys.week(tally.week());
        WeekItem now = table.get(pk, sk, WeekItem.class);
        Map<String, Integer> counters = new HashMap<>(now == null ? Map.of() : now.counters());
        tally.counters().forEach((k, v) -> counters.merge(k, v, Integer::sum));
        List<Double> hours = new ArrayList<>(now == null ? List.of() : now.speedToLeadHours());
        hours.addAll(tally.speedToLeadHours());
        table.put(pk, sk, new WeekItem(Map.copyOf(counters), List.copyOf(hours)));
    }

    /** The morning's overdue count, unless a later morning of the week was noted (the adapter's condition). */
    static void noteOverdue(MemoryTable table, String repId, LocalDate day, int overdue) {
        String pk = Keys.rep(repId), sk = Keys.week(WeekTally.isoWeek(day));
        WeekItem now = table.get(pk, sk, WeekItem.class);
        Map<String, Integer> counters = new HashMap<>(now == null ? Map.of() : now.counters());
        Integer on = counters.get("overdueOn");
        if (on != null && on > day.toEpochDay()) return;
        counters.put("overdue", overdue);
        counters.put("overdueOn", (int) day.toEpochDay());
        table.put(pk, sk, new WeekItem(Map.copyOf(counters), now == null ? List.of() : now.speedToLeadHours()));
    }

    static Map<String, Integer> counters(MemoryTable table, String repId, String isoWeek) {
        WeekItem item = table.get(Keys.rep(repId), Keys.week(isoWeek), WeekItem.class);
        return item == null ? Map.of() : item.counters();
    }

    static List<WeekCounts> between(MemoryTable table, String repId, String fromWeek, String toWeek) {
        List<WeekCounts> out = new ArrayList<>();
        String pk = Keys.rep(repId);
        for (String sk : table.keysStartingWith(pk, "STATS#")) {
            if (sk.compareTo(Keys.week(fromWeek)) < 0 || sk.compareTo(Keys.week(toWeek)) > 0) continue;
            WeekItem item = table.get(pk, sk, WeekItem.class);
            out.add(new WeekCounts(Keys.after(sk, "STATS#"), item.counters(), item.speedToLeadHours()));
        }
        return out;
    }
}
