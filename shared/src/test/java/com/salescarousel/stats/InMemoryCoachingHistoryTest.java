package com.salescarousel.stats;

import com.salescarousel.testing.Stores;
import com.salescarousel.testing.memory.InMemoryStores;
import java.time.Clock;

/** The four-week history on the in-memory stores. */
class InMemoryCoachingHistoryTest extends CoachingHistoryContract {
    @Override
    protected Stores freshStores(Clock clock) {
        return new InMemoryStores();
    }
}
