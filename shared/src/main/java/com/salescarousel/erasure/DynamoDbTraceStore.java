package com.salescarousel.erasure;

import com.salescarousel.prospect.DynamoDbProspectStore;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.store.Batches;
import com.salescarousel.store.CarouselTable;
import com.salescarousel.store.Keys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * A person's traces in the rep's partition, found by Query (key prefixes, and filters where the
 * link is an attribute), deleted in batches. Send records and idempotency keys name the prospect
 * in an attribute, so those two Queries read all of the rep's sends and keys: an erasure is rare,
 * and both kinds expire (90 and 30 days), so neither range grows without bound.
 */
public final class DynamoDbTraceStore implements TraceStore {
    /** Signals as DESIGN section 3 keys them: {@code SIGNAL#<prospect>#<ulid>}. */
    static final String SIGNALS = "SIGNAL#";

    private final DynamoDbClient ddb;
    private final String tableName;

    public DynamoDbTraceStore(DynamoDbClient ddb, String tableName) {
        this.ddb = ddb;
        this.tableName = tableName;
    }

    @Override
    public void eraseTraces(String repId, String prospectId, String email) {
        String pk = Keys.rep(repId);
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        keys.addAll(Batches.keysUnder(ddb, tableName, pk, Keys.touchesOf(prospectId)));
        keys.addAll(Batches.keysUnder(ddb, tableName, pk, SIGNALS + prospectId + "#"));
        keys.addAll(keys(pk, Keys.SEND, "prospectId = :id", Map.of(":id", AttributeValue.fromS(prospectId))));
        keys.addAll(keys(pk, Keys.IDEMPOTENCY, "resultSk = :p OR begins_with(resultSk, :t)",
                Map.of(":p", AttributeValue.fromS(Keys.prospect(prospectId)), ":t", AttributeValue.fromS(Keys.touchesOf(prospectId)))));
        if (email != null) {
            // The per-rep guard on the address (EMAIL#<sha256>), where one is kept.
            keys.add(Map.of(CarouselTable.PK, AttributeValue.fromS(pk), CarouselTable.SK, AttributeValue.fromS(Keys.email(email))));
        }
        Batches.deleteKeys(ddb, tableName, keys);
    }

    @Override
    public List<Prospect> referredBy(String repId, String prospectId) {
        QueryRequest q = QueryRequest.builder().tableName(tableName).consistentRead(true)
                .keyConditionExpression("PK = :pk AND begins_with(SK, :prefix)").filterExpression("referredById = :id")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.rep(repId)),
                        ":prefix", AttributeValue.fromS(Keys.PROSPECT), ":id", AttributeValue.fromS(prospectId)))
                .build();
        List<Prospect> out = new ArrayList<>();
        ddb.queryPaginator(q).items().forEach(item -> out.add(DynamoDbProspectStore.SCHEMA.mapToItem(item)));
        return out;
    }

    private List<Map<String, AttributeValue>> keys(String pk, String prefix, String filter, Map<String, AttributeValue> values) {
        Map<String, AttributeValue> all = new java.util.HashMap<>(values);
        all.put(":pk", AttributeValue.fromS(pk));
        all.put(":prefix", AttributeValue.fromS(prefix));
        QueryRequest q = QueryRequest.builder().tableName(tableName).consistentRead(true)
                .keyConditionExpression("PK = :pk AND begins_with(SK, :prefix)").filterExpression(filter)
                .projectionExpression("PK, SK").expressionAttributeValues(all).build();
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        ddb.queryPaginator(q).items().forEach(keys::add);
        return keys;
    }
}
