package com.salescarousel.send;

import com.salescarousel.testing.DynamoDbFixture;
import com.salescarousel.testing.DynamoDbStores;
import com.salescarousel.testing.MotoFixture;
import com.salescarousel.testing.Stores;
import java.time.Clock;

/**
 * The send protocol's tests, unchanged, with the store on moto's DynamoDB instead of DynamoDB Local.
 * Skipped, with the reason, where moto is not available. (The SQS and SES v2 half on moto is
 * {@code MotoSqsSesIT} in the touch-sender function.)
 */
class MotoSenderIT extends SenderContract {
    @Override
    protected Stores freshStores(Clock clock) {
        return DynamoDbStores.onFreshTable(DynamoDbFixture.client(MotoFixture.endpointOrSkip()), clock);
    }
}
