package com.salescarousel.store;

import com.salescarousel.testing.Stores;
import com.salescarousel.testing.memory.InMemoryStores;
import java.time.Clock;

/**
 * The store contract against the in-memory fakes the fast tier wires: the same tests DynamoDB
 * Local and moto pass, so a fake that drifts from the adapters fails here, in seconds.
 */
class InMemoryStoreTest extends StoreContract {
    @Override
    protected Stores freshStores(Clock clock) {
        return new InMemoryStores();
    }
}
