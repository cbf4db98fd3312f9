package com.salescarousel.store;

import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Counters as raw {@code ADD}s on one item: they grow from every device and rep at once (a put would
 * need a read and lose concurrent adds), and they go inside the transaction that does the work.
 */
public final class CounterAdds {
    private CounterAdds() {}

    /** The transaction item adding {@code counters} (names to amounts) to the item at {@code pk}/{@code sk}. */
    public static Update update(String tableName, String pk, String sk, Map<String, Integer> counters) {
        if (counters.isEmpty()) throw new IllegalArgumentException("nothing to add to " + pk + " " + sk);
        StringBuilder expr = new StringBuilder("ADD ");
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        int i = 0;
        for (var c : counters.entrySet()) {
            if (i > 0) expr.append(", ");
            expr.append("#c").append(i).append(" :c").append(i);
            names.put("#c" + i, c.getKey());
            values.put(":c" + i, AttributeValue.fromN(Integer.toString(c.getValue())));
            i++;
        }
        return Update.builder().tableName(tableName)
                .key(Map.of(CarouselTable.PK, AttributeValue.fromS(pk), CarouselTable.SK, AttributeValue.fromS(sk)))
                .updateExpression(expr.toString()).expressionAttributeNames(names).expressionAttributeValues(values).build();
    }
}
