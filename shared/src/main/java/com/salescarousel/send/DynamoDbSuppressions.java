package com.salescarousel.send;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import com.salescarousel.store.CarouselTable;
import com.salescarousel.store.Fields;
import com.salescarousel.store.Keys;
import java.time.Clock;
import java.time.Instant;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * {@code SUPPRESS#<sha256(email)>} partitions: SK {@code SUPPRESS} blocks the address for everyone
 * (bounce, complaint), SK {@code ORG#<org>} for one org (unsubscribe). One Query answers both.
 */
public final class DynamoDbSuppressions implements Suppressions {

    /** One block: {@code address} is the hashed key (the address itself is never stored), {@code scope} the SK. */
    record Suppression(String address, String scope, String reason, Instant at) {}

    static final TableSchema<Suppression> SCHEMA = StaticImmutableTableSchema.builder(Suppression.class, Fields.class)
            .newItemBuilder(Fields::new, f -> new Suppression(f.str("address"), f.str("scope"), f.str("reason"), f.get("at", Instant.class)))
            .addAttribute(String.class, a -> a.name(CarouselTable.PK).getter(Suppression::address).setter(Fields.into("address"))
                    .tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name(CarouselTable.SK).getter(Suppression::scope).setter(Fields.into("scope"))
                    .tags(primarySortKey()))
            .addAttribute(String.class, a -> a.name("type").getter(s -> "suppression").setter(Fields.derived()))
            .addAttribute(String.class, a -> a.name("reason").getter(Suppression::reason).setter(Fields.into("reason")))
            .addAttribute(Instant.class, a -> a.name("at").getter(Suppression::at).setter(Fields.into("at")))
            .build();

    private final DynamoDbTable<Suppression> table;
    private final Clock clock;

    public DynamoDbSuppressions(DynamoDbClient ddb, String tableName, Clock clock) {
        this.table = CarouselTable.typed(ddb, tableName, SCHEMA);
        this.clock = clock;
    }

    @Override
    public boolean isSuppressed(String org, String email) {
        return table.query(QueryEnhancedRequest.builder().consistentRead(true).attributesToProject(CarouselTable.SK)
                        .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue(Keys.suppress(email)).build()))
                        .build())
                .items().stream().map(Suppression::scope)
                .anyMatch(scope -> scope.equals(Keys.SUPPRESS_ALL) || scope.equals(Keys.org(org)));
    }

    @Override
    public void suppressEverywhere(String email, String reason) {
        put(email, Keys.SUPPRESS_ALL, reason);
    }

    @Override
    public void optOut(String org, String email) {
        put(email, Keys.org(org), "unsubscribed");
    }

    private void put(String email, String scope, String reason) {
        table.putItem(new Suppression(Keys.suppress(email), scope, reason, clock.instant()));
    }
}
