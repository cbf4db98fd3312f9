package com.salescarousel.plan;

import com.salescarousel.testing.DynamoDbFixture;
import com.salescarousel.testing.DynamoDbStores;
import com.salescarousel.testing.Stores;
import java.time.Clock;

/** The plan contract against Amazon's DynamoDB Local, through the production adapters. */
class DynamoDbLocalPlanIT extends PlanContract {
    @Override
    protected Stores freshStores(Clock clock) {
        return DynamoDbStores.onFreshTable(DynamoDbFixture.client(DynamoDbFixture.localEndpoint()), clock);
    }
}
