package com.salescarousel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

class WriteTransactionTest {
    private static final Map<String, AttributeValue> ITEM = Map.of("PK", AttributeValue.fromS("REP#ada"), "SK", AttributeValue.fromS("X"));

    @Test
    void eachSlot_findsItsOwnCancellationReason_whateverWasAddedBefore() {
        var tx = new WriteTransaction("Carousel");
        WriteTransaction.Slot first = tx.put(ITEM, Conditions.ABSENT);
        WriteTransaction.Slot second = tx.put(ITEM, Conditions.versionIs(3));
        WriteTransaction.Slot third = tx.update(Update.builder().tableName("Carousel").key(ITEM).updateExpression("ADD n :one")
                .expressionAttributeValues(Map.of(":one", AttributeValue.fromN("1"))).build());

        var secondFailed = cancelled("None", "ConditionalCheckFailed", "None");
        assertFalse(first.failedCondition(secondFailed));
        assertTrue(second.failedCondition(secondFailed));
        assertFalse(third.failedCondition(secondFailed));
        assertTrue(WriteTransaction.isRace(secondFailed));

        var conflict = cancelled("None", "None", "TransactionConflict");
        assertFalse(third.failedCondition(conflict));
        assertTrue(WriteTransaction.isRace(conflict));
        assertFalse(WriteTransaction.isRace(cancelled("None", "ValidationError", "None")));
    }

    @Test
    void put_carriesItsCondition_namesAndValues_orNone() {
        var tx = new WriteTransaction("Carousel");
        tx.put(ITEM, Conditions.versionIs(3));
        tx.put(ITEM, null);
        var locked = tx.items().get(0).put();
        assertEquals("Carousel", locked.tableName());
        assertEquals("#v = :expected", locked.conditionExpression());
        assertEquals(Map.of("#v", "version"), locked.expressionAttributeNames());
        assertEquals(Map.of(":expected", AttributeValue.fromN("3")), locked.expressionAttributeValues());
        var free = tx.items().get(1).put();
        assertNull(free.conditionExpression());
        assertFalse(free.hasExpressionAttributeNames());
        assertEquals(ITEM, free.item());
    }

    private static TransactionCanceledException cancelled(String... codes) {
        return TransactionCanceledException.builder().cancellationReasons(
                List.of(codes).stream().map(c -> CancellationReason.builder().code(c).build()).toList()).build();
    }
}
