package com.salescarousel.store;

import com.salescarousel.testing.DynamoDbFixture;
import com.salescarousel.testing.DynamoDbStores;
import com.salescarousel.testing.MotoFixture;
import com.salescarousel.testing.Stores;
import java.time.Clock;

/** The rep's-app contract on moto's DynamoDB (skipped, with the reason, where moto is not available). */
class MotoRepAppStoreIT extends RepAppStoreContract {
    @Override
    protected Stores freshStores(Clock clock) {
        return DynamoDbStores.onFreshTable(DynamoDbFixture.client(MotoFixture.endpointOrSkip()), clock);
    }
}
