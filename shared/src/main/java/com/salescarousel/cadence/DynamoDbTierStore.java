package com.salescarousel.cadence;

import com.salescarousel.store.CarouselTable;
import com.salescarousel.store.Keys;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Tiers as one item per org ({@code ORG#<org>} / {@code TIERS}), a list in priority order. */
public final class DynamoDbTierStore implements TierStore {
    private final DynamoDbClient ddb;
    private final String tableName;

    public DynamoDbTierStore(DynamoDbClient ddb, String tableName) {
        this.ddb = ddb;
        this.tableName = tableName;
    }

    @Override
    public Tiers of(String org) {
        var item = ddb.getItem(b -> b.tableName(tableName).key(key(org))).item();
        if (item == null || !item.containsKey("tiers")) return Tiers.defaults();
        return new Tiers(item.get("tiers").l().stream().map(AttributeValue::m).map(m -> new Tier(
                m.get("key").s(), m.get("label").s(), Period.parse(m.get("cadence").s()),
                m.containsKey("autoSendTemplateId") ? m.get("autoSendTemplateId").s() : null)).toList());
    }

    @Override
    public void put(String org, Tiers tiers) {
        List<AttributeValue> list = tiers.inPriorityOrder().stream().map(t -> {
            Map<String, AttributeValue> m = new HashMap<>();
            m.put("key", AttributeValue.fromS(t.key()));
            m.put("label", AttributeValue.fromS(t.label()));
            m.put("cadence", AttributeValue.fromS(t.cadence().toString()));
            if (t.autoSendTemplateId() != null) m.put("autoSendTemplateId", AttributeValue.fromS(t.autoSendTemplateId()));
            return AttributeValue.fromM(m);
        }).toList();
        Map<String, AttributeValue> item = new HashMap<>(key(org));
        item.put("type", AttributeValue.fromS("tiers"));
        item.put("tiers", AttributeValue.fromL(list));
        ddb.putItem(b -> b.tableName(tableName).item(item));
    }

    private static Map<String, AttributeValue> key(String org) {
        return Map.of(CarouselTable.PK, AttributeValue.fromS(Keys.org(org)), CarouselTable.SK, AttributeValue.fromS(Keys.TIERS));
    }
}
