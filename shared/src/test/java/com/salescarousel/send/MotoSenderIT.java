package com.salescarousel.send;

import com.salescarousel.testing.DynamoDbFixture;
import com.salescarousel.testing.MotoFixture;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The send protocol's tests, unchanged, with the store on moto's DynamoDB instead of DynamoDB Local.
 * Skipped, with the reason, where moto is not available. (The SQS and SES v2 half on moto is
 * {@code MotoSendIT} in the touch-sender function.)
 */
class MotoSenderIT extends SenderIT {
    @Override
    protected DynamoDbClient client() {
        return DynamoDbFixture.client(MotoFixture.endpointOrSkip());
    }
}
