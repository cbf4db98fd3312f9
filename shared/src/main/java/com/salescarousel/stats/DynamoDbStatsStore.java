package com.salescarousel.stats;

import com.salescarousel.prospect.DynamoDbProspectStore;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.store.CarouselTable;
import com.salescarousel.store.Keys;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Week items ({@code REP#<rep>} / {@code STATS#<yyyy-Www>}) and the rep's prospects for the
 * now-figures. Week items are raw maps, not a schema: their attribute names are the counters
 * themselves, open-ended (one per channel, outcome and tier).
 */
public final class DynamoDbStatsStore implements StatsStore {
    public static final String SPEED_TO_LEAD = WeekTally.SPEED_TO_LEAD_HOURS;
    /** The latest morning's overdue count of the week, and that morning (epoch day). */
    public static final String OVERDUE = "overdue", OVERDUE_ON = "overdueOn";

    /**
     * What the now-figures read of a prospect. A projection saves the bytes on the wire and the
     * unmarshalling, not read units: DynamoDB charges a Query by the size of the items it reads.
     * The stored {@code nextDueOn} is the derived due day, which the schema reads back as the cadence day.
     */
    static final List<String> NOW_FIELDS = List.of(CarouselTable.PK, CarouselTable.SK, "tier", "status", "nextDueOn", "createdOn",
            "lastTouchOn", "lastResponseAt", "touchCount", "firstResponseAfter");

    private final DynamoDbClient ddb;
    private final String tableName;
    private final DynamoDbTable<Prospect> prospects;

    public DynamoDbStatsStore(DynamoDbClient ddb, DynamoDbEnhancedClient enhanced, String tableName) {
        this.ddb = ddb;
        this.tableName = tableName;
        this.prospects = enhanced.table(tableName, DynamoDbProspectStore.SCHEMA);
    }

    @Override
    public List<WeekCounts> weeks(String repId, String fromWeek, String toWeek) {
        List<WeekCounts> out = new ArrayList<>();
        var pages = ddb.queryPaginator(q -> q.tableName(tableName)
                .keyConditionExpression("PK = :pk AND SK BETWEEN :from AND :to")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.rep(repId)),
                        ":from", AttributeValue.fromS(Keys.week(fromWeek)), ":to", AttributeValue.fromS(Keys.week(toWeek)))));
        for (var page : pages) for (var item : page.items()) out.add(weekOf(item));
        return out;
    }

    static WeekCounts weekOf(Map<String, AttributeValue> item) {
        Map<String, Integer> counters = new HashMap<>();
        List<Double> hours = new ArrayList<>();
        item.forEach((k, v) -> {
            if (k.equals(SPEED_TO_LEAD) && v.hasL()) v.l().forEach(h -> hours.add(Double.valueOf(h.n())));
            else if (v.n() != null) counters.put(k, Integer.valueOf(v.n()));
        });
        return new WeekCounts(Keys.after(item.get(CarouselTable.SK).s(), "STATS#"), counters, hours);
    }

    @Override
    public void note(String repId, LocalDate day, int overdue) {
        try {
            ddb.updateItem(b -> b.tableName(tableName)
                    .key(Map.of(CarouselTable.PK, AttributeValue.fromS(Keys.rep(repId)),
                            CarouselTable.SK, AttributeValue.fromS(Keys.week(WeekTally.isoWeek(day)))))
                    .updateExpression("SET #o = :n, #d = :d")
                    // A retried run of an earlier morning must not overwrite a later one's count.
                    .conditionExpression("attribute_not_exists(#d) OR #d <= :d")
                    .expressionAttributeNames(Map.of("#o", OVERDUE, "#d", OVERDUE_ON))
                    .expressionAttributeValues(Map.of(":n", AttributeValue.fromN(Integer.toString(overdue)),
                            ":d", AttributeValue.fromN(Long.toString(day.toEpochDay())))));
        } catch (ConditionalCheckFailedException later) {
            // a later morning of the week was noted first: keep it
        }
    }

    @Override
    public List<Prospect> prospects(String repId) {
        List<Prospect> out = new ArrayList<>();
        prospects.query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.sortBeginsWith(
                        Key.builder().partitionValue(Keys.rep(repId)).sortValue(Keys.PROSPECT).build()))
                .attributesToProject(NOW_FIELDS).build())
                .forEach(page -> out.addAll(page.items()));
        return out;
    }

    /**
     * The week's counters as one Update for a transaction: raw {@code ADD}s, because they grow from
     * every device at once (a put would need a read and lose concurrent adds), and {@code list_append}
     * for the speed-to-lead hours.
     */
    public static Update counters(String tableName, String repId, WeekTally tally) {
        List<String> adds = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        int i = 0;
        for (var c : tally.counters().entrySet()) {
            adds.add("#c" + i + " :c" + i);
            names.put("#c" + i, c.getKey());
            values.put(":c" + i, AttributeValue.fromN(Integer.toString(c.getValue())));
            i++;
        }
        StringBuilder expr = new StringBuilder();
        if (!adds.isEmpty()) expr.append("ADD ").append(String.join(", ", adds));
        if (!tally.speedToLeadHours().isEmpty()) {
            names.put("#s", SPEED_TO_LEAD);
            values.put(":s", AttributeValue.fromL(tally.speedToLeadHours().stream().map(h -> AttributeValue.fromN(Double.toString(h))).toList()));
            values.put(":none", AttributeValue.fromL(List.of()));
            expr.append(expr.isEmpty() ? "" : " ").append("SET #s = list_append(if_not_exists(#s, :none), :s)");
        }
        return Update.builder().tableName(tableName)
                .key(Map.of(CarouselTable.PK, AttributeValue.fromS(Keys.rep(repId)),
                        CarouselTable.SK, AttributeValue.fromS(Keys.week(tally.week()))))
                .updateExpression(expr.toString()).expressionAttributeNames(names).expressionAttributeValues(values)
                .build();
    }
}
