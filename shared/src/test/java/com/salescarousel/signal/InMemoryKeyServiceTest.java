package com.salescarousel.signal;

import com.salescarousel.testing.KeyServiceContract;
import com.salescarousel.testing.memory.InMemoryKeyService;

/** The key-service contract on the fast tier's fake. */
class InMemoryKeyServiceTest extends KeyServiceContract {
    @Override
    protected KeyService keyService() {
        return new InMemoryKeyService();
    }
}
