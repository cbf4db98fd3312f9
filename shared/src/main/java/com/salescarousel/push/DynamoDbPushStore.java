package com.salescarousel.push;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import com.salescarousel.store.CarouselTable;
import com.salescarousel.store.Fields;
import com.salescarousel.store.Keys;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** {@code REP#<rep>} / {@code PUSH#<sha256(endpoint)>}: one Query lists a rep's devices. */
public final class DynamoDbPushStore implements PushStore {

    static final TableSchema<PushSubscription> SCHEMA = StaticImmutableTableSchema.builder(PushSubscription.class, Fields.class)
            .newItemBuilder(Fields::new, f -> new PushSubscription(f.str("repId"), f.str("endpoint"), f.str("p256dh"),
                    f.str("auth"), f.get("createdAt", Instant.class)))
            .addAttribute(String.class, a -> a.name(CarouselTable.PK).getter(s -> Keys.rep(s.repId()))
                    .setter((f, v) -> f.put("repId", Keys.after(v, "REP#"))).tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name(CarouselTable.SK).getter(s -> Keys.push(s.endpoint()))
                    .setter(Fields.derived()).tags(primarySortKey()))
            .addAttribute(String.class, a -> a.name("type").getter(s -> "push").setter(Fields.derived()))
            .addAttribute(String.class, a -> a.name("endpoint").getter(PushSubscription::endpoint).setter(Fields.into("endpoint")))
            .addAttribute(String.class, a -> a.name("p256dh").getter(PushSubscription::p256dh).setter(Fields.into("p256dh")))
            .addAttribute(String.class, a -> a.name("auth").getter(PushSubscription::auth).setter(Fields.into("auth")))
            .addAttribute(Instant.class, a -> a.name("createdAt").getter(PushSubscription::createdAt).setter(Fields.into("createdAt")))
            .build();

    private final DynamoDbTable<PushSubscription> table;

    public DynamoDbPushStore(DynamoDbClient ddb, String tableName) {
        this.table = CarouselTable.typed(ddb, tableName, SCHEMA);
    }

    @Override
    public void save(PushSubscription s) {
        table.putItem(s);
    }

    @Override
    public boolean remove(String repId, String endpoint) {
        return table.deleteItem(Key.builder().partitionValue(Keys.rep(repId)).sortValue(Keys.push(endpoint)).build()) != null;
    }

    @Override
    public List<PushSubscription> forRep(String repId) {
        return table.query(QueryConditional.sortBeginsWith(Key.builder().partitionValue(Keys.rep(repId)).sortValue(Keys.PUSH).build()))
                .items().stream().toList();
    }
}
