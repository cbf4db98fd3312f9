package com.salescarousel.stats;

import com.salescarousel.testing.DynamoDbFixture;
import com.salescarousel.testing.DynamoDbStores;
import com.salescarousel.testing.Stores;
import java.time.Clock;

/** The four-week history on DynamoDB Local: the counters' ADDs and the projected prospect Query for real. */
class DynamoDbLocalCoachingHistoryIT extends CoachingHistoryContract {
    @Override
    protected Stores freshStores(Clock clock) {
        return DynamoDbStores.onFreshTable(DynamoDbFixture.client(DynamoDbFixture.localEndpoint()), clock);
    }
}
