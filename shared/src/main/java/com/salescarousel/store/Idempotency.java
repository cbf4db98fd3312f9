package com.salescarousel.store;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Client-supplied idempotency keys: an {@code IDEM#<key>} item is written in the same transaction
 * as the work it guards, so a replayed request either finds it (and gets the first result back) or
 * does the work; never both, never half.
 */
public final class Idempotency {
    /** Long enough for a phone to come back online after a week away. */
    static final Duration KEEP = Duration.ofDays(30);

    private final DynamoDbClient ddb;
    private final String tableName;
    private final Clock clock;

    public Idempotency(DynamoDbClient ddb, String tableName, Clock clock) {
        this.ddb = ddb;
        this.tableName = tableName;
        this.clock = clock;
    }

    /**
     * Runs {@code work} as one transaction guarded by {@code key} (none when null).
     *
     * @return the result key recorded by the first request when {@code key} was seen before;
     *     empty when this call did the work
     * @throws TransactionCanceledException for any other cancellation; the guard is the last item
     */
    public Optional<String> writeOnce(String repId, String key, String resultSk, List<TransactWriteItem> work) {
        List<TransactWriteItem> items = new ArrayList<>(work);
        if (key != null) {
            long expires = clock.instant().plus(KEEP).getEpochSecond();
            items.add(TransactWriteItem.builder().put(Put.builder().tableName(tableName)
                    .item(Map.of(CarouselTable.PK, AttributeValue.fromS(Keys.rep(repId)),
                            CarouselTable.SK, AttributeValue.fromS(Keys.idempotency(key)),
                            "resultSk", AttributeValue.fromS(resultSk),
                            CarouselTable.EXPIRES_AT, AttributeValue.fromN(Long.toString(expires))))
                    .conditionExpression("attribute_not_exists(PK)").build()).build());
        }
        try {
            ddb.transactWriteItems(b -> b.transactItems(items));
            return Optional.empty();
        } catch (TransactionCanceledException e) {
            if (key != null && failedCondition(e, items.size() - 1)) {
                return Optional.of(previous(repId, key).orElseThrow(() -> e));
            }
            throw e;
        }
    }

    public Optional<String> previous(String repId, String key) {
        var item = ddb.getItem(b -> b.tableName(tableName).consistentRead(true)
                .key(Map.of(CarouselTable.PK, AttributeValue.fromS(Keys.rep(repId)),
                        CarouselTable.SK, AttributeValue.fromS(Keys.idempotency(key))))).item();
        return item == null || !item.containsKey("resultSk") ? Optional.empty() : Optional.of(item.get("resultSk").s());
    }

    /** Whether item {@code index} of a cancelled transaction failed its condition. */
    public static boolean failedCondition(TransactionCanceledException e, int index) {
        List<CancellationReason> reasons = e.cancellationReasons();
        return index < reasons.size() && "ConditionalCheckFailed".equals(reasons.get(index).code());
    }

    /** A cancellation that a fresh read and retry can fix (a write raced this one). */
    public static boolean isRace(TransactionCanceledException e) {
        return e.cancellationReasons().stream().anyMatch(r ->
                "ConditionalCheckFailed".equals(r.code()) || "TransactionConflict".equals(r.code()));
    }
}
