package com.salescarousel.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * The items of one TransactWriteItems call on the table. Each add returns the item's {@link Slot},
 * which finds that item's own cancellation reason: no position is ever counted by hand, so adding
 * or reordering items cannot blame the wrong one.
 */
public final class WriteTransaction {
    private final String tableName;
    private final List<TransactWriteItem> items = new ArrayList<>();

    public WriteTransaction(String tableName) {
        this.tableName = tableName;
    }

    /** Puts a whole item (a static schema's {@code itemToMap}) on a condition, null for none. */
    public Slot put(Map<String, AttributeValue> item, Expression condition) {
        Put.Builder put = Put.builder().tableName(tableName).item(item);
        if (condition != null) {
            put.conditionExpression(condition.expression()).expressionAttributeNames(condition.expressionNames())
                    .expressionAttributeValues(condition.expressionValues());
        }
        return add(TransactWriteItem.builder().put(put.build()).build());
    }

    /** Writes nothing: the transaction goes through only if the item at {@code key} meets {@code condition}. */
    public Slot check(Map<String, AttributeValue> key, Expression condition) {
        return add(TransactWriteItem.builder().conditionCheck(ConditionCheck.builder().tableName(tableName).key(key)
                .conditionExpression(condition.expression()).expressionAttributeNames(condition.expressionNames())
                .expressionAttributeValues(condition.expressionValues()).build()).build());
    }

    /** Deletes the item at {@code key} (its PK and SK) on a condition, null for none. */
    public Slot delete(Map<String, AttributeValue> key, Expression condition) {
        Delete.Builder delete = Delete.builder().tableName(tableName).key(key);
        if (condition != null) {
            delete.conditionExpression(condition.expression()).expressionAttributeNames(condition.expressionNames())
                    .expressionAttributeValues(condition.expressionValues());
        }
        return add(TransactWriteItem.builder().delete(delete.build()).build());
    }

    /** Deletes an item by its key, unconditionally (deleting what is not there is fine). */
    public Slot delete(Map<String, AttributeValue> key) {
        return delete(key, null);
    }

    public Slot update(Update update) {
        return add(TransactWriteItem.builder().update(update).build());
    }

    private Slot add(TransactWriteItem item) {
        items.add(item);
        return new Slot(items.size() - 1);
    }

    public List<TransactWriteItem> items() {
        return Collections.unmodifiableList(items);
    }

    /** All or nothing. */
    public void commit(DynamoDbClient ddb) {
        ddb.transactWriteItems(b -> b.transactItems(items));
    }

    /** Where one item sits in its transaction. */
    public record Slot(int index) {
        /** Whether this item's condition is what cancelled the transaction. */
        public boolean failedCondition(TransactionCanceledException e) {
            List<CancellationReason> reasons = e.cancellationReasons();
            return index < reasons.size() && "ConditionalCheckFailed".equals(reasons.get(index).code());
        }
    }

    /** A cancellation that a fresh read and retry can fix (a write raced this one). */
    public static boolean isRace(TransactionCanceledException e) {
        return e.cancellationReasons().stream().anyMatch(r ->
                "ConditionalCheckFailed".equals(r.code()) || "TransactionConflict".equals(r.code()));
    }
}
