package com.salescarousel.template;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import com.salescarousel.store.CarouselTable;
import com.salescarousel.store.Conditions;
import com.salescarousel.store.Fields;
import com.salescarousel.store.Keys;
import com.salescarousel.store.VersionConflict;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Templates at {@code ORG#<org>} / {@code TEMPLATE#<id>}, versioned. */
public final class DynamoDbTemplateStore implements TemplateStore {

    static final TableSchema<Template> SCHEMA = StaticImmutableTableSchema.builder(Template.class, Fields.class)
            .newItemBuilder(Fields::new, f -> new Template(f.str("org"), f.str("id"), f.str("name"), f.str("subject"),
                    f.str("bodyText"), f.str("bodyHtml"), f.number("version", 0)))
            .addAttribute(String.class, a -> a.name(CarouselTable.PK).getter(t -> Keys.org(t.org()))
                    .setter((f, v) -> f.put("org", Keys.after(v, "ORG#"))).tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name(CarouselTable.SK).getter(t -> Keys.template(t.id()))
                    .setter((f, v) -> f.put("id", Keys.after(v, Keys.TEMPLATE))).tags(primarySortKey()))
            .addAttribute(String.class, a -> a.name("type").getter(t -> "template").setter(Fields.derived()))
            .addAttribute(String.class, a -> a.name("name").getter(Template::name).setter(Fields.into("name")))
            .addAttribute(String.class, a -> a.name("subject").getter(Template::subject).setter(Fields.into("subject")))
            .addAttribute(String.class, a -> a.name("bodyText").getter(Template::bodyText).setter(Fields.into("bodyText")))
            .addAttribute(String.class, a -> a.name("bodyHtml").getter(Template::bodyHtml).setter(Fields.into("bodyHtml")))
            .addAttribute(Long.class, a -> a.name(CarouselTable.VERSION).getter(Template::version).setter(Fields.into("version")))
            .build();

    private final DynamoDbTable<Template> table;

    public DynamoDbTemplateStore(DynamoDbClient ddb, String tableName) {
        this.table = CarouselTable.typed(ddb, tableName, SCHEMA);
    }

    private static Key key(String org, String id) {
        return Key.builder().partitionValue(Keys.org(org)).sortValue(Keys.template(id)).build();
    }

    @Override
    public Optional<Template> find(String org, String id) {
        return Optional.ofNullable(table.getItem(r -> r.key(key(org, id)).consistentRead(true)));
    }

    @Override
    public List<Template> all(String org) {
        return table.query(QueryConditional.sortBeginsWith(Key.builder().partitionValue(Keys.org(org)).sortValue(Keys.TEMPLATE).build()))
                .items().stream().toList();
    }

    @Override
    public void put(Template t) {
        try {
            table.putItem(PutItemEnhancedRequest.builder(Template.class).item(t)
                    .conditionExpression(t.version() == 1 ? Conditions.ABSENT : Conditions.versionIs(t.version() - 1)).build());
        } catch (ConditionalCheckFailedException e) {
            throw new VersionConflict("template " + t.id());
        }
    }

    @Override
    public boolean delete(String org, String id) {
        try {
            table.deleteItem(r -> r.key(key(org, id)).conditionExpression(Conditions.PRESENT));
            return true;
        } catch (ConditionalCheckFailedException e) {
            return false;
        }
    }
}
