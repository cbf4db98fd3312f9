package com.salescarousel.signal;

import com.salescarousel.testing.DynamoDbFixture;
import com.salescarousel.testing.DynamoDbStores;
import com.salescarousel.testing.Stores;
import java.time.Clock;

/** The signal contract on Amazon's DynamoDB Local, through the production adapters. */
class DynamoDbLocalSignalIT extends SignalContract {
    @Override
    protected Stores freshStores(Clock clock) {
        return DynamoDbStores.onFreshTable(DynamoDbFixture.client(DynamoDbFixture.localEndpoint()), clock);
    }
}
