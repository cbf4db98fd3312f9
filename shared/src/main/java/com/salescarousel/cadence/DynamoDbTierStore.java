package com.salescarousel.cadence;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import com.salescarousel.store.CarouselTable;
import com.salescarousel.store.Fields;
import com.salescarousel.store.Keys;
import java.time.Period;
import java.util.List;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Tiers as one item per org ({@code ORG#<org>} / {@code TIERS}), a list in priority order, with the org's
 * referral-ask rhythm beside it. Items from before the {@code customer} tier get it on reading.
 */
public final class DynamoDbTierStore implements TierStore {

    /** One tier, a map in the item's list; an unset auto-send template is left out, not stored as NULL. */
    static final TableSchema<Tier> TIER = StaticImmutableTableSchema.builder(Tier.class, Fields.class)
            .newItemBuilder(Fields::new, f -> new Tier(f.str("key"), f.str("label"), f.get("cadence", Period.class),
                    f.str("autoSendTemplateId")))
            .addAttribute(String.class, a -> a.name("key").getter(Tier::key).setter(Fields.into("key")))
            .addAttribute(String.class, a -> a.name("label").getter(Tier::label).setter(Fields.into("label")))
            .addAttribute(Period.class, a -> a.name("cadence").getter(Tier::cadence).setter(Fields.into("cadence")))
            .addAttribute(String.class, a -> a.name("autoSendTemplateId").getter(Tier::autoSendTemplateId)
                    .setter(Fields.into("autoSendTemplateId")))
            .build();

    /** The stored item: an org's tiers and referral rhythm (absent in items written before it: the defaults). */
    record OrgTiers(String org, List<Tier> tiers, Period firstAsk, Period askEvery, String askTemplateId, String thankYouTemplateId) {
        /** The default rhythm is not stored: an org that never set one keeps stage one's item, byte for byte. */
        static OrgTiers of(String org, Tiers t) {
            ReferralPolicy r = t.referrals();
            if (r.equals(ReferralPolicy.DEFAULT)) return new OrgTiers(org, t.inPriorityOrder(), null, null, null, null);
            return new OrgTiers(org, t.inPriorityOrder(), r.firstAsk(), r.askEvery(), r.askTemplateId(), r.thankYouTemplateId());
        }

        ReferralPolicy referrals() {
            ReferralPolicy d = ReferralPolicy.DEFAULT;
            return new ReferralPolicy(firstAsk == null ? d.firstAsk() : firstAsk, askEvery == null ? d.askEvery() : askEvery,
                    askTemplateId, thankYouTemplateId);
        }
    }

    static final TableSchema<OrgTiers> SCHEMA = StaticImmutableTableSchema.builder(OrgTiers.class, Fields.class)
            .newItemBuilder(Fields::new, f -> new OrgTiers(f.str("org"), f.get("tiers", List.class), f.get("referralFirstAsk", Period.class),
                    f.get("referralAskEvery", Period.class), f.str("referralAskTemplateId"), f.str("thankYouTemplateId")))
            .addAttribute(String.class, a -> a.name(CarouselTable.PK).getter(t -> Keys.org(t.org()))
                    .setter((f, v) -> f.put("org", Keys.after(v, "ORG#"))).tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name(CarouselTable.SK).getter(t -> Keys.TIERS).setter(Fields.derived())
                    .tags(primarySortKey()))
            .addAttribute(String.class, a -> a.name("type").getter(t -> "tiers").setter(Fields.derived()))
            .addAttribute(EnhancedType.listOf(EnhancedType.documentOf(Tier.class, TIER, d -> d.ignoreNulls(true))),
                    a -> a.name("tiers").getter(OrgTiers::tiers).setter(Fields.into("tiers")))
            .addAttribute(Period.class, a -> a.name("referralFirstAsk").getter(OrgTiers::firstAsk).setter(Fields.into("referralFirstAsk")))
            .addAttribute(Period.class, a -> a.name("referralAskEvery").getter(OrgTiers::askEvery).setter(Fields.into("referralAskEvery")))
            .addAttribute(String.class, a -> a.name("referralAskTemplateId").getter(OrgTiers::askTemplateId)
                    .setter(Fields.into("referralAskTemplateId")))
            .addAttribute(String.class, a -> a.name("thankYouTemplateId").getter(OrgTiers::thankYouTemplateId)
                    .setter(Fields.into("thankYouTemplateId")))
            .build();

    private final DynamoDbTable<OrgTiers> table;

    public DynamoDbTierStore(DynamoDbClient ddb, String tableName) {
        this.table = CarouselTable.typed(ddb, tableName, SCHEMA);
    }

    @Override
    public Tiers of(String org) {
        OrgTiers stored = table.getItem(key(org));
        if (stored == null) return Tiers.defaults();
        Tiers tiers = stored.tiers() == null ? Tiers.defaults() : new Tiers(stored.tiers()).withCustomer();
        return tiers.withReferrals(stored.referrals());
    }

    @Override
    public void put(String org, Tiers tiers) {
        table.putItem(OrgTiers.of(org, tiers));
    }

    private static Key key(String org) {
        return Key.builder().partitionValue(Keys.org(org)).sortValue(Keys.TIERS).build();
    }
}
