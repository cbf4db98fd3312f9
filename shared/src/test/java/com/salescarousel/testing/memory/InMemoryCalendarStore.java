package com.salescarousel.testing.memory;

import com.salescarousel.calendar.CalendarStore;
import java.util.Optional;

/** Feeds as {@code DynamoDbCalendarStore} keeps them: the rep's CALENDAR item and a look-up item per hash, swapped together. */
public final class InMemoryCalendarStore implements CalendarStore {
    /** The rep's item (which hash is theirs) and the look-up item (whose hash this is). */
    record Feed(String tokenHash) {}

    record Owner(String repId) {}

    private final MemoryTable table;

    InMemoryCalendarStore(MemoryTable table) {
        this.table = table;
    }

    @Override
    public void rotate(String repId, String tokenHash) {
        table.atomically(() -> {
            Feed old = table.get("REP#" + repId, "CALENDAR", Feed.class);
            if (old != null) table.remove("CALFEED#" + old.tokenHash(), "CALFEED");
            table.put("REP#" + repId, "CALENDAR", new Feed(tokenHash));
            table.put("CALFEED#" + tokenHash, "CALFEED", new Owner(repId));
            return null;
        });
    }

    @Override
    public Optional<String> repFor(String tokenHash) {
        return Optional.ofNullable(table.get("CALFEED#" + tokenHash, "CALFEED", Owner.class)).map(Owner::repId);
    }
}
