package com.salescarousel.testing;

import com.salescarousel.local.dynamodb.LocalDynamoDb;
import com.salescarousel.store.CarouselTable;
import com.salescarousel.wiring.Settings;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One DynamoDB Local per test JVM (in memory, loopback only), reached over real HTTP by the
 * production client; every test class gets a table of its own, made from the production definition.
 */
public final class DynamoDbFixture {
    private static final AtomicInteger TABLES = new AtomicInteger();
    private static LocalDynamoDb local;

    private DynamoDbFixture() {}

    public static synchronized URI localEndpoint() {
        if (local == null) {
            try {
                local = LocalDynamoDb.start(null);
            } catch (Exception e) {
                throw new IllegalStateException("DynamoDB Local did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    local.close();
                } catch (Exception ignored) {
                    // the JVM is going away
                }
            }));
        }
        return local.endpoint();
    }

    public static DynamoDbClient client(URI endpoint) {
        return DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"))).build();
    }

    /** A new, empty table with the production keys and indexes. */
    public static String freshTable(DynamoDbClient ddb) {
        String name = "Carousel-" + ProcessHandle.current().pid() + "-" + TABLES.incrementAndGet();
        CarouselTable.ensure(ddb, name);
        return name;
    }

    public static Settings settings(String table, URI endpoint) {
        return new Settings(table, "us-east-1", Optional.of(endpoint));
    }

    /** Every item in a rep's partition: what "nothing was written" is checked against. */
    public static int itemsOf(DynamoDbClient ddb, String table, String repId) {
        int n = 0;
        for (var page : ddb.queryPaginator(q -> q.tableName(table).keyConditionExpression("PK = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("REP#" + repId))).select("COUNT"))) {
            n += page.count();
        }
        return n;
    }
}
