package com.salescarousel.send;

import com.salescarousel.testing.Stores;
import com.salescarousel.testing.memory.InMemoryStores;
import java.time.Clock;

/** The send protocol on the in-memory fakes: the same tests DynamoDB Local and moto pass. */
class InMemorySenderTest extends SenderContract {
    @Override
    protected Stores freshStores(Clock clock) {
        return new InMemoryStores();
    }
}
