package com.salescarousel.wiring;

import dagger.Module;
import dagger.Provides;
import javax.inject.Singleton;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The DynamoDB clients, built once per container (see {@link AwsEndpoint#configure}). */
@Module
public final class DynamoDbModule {
    private DynamoDbModule() {}

    @Provides
    @Singleton
    static DynamoDbClient dynamoDb(Settings s) {
        return s.dynamoDb().configure(DynamoDbClient.builder()).build();
    }

    @Provides
    @Singleton
    static DynamoDbEnhancedClient enhanced(DynamoDbClient ddb) {
        return DynamoDbEnhancedClient.builder().dynamoDbClient(ddb).build();
    }
}
