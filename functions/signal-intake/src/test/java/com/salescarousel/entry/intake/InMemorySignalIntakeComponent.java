package com.salescarousel.entry.intake;

import com.salescarousel.send.SendQueue;
import com.salescarousel.testing.memory.InMemoryStoreModule;
import com.salescarousel.testing.memory.InMemoryStores;
import dagger.BindsInstance;
import dagger.Component;
import java.time.Clock;

/** The signal-intake's graph for the fast tier: in-memory stores, and a send queue the test reads. */
@Component(modules = InMemoryStoreModule.class)
interface InMemorySignalIntakeComponent extends SignalIntakeHandler.Graph {

    @Component.Factory
    interface Factory {
        InMemorySignalIntakeComponent create(@BindsInstance InMemoryStores stores, @BindsInstance SendQueue queue, @BindsInstance Clock clock);
    }
}
