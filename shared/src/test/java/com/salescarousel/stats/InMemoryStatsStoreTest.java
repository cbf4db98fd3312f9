package com.salescarousel.stats;

import com.salescarousel.testing.Stores;
import com.salescarousel.testing.memory.InMemoryStores;
import java.time.Clock;

/** The coaching ports' contract on the in-memory fakes. */
class InMemoryStatsStoreTest extends StatsStoreContract {
    @Override
    protected Stores freshStores(Clock clock) {
        return new InMemoryStores();
    }
}
