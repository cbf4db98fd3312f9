package com.salescarousel.signal;

import com.salescarousel.testing.Stores;
import com.salescarousel.testing.memory.InMemoryStores;
import java.time.Clock;

/** The signal contract on the in-memory fakes the fast tier wires. */
class InMemorySignalTest extends SignalContract {
    @Override
    protected Stores freshStores(Clock clock) {
        return new InMemoryStores();
    }
}
