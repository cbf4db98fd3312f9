package com.salescarousel.entry.calculator;

import com.salescarousel.send.SendQueue;
import com.salescarousel.testing.memory.InMemoryStoreModule;
import com.salescarousel.testing.memory.InMemoryStores;
import dagger.BindsInstance;
import dagger.Component;
import java.time.Clock;

/** The cadence-calculator's graph for the fast tier: in-memory stores and a send queue the test records. */
@Component(modules = InMemoryStoreModule.class)
interface InMemoryCadenceCalculatorComponent extends CadenceCalculatorHandler.Graph {

    @Component.Factory
    interface Factory {
        InMemoryCadenceCalculatorComponent create(@BindsInstance InMemoryStores stores, @BindsInstance SendQueue queue,
                                                  @BindsInstance Clock clock);
    }
}
