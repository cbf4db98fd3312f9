package com.salescarousel.stats;

import com.salescarousel.testing.DynamoDbFixture;
import com.salescarousel.testing.DynamoDbStores;
import com.salescarousel.testing.MotoFixture;
import com.salescarousel.testing.Stores;
import java.time.Clock;

/** The coaching ports' contract on moto's DynamoDB (skipped, with the reason, where moto is not available). */
class MotoStatsStoreIT extends StatsStoreContract {
    @Override
    protected Stores freshStores(Clock clock) {
        return DynamoDbStores.onFreshTable(DynamoDbFixture.client(MotoFixture.endpointOrSkip()), clock);
    }
}
