package com.salescarousel.plan;

import com.salescarousel.testing.DynamoDbFixture;
import com.salescarousel.testing.DynamoDbStores;
import com.salescarousel.testing.Stores;
import java.time.Clock;

/** Automatic steps against DynamoDB Local, through the production adapters. */
class DynamoDbLocalAutoStepIT extends AutoStepContract {
    @Override
    protected Stores freshStores(Clock clock) {
        return DynamoDbStores.onFreshTable(DynamoDbFixture.client(DynamoDbFixture.localEndpoint()), clock);
    }
}
