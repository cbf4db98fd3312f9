package com.salescarousel.stats;

import com.salescarousel.store.CarouselTable;
import com.salescarousel.store.Keys;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * A {@link WeekTally} as the update of {@code REP#<rep>} / {@code STATS#<week>} that goes inside the
 * transaction doing the work. Raw {@code ADD}s, because the counters grow from every touch, signal and
 * device at once (a put would need a read and lose concurrent adds); lists grow with {@code list_append}.
 */
public final class DynamoDbWeekTally {
    private DynamoDbWeekTally() {}

    public static Update update(String tableName, String repId, WeekTally tally) {
        StringBuilder add = new StringBuilder();
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        int i = 0;
        for (var c : tally.counters().entrySet()) {
            add.append(i == 0 ? "ADD " : ", ").append("#c").append(i).append(" :c").append(i);
            names.put("#c" + i, c.getKey());
            values.put(":c" + i, AttributeValue.fromN(Integer.toString(c.getValue())));
            i++;
        }
        String expr = add.toString();
        if (!tally.speedToLeadHours().isEmpty()) {
            names.put("#lead", WeekTally.SPEED_TO_LEAD_HOURS);
            values.put(":lead", AttributeValue.fromL(tally.speedToLeadHours().stream()
                    .map(h -> AttributeValue.fromN(Double.toString(h))).toList()));
            values.put(":none", AttributeValue.fromL(List.of()));
            expr = "SET #lead = list_append(if_not_exists(#lead, :none), :lead)" + (expr.isEmpty() ? "" : " " + expr);
        }
        return Update.builder().tableName(tableName)
                .key(Map.of(CarouselTable.PK, AttributeValue.fromS(Keys.rep(repId)),
                        CarouselTable.SK, AttributeValue.fromS(Keys.week(tally.week()))))
                .updateExpression(expr).expressionAttributeNames(names).expressionAttributeValues(values)
                .build();
    }
}
