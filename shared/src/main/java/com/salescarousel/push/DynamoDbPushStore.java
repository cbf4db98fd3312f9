package com.salescarousel.push;

import com.salescarousel.store.CarouselTable;
import com.salescarousel.store.Keys;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

/** {@code REP#<rep>} / {@code PUSH#<sha256(endpoint)>}: one Query lists a rep's devices. */
public final class DynamoDbPushStore implements PushStore {
    private final DynamoDbClient ddb;
    private final String table;

    public DynamoDbPushStore(DynamoDbClient ddb, String table) {
        this.ddb = ddb;
        this.table = table;
    }

    @Override
    public void save(PushSubscription s) {
        ddb.putItem(b -> b.tableName(table).item(Map.of(
                CarouselTable.PK, AttributeValue.fromS(Keys.rep(s.repId())),
                CarouselTable.SK, AttributeValue.fromS(Keys.push(s.endpoint())),
                "type", AttributeValue.fromS("push"),
                "endpoint", AttributeValue.fromS(s.endpoint()),
                "p256dh", AttributeValue.fromS(s.p256dh()),
                "auth", AttributeValue.fromS(s.auth()),
                "createdAt", AttributeValue.fromS(s.createdAt().toString()))));
    }

    @Override
    public boolean remove(String repId, String endpoint) {
        var res = ddb.deleteItem(b -> b.tableName(table).key(Map.of(
                CarouselTable.PK, AttributeValue.fromS(Keys.rep(repId)),
                CarouselTable.SK, AttributeValue.fromS(Keys.push(endpoint)))).returnValues(ReturnValue.ALL_OLD));
        return res.hasAttributes() && !res.attributes().isEmpty();
    }

    @Override
    public List<PushSubscription> forRep(String repId) {
        var res = ddb.query(b -> b.tableName(table)
                .keyConditionExpression("PK = :pk AND begins_with(SK, :push)")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.rep(repId)), ":push", AttributeValue.fromS(Keys.PUSH))));
        return res.items().stream().map(i -> new PushSubscription(repId, i.get("endpoint").s(), i.get("p256dh").s(), i.get("auth").s(),
                Instant.parse(i.get("createdAt").s()))).toList();
    }
}
