package com.salescarousel.store;

import com.salescarousel.testing.Stores;
import com.salescarousel.testing.memory.InMemoryStores;
import java.time.Clock;

/** The rep's-app contract on the in-memory fakes. */
class InMemoryRepAppStoreTest extends RepAppStoreContract {
    @Override
    protected Stores freshStores(Clock clock) {
        return new InMemoryStores();
    }
}
