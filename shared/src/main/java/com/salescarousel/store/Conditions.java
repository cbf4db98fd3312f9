package com.salescarousel.store;

import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The write conditions every store uses, in one spelling. */
public final class Conditions {
    /** Creates only: no item with this key yet. */
    public static final Expression ABSENT = Expression.builder().expression("attribute_not_exists(PK)").build();
    /** Changes only: the item is there. */
    public static final Expression PRESENT = Expression.builder().expression("attribute_exists(PK)").build();

    private Conditions() {}

    /** The optimistic lock: the stored {@code version} is still the one the change was made from. */
    public static Expression versionIs(long expected) {
        return Expression.builder().expression("#v = :expected")
                .expressionNames(Map.of("#v", CarouselTable.VERSION))
                .expressionValues(Map.of(":expected", AttributeValue.fromN(Long.toString(expected))))
                .build();
    }
}
