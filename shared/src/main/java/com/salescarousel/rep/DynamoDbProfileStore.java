package com.salescarousel.rep;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondarySortKey;

import com.salescarousel.error.Forbidden;
import com.salescarousel.store.CarouselTable;
import com.salescarousel.store.Conditions;
import com.salescarousel.store.Fields;
import com.salescarousel.store.Keys;
import com.salescarousel.store.WriteTransaction;
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
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** Profiles at {@code REP#<rep>} / {@code PROFILE}; GSI2 {@code DIGEST#<zone>#<hour>} finds whose morning it is. */
public final class DynamoDbProfileStore implements ProfileStore {

    static final TableSchema<RepProfile> SCHEMA = StaticImmutableTableSchema.builder(RepProfile.class, Fields.class)
            .newItemBuilder(Fields::new, DynamoDbProfileStore::profile)
            .addAttribute(String.class, a -> a.name(CarouselTable.PK).getter(p -> Keys.rep(p.repId()))
                    .setter((f, v) -> f.put("repId", Keys.after(v, "REP#"))).tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name(CarouselTable.SK).getter(p -> Keys.PROFILE).setter(Fields.derived())
                    .tags(primarySortKey()))
            .addAttribute(String.class, a -> a.name(CarouselTable.GSI2PK)
                    .getter(p -> Keys.digest(p.timeZone().getId(), p.digestHour())).setter(Fields.derived())
                    .tags(secondaryPartitionKey(CarouselTable.GSI2)))
            .addAttribute(String.class, a -> a.name(CarouselTable.GSI2SK).getter(p -> Keys.rep(p.repId())).setter(Fields.derived())
                    .tags(secondarySortKey(CarouselTable.GSI2)))
            .addAttribute(String.class, a -> a.name("type").getter(p -> "profile").setter(Fields.derived()))
            .addAttribute(String.class, a -> a.name("name").getter(RepProfile::name).setter(Fields.into("name")))
            .addAttribute(String.class, a -> a.name("email").getter(RepProfile::email).setter(Fields.into("email")))
            .addAttribute(String.class, a -> a.name("org").getter(RepProfile::org).setter(Fields.into("org")))
            .addAttribute(String.class, a -> a.name("role").getter(RepProfile::role).setter(Fields.into("role")))
            .addAttribute(String.class, a -> a.name("timeZone").getter(p -> p.timeZone().getId()).setter(Fields.into("timeZone")))
            .addAttribute(Integer.class, a -> a.name("digestHour").getter(RepProfile::digestHour).setter(Fields.into("digestHour")))
            .addAttribute(Boolean.class, a -> a.name("skipWeekends").getter(RepProfile::skipWeekends).setter(Fields.into("skipWeekends")))
            .addAttribute(Boolean.class, a -> a.name("acceptsLeads").getter(RepProfile::acceptsLeads).setter(Fields.into("acceptsLeads")))
            .addAttribute(LocalDate.class, a -> a.name("awayFrom").getter(p -> p.away() == null ? null : p.away().from())
                    .setter(Fields.into("awayFrom")))
            .addAttribute(LocalDate.class, a -> a.name("awayTo").getter(p -> p.away() == null ? null : p.away().to())
                    .setter(Fields.into("awayTo")))
            .addAttribute(Integer.class, a -> a.name("dailyCapacity").getter(RepProfile::dailyCapacity).setter(Fields.into("dailyCapacity")))
            .addAttribute(String.class, a -> a.name("holidays").getter(RepProfile::holidays).setter(Fields.into("holidays")))
            .build();

    private static final Expression NOT_DISABLED = Expression.builder().expression("attribute_not_exists(PK) OR #status <> :disabled")
            .expressionNames(Map.of("#status", "status")).expressionValues(Map.of(":disabled", AttributeValue.fromS("disabled"))).build();

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

    /**
     * A string set of zone ids, grown on every profile write (ADD is idempotent). Raw, not a schema:
     * every rep's write adds to this one item at once, and only an {@code ADD} to the set keeps them all.
     */
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
        WriteTransaction tx = new WriteTransaction(tableName);
        WriteTransaction.Slot first = tx.put(SCHEMA.itemToMap(profile, true), Conditions.ABSENT);
        // An invitation's membership becomes active; a disabled one stays disabled (and the sign-in is refused).
        WriteTransaction.Slot membership = tx.put(DynamoDbMemberStore.SCHEMA.itemToMap(Member.joined(profile, clock.instant()), true),
                NOT_DISABLED);
        try {
            tx.commit(ddb);
            registerZone(profile.timeZone());
            return profile;
        } catch (TransactionCanceledException exists) {
            if (membership.failedCondition(exists)) throw new Forbidden("this account was disabled by a manager of the team");
            if (!first.failedCondition(exists)) throw exists;
            return find(profile.repId()).orElse(profile);
        }
    }

    @Override
    public void put(RepProfile profile) {
        table.putItem(profile);
        registerZone(profile.timeZone());
    }
}
