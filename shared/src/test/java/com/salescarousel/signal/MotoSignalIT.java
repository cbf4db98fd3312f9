package com.salescarousel.signal;

import com.salescarousel.testing.DynamoDbFixture;
import com.salescarousel.testing.DynamoDbStores;
import com.salescarousel.testing.MotoFixture;
import com.salescarousel.testing.Stores;
import java.time.Clock;

/** The signal contract on moto's DynamoDB, a second emulator; skipped with the reason where moto is not available. */
class MotoSignalIT extends SignalContract {
    @Override
    protected Stores freshStores(Clock clock) {
        return DynamoDbStores.onFreshTable(DynamoDbFixture.client(MotoFixture.endpointOrSkip()), clock);
    }
}
