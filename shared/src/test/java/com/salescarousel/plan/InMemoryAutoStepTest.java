package com.salescarousel.plan;

import com.salescarousel.testing.Stores;
import com.salescarousel.testing.memory.InMemoryStores;
import java.time.Clock;

/** Automatic steps on the in-memory fakes. */
class InMemoryAutoStepTest extends AutoStepContract {
    @Override
    protected Stores freshStores(Clock clock) {
        return new InMemoryStores();
    }
}
