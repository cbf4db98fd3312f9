package com.salescarousel.send;

import com.salescarousel.store.CarouselTable;
import com.salescarousel.store.Keys;
import java.time.Clock;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code SUPPRESS#<sha256(email)>} partitions: SK {@code SUPPRESS} blocks the address for everyone
 * (bounce, complaint), SK {@code ORG#<org>} for one org (unsubscribe). One Query answers both.
 */
public final class DynamoDbSuppressions implements Suppressions {
    private final DynamoDbClient ddb;
    private final String table;
    private final Clock clock;

    public DynamoDbSuppressions(DynamoDbClient ddb, String table, Clock clock) {
        this.ddb = ddb;
        this.table = table;
        this.clock = clock;
    }

    @Override
    public boolean isSuppressed(String org, String email) {
        var res = ddb.query(b -> b.tableName(table).consistentRead(true)
                .keyConditionExpression("PK = :pk").expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.suppress(email))))
                .projectionExpression("SK"));
        return res.items().stream().map(i -> i.get(CarouselTable.SK).s())
                .anyMatch(sk -> sk.equals(Keys.SUPPRESS_ALL) || sk.equals(Keys.org(org)));
    }

    @Override
    public void suppressEverywhere(String email, String reason) {
        put(email, Keys.SUPPRESS_ALL, reason);
    }

    @Override
    public void optOut(String org, String email) {
        put(email, Keys.org(org), "unsubscribed");
    }

    private void put(String email, String sk, String reason) {
        ddb.putItem(b -> b.tableName(table).item(Map.of(CarouselTable.PK, AttributeValue.fromS(Keys.suppress(email)),
                CarouselTable.SK, AttributeValue.fromS(sk), "type", AttributeValue.fromS("suppression"),
                "reason", AttributeValue.fromS(reason), "at", AttributeValue.fromS(clock.instant().toString()))));
    }
}
