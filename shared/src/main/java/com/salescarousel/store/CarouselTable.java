package com.salescarousel.store;

import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveSpecification;

/**
 * The one table and its indexes, as template.yaml declares them: the local cloud and the tests
 * create exactly this (a test checks the two agree).
 */
public final class CarouselTable {
    public static final String PK = "PK", SK = "SK";
    public static final String GSI1 = "GSI1", GSI1PK = "GSI1PK", GSI1SK = "GSI1SK";
    public static final String GSI2 = "GSI2", GSI2PK = "GSI2PK", GSI2SK = "GSI2SK";
    /** The referral index (sparse): a rep's prospects that were referred by another of theirs, or won. */
    public static final String GSI3 = "GSI3", GSI3PK = "GSI3PK", GSI3SK = "GSI3SK";
    public static final String VERSION = "version";
    public static final String EXPIRES_AT = "expiresAt";
    /** Building an index on a big table takes a while; DynamoDB Local on a busy machine too. */
    static final java.time.Duration INDEX_WAIT = java.time.Duration.ofMinutes(2);

    private CarouselTable() {}

    public static CreateTableRequest definition(String tableName) {
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(string(PK), string(SK), string(GSI1PK), string(GSI1SK), string(GSI2PK), string(GSI2SK),
                        string(GSI3PK), string(GSI3SK))
                .keySchema(hash(PK), range(SK))
                .globalSecondaryIndexes(index(GSI1, GSI1PK, GSI1SK), index(GSI2, GSI2PK, GSI2SK), index(GSI3, GSI3PK, GSI3SK))
                .build();
    }

    /**
     * The table as one item type sees it: the enhanced client over the same low-level client, with
     * that type's static schema (no bean introspection at cold start).
     */
    public static <T> DynamoDbTable<T> typed(DynamoDbClient ddb, String tableName, TableSchema<T> schema) {
        return DynamoDbEnhancedClient.builder().dynamoDbClient(ddb).build().table(tableName, schema);
    }

    /**
     * Creates the table if it is missing, with TTL on; returns true when it created it. A table made by an
     * earlier version (the local cloud's persisted data) gets the indexes it lacks.
     */
    public static boolean ensure(DynamoDbClient ddb, String tableName) {
        try {
            ddb.createTable(definition(tableName));
        } catch (ResourceInUseException exists) {
            addMissingIndexes(ddb, tableName);
            return false;
        }
        ddb.waiter().waitUntilTableExists(b -> b.tableName(tableName));
        ddb.updateTimeToLive(b -> b.tableName(tableName).timeToLiveSpecification(
                TimeToLiveSpecification.builder().attributeName(EXPIRES_AT).enabled(true).build()));
        return true;
    }

    /** One UpdateTable per missing index (DynamoDB adds one at a time), each waited for until ACTIVE. */
    static void addMissingIndexes(DynamoDbClient ddb, String tableName) {
        CreateTableRequest want = definition(tableName);
        for (GlobalSecondaryIndex index : want.globalSecondaryIndexes()) {
            var table = ddb.describeTable(b -> b.tableName(tableName)).table();
            if (table.globalSecondaryIndexes().stream().anyMatch(i -> i.indexName().equals(index.indexName()))) continue;
            ddb.updateTable(b -> b.tableName(tableName).attributeDefinitions(want.attributeDefinitions())
                    .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName(index.indexName()).keySchema(index.keySchema())
                            .projection(index.projection()))));
            long deadline = System.nanoTime() + INDEX_WAIT.toNanos();
            while (!active(ddb, tableName, index.indexName())) {
                if (System.nanoTime() > deadline) throw new IllegalStateException("index " + index.indexName() + " not ACTIVE after " + INDEX_WAIT);
                sleep();
            }
        }
    }

    private static boolean active(DynamoDbClient ddb, String tableName, String index) {
        return ddb.describeTable(b -> b.tableName(tableName)).table().globalSecondaryIndexes().stream()
                .anyMatch(x -> x.indexName().equals(index) && "ACTIVE".equals(x.indexStatusAsString()));
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static AttributeDefinition string(String name) {
        return AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build();
    }

    private static KeySchemaElement hash(String name) {
        return KeySchemaElement.builder().attributeName(name).keyType(KeyType.HASH).build();
    }

    private static KeySchemaElement range(String name) {
        return KeySchemaElement.builder().attributeName(name).keyType(KeyType.RANGE).build();
    }

    private static GlobalSecondaryIndex index(String name, String pk, String sk) {
        return GlobalSecondaryIndex.builder().indexName(name)
                .keySchema(List.of(hash(pk), range(sk)))
                .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                .build();
    }
}
