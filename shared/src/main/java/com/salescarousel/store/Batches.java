package com.salescarousel.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/** Key-range reads and batched deletes on one partition (Query, never Scan). */
public final class Batches {
    private static final int MAX_BATCH = 25;
    private static final int MAX_ATTEMPTS = 8;

    private Batches() {}

    public static List<Map<String, AttributeValue>> keysUnder(DynamoDbClient ddb, String table, String pk, String skPrefix) {
        QueryRequest q = QueryRequest.builder().tableName(table)
                .keyConditionExpression("PK = :pk AND begins_with(SK, :prefix)")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(pk), ":prefix", AttributeValue.fromS(skPrefix)))
                .projectionExpression("PK, SK").build();
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        ddb.queryPaginator(q).items().forEach(keys::add);
        return keys;
    }

    /** Deletes in batches of 25, re-sending what DynamoDB leaves unprocessed with a short back-off. */
    public static void deleteKeys(DynamoDbClient ddb, String table, List<Map<String, AttributeValue>> keys) {
        for (int from = 0; from < keys.size(); from += MAX_BATCH) {
            List<WriteRequest> batch = keys.subList(from, Math.min(keys.size(), from + MAX_BATCH)).stream()
                    .map(k -> WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(k).build()).build())
                    .toList();
            Map<String, List<WriteRequest>> pending = Map.of(table, batch);
            for (int attempt = 0; !pending.isEmpty() && !pending.getOrDefault(table, List.of()).isEmpty(); attempt++) {
                if (attempt == MAX_ATTEMPTS) throw new IllegalStateException("batch delete kept being throttled");
                if (attempt > 0) sleep(25L << attempt);
                final Map<String, List<WriteRequest>> send = pending;
                pending = ddb.batchWriteItem(b -> b.requestItems(send)).unprocessedItems();
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
