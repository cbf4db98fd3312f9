package com.salescarousel.testing.memory;

import com.salescarousel.prospect.Prospect;
import com.salescarousel.stats.StatsStore;
import com.salescarousel.stats.WeekCounts;
import com.salescarousel.store.Keys;
import java.time.LocalDate;
import java.util.List;

/** Week items and the rep's prospects, read from the same table the other fakes write. */
public final class InMemoryStatsStore implements StatsStore {
    private final MemoryTable table;

    InMemoryStatsStore(MemoryTable table) {
        this.table = table;
    }

    @Override
    public List<WeekCounts> weeks(String repId, String fromWeek, String toWeek) {
        return table.atomically(() -> MemoryWeeks.between(table, repId, fromWeek, toWeek));
    }

    @Override
    public void note(String repId, LocalDate day, int overdue) {
        table.atomically(() -> {
            MemoryWeeks.noteOverdue(table, repId, day, overdue);
            return null;
        });
    }

    @Override
    public List<Prospect> prospects(String repId) {
        return table.startingWith(Keys.rep(repId), Keys.PROSPECT, Prospect.class);
    }
}
