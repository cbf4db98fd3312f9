package com.salescarousel.calendar;

import com.salescarousel.store.CarouselTable;
import com.salescarousel.store.Conditions;
import com.salescarousel.store.WriteTransaction;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Two items per feed: {@code REP#<rep>} / {@code CALENDAR} says which hash is the rep's, and
 * {@code CALFEED#<sha256(token)>} / {@code CALFEED} finds the rep from a request (one GetItem, no
 * index). Rotating replaces both and deletes the old look-up in one transaction, conditional on the
 * hash it replaces, so two rotations at once cannot leave two working feeds.
 */
public final class DynamoDbCalendarStore implements CalendarStore {
    static final String CALENDAR = "CALENDAR", FEED = "CALFEED";
    private static final int MAX_ATTEMPTS = 5;

    private final DynamoDbClient ddb;
    private final String tableName;

    public DynamoDbCalendarStore(DynamoDbClient ddb, String tableName) {
        this.ddb = ddb;
        this.tableName = tableName;
    }

    static String feedKey(String tokenHash) {
        return FEED + "#" + tokenHash;
    }

    @Override
    public void rotate(String repId, String tokenHash) {
        for (int attempt = 0; ; attempt++) {
            var rep = key("REP#" + repId, CALENDAR);
            var current = ddb.getItem(b -> b.tableName(tableName).key(rep).consistentRead(true)).item();
            String old = current == null || current.isEmpty() ? null : current.get("tokenHash").s();
            var work = new WriteTransaction(tableName);
            Map<String, AttributeValue> item = new HashMap<>(rep);
            item.put("type", AttributeValue.fromS("calendar"));
            item.put("tokenHash", AttributeValue.fromS(tokenHash));
            work.put(item, old == null ? Conditions.ABSENT : Expression.builder()
                    .expression("tokenHash = :old").expressionValues(Map.of(":old", AttributeValue.fromS(old))).build());
            Map<String, AttributeValue> feed = new HashMap<>(key(feedKey(tokenHash), FEED));
            feed.put("type", AttributeValue.fromS("calendar-feed"));
            feed.put("repId", AttributeValue.fromS(repId));
            work.put(feed, Conditions.ABSENT);
            if (old != null) work.delete(key(feedKey(old), FEED));
            try {
                work.commit(ddb);
                return;
            } catch (TransactionCanceledException e) {
                // Another rotation got there first: read again and replace what it wrote.
                if (attempt == MAX_ATTEMPTS || !WriteTransaction.isRace(e)) throw e;
            }
        }
    }

    @Override
    public Optional<String> repFor(String tokenHash) {
        var item = ddb.getItem(b -> b.tableName(tableName).key(key(feedKey(tokenHash), FEED))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item.get("repId").s());
    }

    private static Map<String, AttributeValue> key(String pk, String sk) {
        return Map.of(CarouselTable.PK, AttributeValue.fromS(pk), CarouselTable.SK, AttributeValue.fromS(sk));
    }
}
