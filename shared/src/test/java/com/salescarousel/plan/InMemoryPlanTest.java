package com.salescarousel.plan;

import com.salescarousel.testing.Stores;
import com.salescarousel.testing.memory.InMemoryStores;
import java.time.Clock;

/** The plan contract on the in-memory fakes the fast tier wires. */
class InMemoryPlanTest extends PlanContract {
    @Override
    protected Stores freshStores(Clock clock) {
        return new InMemoryStores();
    }
}
