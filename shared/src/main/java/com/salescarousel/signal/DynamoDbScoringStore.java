package com.salescarousel.signal;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import com.salescarousel.store.CarouselTable;
import com.salescarousel.store.Fields;
import com.salescarousel.store.Keys;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** An org's sales-ready rule as one item, {@code ORG#<org>} / {@code SCORING}. */
public final class DynamoDbScoringStore implements ScoringStore {

    /** The stored item: the rule of one org. */
    record OrgRule(String org, ScoringRule rule) {}

    static final TableSchema<OrgRule> SCHEMA = StaticImmutableTableSchema.builder(OrgRule.class, Fields.class)
            .newItemBuilder(Fields::new, DynamoDbScoringStore::orgRule)
            .addAttribute(String.class, a -> a.name(CarouselTable.PK).getter(r -> Keys.org(r.org()))
                    .setter((f, v) -> f.put("org", Keys.after(v, "ORG#"))).tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name(CarouselTable.SK).getter(r -> SignalKeys.SCORING).setter(Fields.derived())
                    .tags(primarySortKey()))
            .addAttribute(String.class, a -> a.name("type").getter(r -> "scoring").setter(Fields.derived()))
            .addAttribute(Integer.class, a -> a.name("windowDays").getter(r -> r.rule().windowDays()).setter(Fields.into("windowDays")))
            .addAttribute(Integer.class, a -> a.name("minSignals").getter(r -> r.rule().minSignals()).setter(Fields.into("minSignals")))
            .addAttribute(Integer.class, a -> a.name("minTypes").getter(r -> r.rule().minTypes()).setter(Fields.into("minTypes")))
            .addAttribute(EnhancedType.listOf(String.class), a -> a.name("highIntent")
                    .getter(r -> r.rule().highIntent().stream().map(SignalType::wire).sorted().toList()).setter(Fields.into("highIntent")))
            .build();

    @SuppressWarnings("unchecked")
    private static OrgRule orgRule(Fields f) {
        Set<SignalType> high = EnumSet.noneOf(SignalType.class);
        List<String> names = f.get("highIntent", List.class);
        if (names != null) names.forEach(n -> SignalType.fromWire(n).ifPresent(high::add));
        return new OrgRule(f.str("org"), new ScoringRule(f.integer("windowDays", ScoringRule.DEFAULT.windowDays()),
                f.integer("minSignals", ScoringRule.DEFAULT.minSignals()), f.integer("minTypes", ScoringRule.DEFAULT.minTypes()), high));
    }

    private final DynamoDbTable<OrgRule> table;

    public DynamoDbScoringStore(DynamoDbClient ddb, String tableName) {
        this.table = CarouselTable.typed(ddb, tableName, SCHEMA);
    }

    @Override
    public ScoringRule of(String org) {
        OrgRule stored = table.getItem(Key.builder().partitionValue(Keys.org(org)).sortValue(SignalKeys.SCORING).build());
        return stored == null ? ScoringRule.DEFAULT : stored.rule();
    }

    @Override
    public void put(String org, ScoringRule rule) {
        table.putItem(new OrgRule(org, rule));
    }
}
