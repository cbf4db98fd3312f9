package com.salescarousel.rep;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondarySortKey;

import com.salescarousel.store.CarouselTable;
import com.salescarousel.store.Fields;
import com.salescarousel.store.Idempotency;
import com.salescarousel.store.Keys;
import com.salescarousel.team.DynamoDbMemberStore;
import com.salescarousel.team.Member;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** Profiles at {@code REP#<rep>} / {@code PROFILE}; GSI2 {@code DIGEST#<zone>#<hour>} finds whose morning it is. */
public final class DynamoDbProfileStore implements ProfileStore {

    static final TableSchema<RepProfile> SCHEMA = StaticImmutableTableSchema.builder(RepProfile.class, Fields.class)
            .newItemBuilder(Fields::new, DynamoDbProfileStore::profile)
            .addAttribute(String.class, a -> a.name(CarouselTable.PK).getter(p -> Keys.rep(p.repId()))
                    .setter((f, v) -> f.put("repId", Keys.after(v, "REP#"))).tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name(CarouselTable.SK).getter(p -> Keys.PROFILE).setter((f, v) -> {})
                    .tags(primarySortKey()))
            .addAttribute(String.class, a -> a.name(CarouselTable.GSI2PK)
                    .getter(p -> Keys.digest(p.timeZone().getId(), p.digestHour())).setter((f, v) -> {})
                    .tags(secondaryPartitionKey(CarouselTable.GSI2)))
            .addAttribute(String.class, a -> a.name(CarouselTable.GSI2SK).getter(p -> Keys.rep(p.repId())).setter((f, v) -> {})
                    .tags(secondarySortKey(CarouselTable.GSI2)))
            .addAttribute(String.class, a -> a.name("type").getter(p -> "profile").setter((f, v) -> {}))
            .addAttribute(String.class, a -> a.name("name").getter(RepProfile::name).setter((f, v) -> f.put("name", v)))
            .addAttribute(String.class, a -> a.name("email").getter(RepProfile::email).setter((f, v) -> f.put("email", v)))
            .addAttribute(String.class, a -> a.name("org").getter(RepProfile::org).setter((f, v) -> f.put("org", v)))
            .addAttribute(String.class, a -> a.name("role").getter(RepProfile::role).setter((f, v) -> f.put("role", v)))
            .addAttribute(String.class, a -> a.name("timeZone").getter(p -> p.timeZone().getId()).setter((f, v) -> f.put("timeZone", v)))
            .addAttribute(Integer.class, a -> a.name("digestHour").getter(RepProfile::digestHour).setter((f, v) -> f.put("digestHour", v)))
            .addAttribute(Boolean.class, a -> a.name("skipWeekends").getter(RepProfile::skipWeekends).setter((f, v) -> f.put("skipWeekends", v)))
            .addAttribute(Boolean.class, a -> a.name("acceptsLeads").getter(RepProfile::acceptsLeads).setter((f, v) -> f.put("acceptsLeads", v)))
            .addAttribute(LocalDate.class, a -> a.name("awayFrom").getter(p -> p.away() == null ? null : p.away().from())
                    .setter((f, v) -> f.put("awayFrom", v)))
            .addAttribute(LocalDate.class, a -> a.name("awayTo").getter(p -> p.away() == null ? null : p.away().to())
                    .setter((f, v) -> f.put("awayTo", v)))
            .addAttribute(Integer.class, a -> a.name("dailyCapacity").getter(RepProfile::dailyCapacity).setter((f, v) -> f.put("dailyCapacity", v)))
            .addAttribute(String.class, a -> a.name("holidays").getter(RepProfile::holidays).setter((f, v) -> f.put("holidays", v)))
            .build();

    private static RepProfile profile(Fields f) {
        LocalDate from = f.get("awayFrom", LocalDate.class), to = f.get("awayTo", LocalDate.class);
        return new RepProfile(f.str("repId"), f.str("name"), f.str("email"), f.str("org"), f.str("role"),
                ZoneId.of(f.str("timeZone") == null ? "UTC" : f.str("timeZone")),
                f.integer("digestHour", RepProfile.DEFAULT_DIGEST_HOUR), f.bool("skipWeekends", true),
                // Profiles from stage one carry no flag: reps take leads, managers do not.
                f.bool("acceptsLeads", !RepProfile.MANAGER.equals(f.str("role"))),
                from != null && to != null ? new RepProfile.Away(from, to) : null,
                f.get("dailyCapacity", Integer.class), f.str("holidays"));
    }

    private static final Map<String, AttributeValue> ZONES_KEY = Map.of(CarouselTable.PK, AttributeValue.fromS("ZONES"),
            CarouselTable.SK, AttributeValue.fromS("ZONES"));

    private final DynamoDbClient ddb;
    private final String tableName;
    private final DynamoDbTable<RepProfile> table;
    private final Clock clock;

    public DynamoDbProfileStore(DynamoDbClient ddb, DynamoDbEnhancedClient enhanced, String tableName) {
        this(ddb, enhanced, tableName, Clock.systemUTC());
    }

    public DynamoDbProfileStore(DynamoDbClient ddb, DynamoDbEnhancedClient enhanced, String tableName, Clock clock) {
        this.ddb = ddb;
        this.tableName = tableName;
        this.table = enhanced.table(tableName, SCHEMA);
        this.clock = clock;
    }

    /** A string set of zone ids, grown on every profile write (ADD is idempotent). */
    private void registerZone(ZoneId zone) {
        ddb.updateItem(b -> b.tableName(tableName).key(ZONES_KEY).updateExpression("ADD zones :z")
                .expressionAttributeValues(Map.of(":z", AttributeValue.fromSs(List.of(zone.getId())))));
    }

    @Override
    public List<RepProfile> withDigestAt(ZoneId zone, int hour) {
        List<RepProfile> out = new ArrayList<>();
        table.index(CarouselTable.GSI2).query(QueryConditional.keyEqualTo(Key.builder()
                .partitionValue(Keys.digest(zone.getId(), hour)).build())).forEach(page -> out.addAll(page.items()));
        return out;
    }

    @Override
    public Set<ZoneId> zonesInUse() {
        var item = ddb.getItem(b -> b.tableName(tableName).key(ZONES_KEY)).item();
        if (item == null || !item.containsKey("zones")) return Set.of();
        return item.get("zones").ss().stream().map(ZoneId::of).collect(Collectors.toSet());
    }

    @Override
    public Optional<RepProfile> find(String repId) {
        return Optional.ofNullable(table.getItem(Key.builder().partitionValue(Keys.rep(repId)).sortValue(Keys.PROFILE).build()));
    }

    /**
     * A first sign-in: the profile and the org membership in one transaction, so the team view never
     * misses a rep who has a profile. An invitation's membership becomes active here.
     */
    @Override
    public RepProfile createIfAbsent(RepProfile profile) {
        try {
            ddb.transactWriteItems(t -> t.transactItems(
                    TransactWriteItem.builder().put(Put.builder().tableName(tableName).item(SCHEMA.itemToMap(profile, true))
                            .conditionExpression("attribute_not_exists(PK)").build()).build(),
                    TransactWriteItem.builder().put(Put.builder().tableName(tableName)
                            .item(DynamoDbMemberStore.SCHEMA.itemToMap(Member.joined(profile, clock.instant()), true)).build()).build()));
            registerZone(profile.timeZone());
            return profile;
        } catch (TransactionCanceledException exists) {
            if (!Idempotency.failedCondition(exists, 0)) throw exists;
            return find(profile.repId()).orElse(profile);
        }
    }

    @Override
    public void put(RepProfile profile) {
        table.putItem(profile);
        registerZone(profile.timeZone());
    }
}
