package com.salescarousel.referral;

import com.salescarousel.testing.DynamoDbFixture;
import com.salescarousel.testing.DynamoDbStores;
import com.salescarousel.testing.Stores;
import java.time.Clock;

/** The referral contract on Amazon's DynamoDB Local: the due index (GSI1) and the referral index (GSI3). */
class DynamoDbLocalReferralIT extends ReferralContract {
    @Override
    protected Stores freshStores(Clock clock) {
        return DynamoDbStores.onFreshTable(DynamoDbFixture.client(DynamoDbFixture.localEndpoint()), clock);
    }
}
