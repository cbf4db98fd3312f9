package com.salescarousel.prospect;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondarySortKey;

import com.salescarousel.plan.Enrolment;
import com.salescarousel.plan.EnrolmentAttribute;
import com.salescarousel.store.Batches;
import com.salescarousel.store.CarouselTable;
import com.salescarousel.store.Conditions;
import com.salescarousel.store.Idempotency;
import com.salescarousel.store.IdempotencyKeyReused;
import com.salescarousel.store.Keys;
import com.salescarousel.store.VersionConflict;
import com.salescarousel.store.WriteTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Prospects in the single table: {@code REP#<rep>} / {@code PROSPECT#<id>}, due index on GSI1. */
public final class DynamoDbProspectStore implements ProspectStore {

    /** Static schema: no bean introspection at cold start. Key attributes derive from the record. */
    public static final TableSchema<Prospect> SCHEMA = StaticImmutableTableSchema
            .builder(Prospect.class, Prospect.Builder.class)
            .newItemBuilder(Prospect::builder, Prospect.Builder::build)
            .addAttribute(String.class, a -> a.name(CarouselTable.PK).getter(p -> Keys.rep(p.repId()))
                    .setter((b, v) -> b.repId(Keys.after(v, "REP#"))).tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name(CarouselTable.SK).getter(p -> Keys.prospect(p.id()))
                    .setter((b, v) -> b.id(Keys.after(v, Keys.PROSPECT))).tags(primarySortKey()))
            // The due index is sparse: only prospects on the carousel carry its keys.
            .addAttribute(String.class, a -> a.name(CarouselTable.GSI1PK)
                    .getter(p -> p.onCarousel() ? Keys.rep(p.repId()) : null).setter((b, v) -> {})
                    .tags(secondaryPartitionKey(CarouselTable.GSI1)))
            .addAttribute(String.class, a -> a.name(CarouselTable.GSI1SK)
                    .getter(p -> p.onCarousel() ? Keys.due(p.nextDueOn(), p.id()) : null).setter((b, v) -> {})
                    .tags(secondarySortKey(CarouselTable.GSI1)))
            .addAttribute(String.class, a -> a.name(CarouselTable.GSI2PK)
                    .getter(p -> p.email() == null ? null : Keys.email(p.email())).setter((b, v) -> {})
                    .tags(secondaryPartitionKey(CarouselTable.GSI2)))
            .addAttribute(String.class, a -> a.name(CarouselTable.GSI2SK)
                    .getter(p -> p.email() == null ? null : Keys.rep(p.repId()) + "#" + Keys.prospect(p.id()))
                    .setter((b, v) -> {}).tags(secondarySortKey(CarouselTable.GSI2)))
            .addAttribute(String.class, a -> a.name("type").getter(p -> "prospect").setter((b, v) -> {}))
            // Lower-cased name, company and e-mail, for the list's text filter.
            .addAttribute(String.class, a -> a.name("search").getter(DynamoDbProspectStore::searchText).setter((b, v) -> {}))
            .addAttribute(String.class, a -> a.name("org").getter(Prospect::org).setter(Prospect.Builder::org))
            .addAttribute(String.class, a -> a.name("name").getter(Prospect::name).setter(Prospect.Builder::name))
            .addAttribute(String.class, a -> a.name("company").getter(Prospect::company).setter(Prospect.Builder::company))
            .addAttribute(String.class, a -> a.name("email").getter(Prospect::email).setter(Prospect.Builder::email))
            .addAttribute(String.class, a -> a.name("phone").getter(Prospect::phone).setter(Prospect.Builder::phone))
            .addAttribute(String.class, a -> a.name("title").getter(Prospect::title).setter(Prospect.Builder::title))
            .addAttribute(String.class, a -> a.name("tier").getter(Prospect::tier).setter(Prospect.Builder::tier))
            .addAttribute(String.class, a -> a.name("status").getter(p -> p.status().wire())
                    .setter((b, v) -> b.status(ProspectStatus.fromWire(v).orElse(ProspectStatus.OPEN))))
            .addAttribute(String.class, a -> a.name("source").getter(Prospect::source).setter(Prospect.Builder::source))
            .addAttribute(String.class, a -> a.name("referredBy").getter(Prospect::referredBy).setter(Prospect.Builder::referredBy))
            .addAttribute(String.class, a -> a.name("referredById").getter(Prospect::referredById).setter(Prospect.Builder::referredById))
            .addAttribute(EnhancedType.listOf(String.class), a -> a.name("tags")
                    .getter(p -> p.tags().isEmpty() ? null : p.tags()).setter(Prospect.Builder::tags))
            .addAttribute(String.class, a -> a.name("notes").getter(Prospect::notes).setter(Prospect.Builder::notes))
            .addAttribute(LocalDate.class, a -> a.name("createdOn").getter(Prospect::createdOn).setter(Prospect.Builder::createdOn))
            .addAttribute(Instant.class, a -> a.name("createdAt").getter(Prospect::createdAt).setter(Prospect.Builder::createdAt))
            .addAttribute(Instant.class, a -> a.name("lastTouchAt").getter(Prospect::lastTouchAt).setter(Prospect.Builder::lastTouchAt))
            .addAttribute(LocalDate.class, a -> a.name("lastTouchOn").getter(Prospect::lastTouchOn).setter(Prospect.Builder::lastTouchOn))
            .addAttribute(Instant.class, a -> a.name("lastResponseAt").getter(Prospect::lastResponseAt).setter(Prospect.Builder::lastResponseAt))
            .addAttribute(String.class, a -> a.name("lastTouchNote").getter(Prospect::lastTouchNote).setter(Prospect.Builder::lastTouchNote))
            // Derived from the days below; read back only for stage-one items, which stored no cadence day.
            .addAttribute(LocalDate.class, a -> a.name("nextDueOn").getter(Prospect::nextDueOn).setter(Prospect.Builder::nextDueOn))
            .addAttribute(LocalDate.class, a -> a.name("cadenceDueOn").getter(Prospect::cadenceDueOn).setter(Prospect.Builder::cadenceDueOn))
            .addAttribute(LocalDate.class, a -> a.name("nextReferralAskOn").getter(Prospect::nextReferralAskOn)
                    .setter(Prospect.Builder::nextReferralAskOn))
            .addAttribute(LocalDate.class, a -> a.name("thankYouOn").getter(Prospect::thankYouOn).setter(Prospect.Builder::thankYouOn))
            .addAttribute(String.class, a -> a.name("thankYouFor").getter(Prospect::thankYouFor).setter(Prospect.Builder::thankYouFor))
            .addAttribute(LocalDate.class, a -> a.name("wonOn").getter(Prospect::wonOn).setter(Prospect.Builder::wonOn))
            .addAttribute(Enrolment.class, a -> a.name("plan").getter(Prospect::plan).setter(Prospect.Builder::plan)
                    .attributeConverter(new EnrolmentAttribute()))
            .addAttribute(Integer.class, a -> a.name("touchesSinceResponse").getter(Prospect::touchesSinceResponse)
                    .setter((b, v) -> b.touchesSinceResponse(v == null ? 0 : v)))
            .addAttribute(Integer.class, a -> a.name("touchCount").getter(Prospect::touchCount)
                    .setter((b, v) -> b.touchCount(v == null ? 0 : v)))
            .addAttribute(Integer.class, a -> a.name("firstResponseAfter").getter(Prospect::firstResponseAfter)
                    .setter(Prospect.Builder::firstResponseAfter))
            .addAttribute(Boolean.class, a -> a.name("salesReady").getter(Prospect::salesReady)
                    .setter((b, v) -> b.salesReady(v != null && v)))
            .addAttribute(Instant.class, a -> a.name("salesReadyAt").getter(Prospect::salesReadyAt).setter(Prospect.Builder::salesReadyAt))
            .addAttribute(Instant.class, a -> a.name("lastSignalAt").getter(Prospect::lastSignalAt).setter(Prospect.Builder::lastSignalAt))
            .addAttribute(LocalDate.class, a -> a.name("lastContactedOn").getter(Prospect::lastContactedOn)
                    .setter(Prospect.Builder::lastContactedOn))
            .addAttribute(Long.class, a -> a.name(CarouselTable.VERSION).getter(Prospect::version)
                    .setter((b, v) -> b.version(v == null ? 0 : v)))
            .build();

    private static final int PAGE = 100;

    private final DynamoDbClient ddb;
    private final String tableName;
    private final DynamoDbTable<Prospect> table;
    private final Idempotency idempotency;

    public DynamoDbProspectStore(DynamoDbClient ddb, DynamoDbEnhancedClient enhanced, String tableName, Idempotency idempotency) {
        this.ddb = ddb;
        this.tableName = tableName;
        this.table = enhanced.table(tableName, SCHEMA);
        this.idempotency = idempotency;
    }

    @Override
    public Prospect create(Prospect p, String idempotencyKey) {
        var work = new WriteTransaction(tableName);
        work.put(SCHEMA.itemToMap(p, true), Conditions.ABSENT);
        Optional<String> firstSk = idempotency.writeOnce(p.repId(), idempotencyKey, Keys.prospect(p.id()), work);
        // The key may have guarded a touch, or a prospect deleted since: then this is no replay.
        return firstSk.map(sk -> (sk.startsWith(Keys.PROSPECT) ? find(p.repId(), Keys.after(sk, Keys.PROSPECT)) : Optional.<Prospect>empty())
                        .orElseThrow(() -> new IdempotencyKeyReused(idempotencyKey)))
                .orElse(p);
    }

    @Override
    public Optional<Prospect> find(String repId, String id) {
        return Optional.ofNullable(table.getItem(r -> r.key(key(repId, id)).consistentRead(true)));
    }

    @Override
    public void replace(Prospect updated) {
        try {
            table.putItem(PutItemEnhancedRequest.builder(Prospect.class).item(updated)
                    .conditionExpression(Conditions.versionIs(updated.version() - 1)).build());
        } catch (ConditionalCheckFailedException e) {
            throw new VersionConflict("prospect " + updated.id());
        }
    }

    @Override
    public boolean delete(String repId, String id) {
        try {
            table.deleteItem(r -> r.key(key(repId, id)).conditionExpression(Conditions.PRESENT));
        } catch (ConditionalCheckFailedException gone) {
            return false;
        }
        // The history goes with it; a crash here leaves only unreachable touches behind.
        deleteAll(repId, Keys.touchesOf(id));
        return true;
    }

    private void deleteAll(String repId, String skPrefix) {
        Batches.deleteKeys(ddb, tableName, Batches.keysUnder(ddb, tableName, Keys.rep(repId), skPrefix));
    }

    @Override
    public Page list(String repId, ProspectFilter filter, int limit, String afterId) {
        QueryEnhancedRequest.Builder q = QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.sortBeginsWith(Key.builder()
                        .partitionValue(Keys.rep(repId)).sortValue(Keys.PROSPECT).build()))
                .limit(PAGE);
        filterOf(filter).ifPresent(q::filterExpression);
        if (afterId != null) {
            q.exclusiveStartKey(Map.of(CarouselTable.PK, AttributeValue.fromS(Keys.rep(repId)),
                    CarouselTable.SK, AttributeValue.fromS(Keys.prospect(afterId))));
        }
        List<Prospect> items = new ArrayList<>();
        // A filter applies after DynamoDB's page limit, so keep reading pages until the page is full.
        for (software.amazon.awssdk.enhanced.dynamodb.model.Page<Prospect> page : table.query(q.build())) {
            for (Prospect p : page.items()) {
                items.add(p);
                if (items.size() == limit) {
                    boolean more = page.lastEvaluatedKey() != null || page.items().indexOf(p) < page.items().size() - 1;
                    return new Page(items, more ? p.id() : null);
                }
            }
        }
        return new Page(items, null);
    }

    private static Optional<Expression> filterOf(ProspectFilter f) {
        List<String> clauses = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        if (f.tier() != null) {
            clauses.add("#tier = :tier");
            names.put("#tier", "tier");
            values.put(":tier", AttributeValue.fromS(f.tier()));
        }
        if (f.text() != null && !f.text().isBlank()) {
            clauses.add("contains(#search, :text)");
            names.put("#search", "search");
            values.put(":text", AttributeValue.fromS(f.text().trim().toLowerCase(Locale.ROOT)));
        }
        if (clauses.isEmpty()) return Optional.empty();
        return Optional.of(Expression.builder().expression(String.join(" AND ", clauses))
                .expressionNames(names).expressionValues(values).build());
    }

    @Override
    public List<Prospect> dueOnOrBefore(String repId, LocalDate day) {
        var due = table.index(CarouselTable.GSI1).query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.sortBetween(
                        Key.builder().partitionValue(Keys.rep(repId)).sortValue(Keys.DUE).build(),
                        Key.builder().partitionValue(Keys.rep(repId)).sortValue(Keys.dueUpTo(day)).build()))
                .build());
        List<Prospect> out = new ArrayList<>();
        due.forEach(page -> out.addAll(page.items()));
        return out;
    }

    static String searchText(Prospect p) {
        return Stream.of(p.name(), p.company(), p.email()).filter(s -> s != null && !s.isBlank())
                .map(s -> s.toLowerCase(Locale.ROOT)).reduce((a, b) -> a + "\n" + b).orElse(null);
    }

    private static Key key(String repId, String id) {
        return Key.builder().partitionValue(Keys.rep(repId)).sortValue(Keys.prospect(id)).build();
    }
}
