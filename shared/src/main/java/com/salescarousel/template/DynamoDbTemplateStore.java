package com.salescarousel.template;

import com.salescarousel.store.VersionConflict;
import com.salescarousel.store.CarouselTable;
import com.salescarousel.store.Keys;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Templates at {@code ORG#<org>} / {@code TEMPLATE#<id>}, versioned. */
public final class DynamoDbTemplateStore implements TemplateStore {
    private final DynamoDbClient ddb;
    private final String table;

    public DynamoDbTemplateStore(DynamoDbClient ddb, String table) {
        this.ddb = ddb;
        this.table = table;
    }

    private static Map<String, AttributeValue> key(String org, String id) {
        return Map.of(CarouselTable.PK, AttributeValue.fromS(Keys.org(org)), CarouselTable.SK, AttributeValue.fromS(Keys.template(id)));
    }

    private static Template template(Map<String, AttributeValue> m) {
        return new Template(Keys.after(m.get(CarouselTable.PK).s(), "ORG#"), Keys.after(m.get(CarouselTable.SK).s(), Keys.TEMPLATE),
                m.get("name").s(), m.get("subject").s(), m.get("bodyText").s(),
                m.containsKey("bodyHtml") ? m.get("bodyHtml").s() : null, Long.parseLong(m.get(CarouselTable.VERSION).n()));
    }

    @Override
    public Optional<Template> find(String org, String id) {
        var item = ddb.getItem(b -> b.tableName(table).key(key(org, id)).consistentRead(true)).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(template(item));
    }

    @Override
    public List<Template> all(String org) {
        return ddb.queryPaginator(b -> b.tableName(table).keyConditionExpression("PK = :pk AND begins_with(SK, :p)")
                        .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.org(org)), ":p", AttributeValue.fromS(Keys.TEMPLATE))))
                .items().stream().map(DynamoDbTemplateStore::template).toList();
    }

    @Override
    public void put(Template t) {
        Map<String, AttributeValue> item = new HashMap<>(key(t.org(), t.id()));
        item.put("type", AttributeValue.fromS("template"));
        item.put("name", AttributeValue.fromS(t.name()));
        item.put("subject", AttributeValue.fromS(t.subject()));
        item.put("bodyText", AttributeValue.fromS(t.bodyText()));
        if (t.bodyHtml() != null) item.put("bodyHtml", AttributeValue.fromS(t.bodyHtml()));
        item.put(CarouselTable.VERSION, AttributeValue.fromN(Long.toString(t.version())));
        try {
            if (t.version() == 1) {
                ddb.putItem(b -> b.tableName(table).item(item).conditionExpression("attribute_not_exists(PK)"));
            } else {
                ddb.putItem(b -> b.tableName(table).item(item).conditionExpression("#v = :prev")
                        .expressionAttributeNames(Map.of("#v", CarouselTable.VERSION))
                        .expressionAttributeValues(Map.of(":prev", AttributeValue.fromN(Long.toString(t.version() - 1)))));
            }
        } catch (ConditionalCheckFailedException e) {
            throw new VersionConflict("template " + t.id());
        }
    }

    @Override
    public boolean delete(String org, String id) {
        try {
            ddb.deleteItem(b -> b.tableName(table).key(key(org, id)).conditionExpression("attribute_exists(PK)"));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }
}
