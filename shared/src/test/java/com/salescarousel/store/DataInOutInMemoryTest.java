package com.salescarousel.store;

import com.salescarousel.testing.memory.InMemoryStores;
import java.time.Clock;

/** The data-in-and-out contract on the in-memory fakes. */
class DataInOutInMemoryTest extends DataInOutContract {
    @Override
    protected Ports fresh(Clock clock) {
        var m = new InMemoryStores();
        return new Ports(m.prospects(), m.touches(), m.sends(), m.suppressions(), m.imports(), m.calendars(), m.traces(),
                rep -> m.itemsOf(rep, null), (rep, sk) -> m.plant(rep, sk, "planted"));
    }
}
