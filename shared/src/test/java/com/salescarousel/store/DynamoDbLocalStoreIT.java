package com.salescarousel.store;

import com.salescarousel.testing.DynamoDbFixture;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The store contract against Amazon's DynamoDB Local. */
class DynamoDbLocalStoreIT extends StoreContract {
    @Override
    protected DynamoDbClient client() {
        return DynamoDbFixture.client(DynamoDbFixture.localEndpoint());
    }
}
