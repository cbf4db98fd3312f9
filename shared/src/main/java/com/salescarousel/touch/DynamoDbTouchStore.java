package com.salescarousel.touch;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import com.salescarousel.id.Ulid;
import com.salescarousel.prospect.DynamoDbProspectStore;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.store.VersionConflict;
import com.salescarousel.send.DynamoDbSendStore;
import com.salescarousel.stats.WeekTally;
import com.salescarousel.store.CarouselTable;
import com.salescarousel.store.Fields;
import com.salescarousel.store.Idempotency;
import com.salescarousel.store.IdempotencyKeyReused;
import com.salescarousel.store.Keys;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/** Touches under {@code REP#<rep>} / {@code TOUCH#<prospect>#<ulid of at>}: a key range per prospect, time-ordered. */
public final class DynamoDbTouchStore implements TouchStore {

    static final TableSchema<Touch> SCHEMA = StaticImmutableTableSchema.builder(Touch.class, Fields.class)
            .newItemBuilder(Fields::new, DynamoDbTouchStore::touch)
            .addAttribute(String.class, a -> a.name(CarouselTable.PK).getter(t -> Keys.rep(t.repId()))
                    .setter((f, v) -> f.put("repId", Keys.after(v, "REP#"))).tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name(CarouselTable.SK).getter(t -> Keys.touch(t.prospectId(), t.id()))
                    .setter((f, v) -> {}).tags(primarySortKey()))
            .addAttribute(String.class, a -> a.name("type").getter(t -> "touch").setter((f, v) -> {}))
            .addAttribute(String.class, a -> a.name("prospectId").getter(Touch::prospectId).setter((f, v) -> f.put("prospectId", v)))
            .addAttribute(String.class, a -> a.name("touchId").getter(Touch::id).setter((f, v) -> f.put("id", v)))
            .addAttribute(String.class, a -> a.name("channel").getter(t -> t.channel().wire()).setter((f, v) -> f.put("channel", v)))
            .addAttribute(String.class, a -> a.name("outcome").getter(t -> t.outcome().wire()).setter((f, v) -> f.put("outcome", v)))
            .addAttribute(String.class, a -> a.name("note").getter(Touch::note).setter((f, v) -> f.put("note", v)))
            .addAttribute(Instant.class, a -> a.name("at").getter(Touch::at).setter((f, v) -> f.put("at", v)))
            .addAttribute(LocalDate.class, a -> a.name("day").getter(Touch::day).setter((f, v) -> f.put("day", v)))
            .addAttribute(String.class, a -> a.name("idempotencyKey").getter(Touch::idempotencyKey).setter((f, v) -> f.put("idempotencyKey", v)))
            .addAttribute(Instant.class, a -> a.name("recordedAt").getter(Touch::recordedAt).setter((f, v) -> f.put("recordedAt", v)))
            .build();

    private static Touch touch(Fields f) {
        return new Touch(f.str("repId"), f.str("prospectId"), f.str("id"),
                Channel.fromWire(f.str("channel")).orElseThrow(), Outcome.fromWire(f.str("outcome")).orElseThrow(),
                f.str("note"), f.get("at", Instant.class), f.get("day", LocalDate.class),
                f.str("idempotencyKey"), f.get("recordedAt", Instant.class));
    }

    private static final int PROSPECT_ITEM = 1, SEND_ITEM = 3;

    private final DynamoDbClient ddb;
    private final String tableName;
    private final DynamoDbTable<Touch> table;
    private final Idempotency idempotency;

    public DynamoDbTouchStore(DynamoDbClient ddb, DynamoDbEnhancedClient enhanced, String tableName, Idempotency idempotency) {
        this.ddb = ddb;
        this.tableName = tableName;
        this.table = enhanced.table(tableName, SCHEMA);
        this.idempotency = idempotency;
    }

    @Override
    public Optional<Touch> record(Touch touch, Prospect after, WeekTally tally, SentMail sent) {
        List<TransactWriteItem> work = new ArrayList<>();
        work.add(TransactWriteItem.builder().put(Put.builder().tableName(tableName)
                .item(SCHEMA.itemToMap(touch, true)).conditionExpression("attribute_not_exists(PK)").build()).build());
        var version = DynamoDbProspectStore.versionIs(after.version() - 1);
        work.add(TransactWriteItem.builder().put(Put.builder().tableName(tableName)
                .item(DynamoDbProspectStore.SCHEMA.itemToMap(after, true))
                .conditionExpression(version.expression()).expressionAttributeNames(version.expressionNames())
                .expressionAttributeValues(version.expressionValues()).build()).build());
        work.add(TransactWriteItem.builder().update(counters(touch.repId(), tally)).build());
        if (sent != null) {
            work.add(TransactWriteItem.builder().update(DynamoDbSendStore.markSent(tableName, touch.repId(), sent.sendId(),
                    sent.messageId(), touch.id(), touch.recordedAt())).build());
        }
        try {
            return idempotency.writeOnce(touch.repId(), touch.idempotencyKey(), Keys.touch(touch.prospectId(), touch.id()), work)
                    .map(sk -> byKey(touch.repId(), sk).orElseThrow(() -> new IdempotencyKeyReused(touch.idempotencyKey())));
        } catch (TransactionCanceledException e) {
            if (sent != null && Idempotency.failedCondition(e, SEND_ITEM)) {
                throw new IllegalStateException("send " + sent.sendId() + " is no longer SENDING; its touch is not recorded");
            }
            if (Idempotency.failedCondition(e, PROSPECT_ITEM) || Idempotency.isRace(e)) {
                throw new VersionConflict("prospect " + after.id());
            }
            throw e;
        }
    }

    private Update counters(String repId, WeekTally tally) {
        StringBuilder expr = new StringBuilder("ADD ");
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        int i = 0;
        for (var c : tally.counters().entrySet()) {
            if (i > 0) expr.append(", ");
            expr.append("#c").append(i).append(" :c").append(i);
            names.put("#c" + i, c.getKey());
            values.put(":c" + i, AttributeValue.fromN(Integer.toString(c.getValue())));
            i++;
        }
        return Update.builder().tableName(tableName)
                .key(Map.of(CarouselTable.PK, AttributeValue.fromS(Keys.rep(repId)),
                        CarouselTable.SK, AttributeValue.fromS(Keys.week(tally.week()))))
                .updateExpression(expr.toString()).expressionAttributeNames(names).expressionAttributeValues(values)
                .build();
    }

    @Override
    public Optional<Touch> find(String repId, String prospectId, String touchId) {
        return byKey(repId, Keys.touch(prospectId, touchId));
    }

    @Override
    public Optional<Touch> byIdempotencyKey(String repId, String key) {
        return idempotency.previous(repId, key).flatMap(sk -> byKey(repId, sk));
    }

    private Optional<Touch> byKey(String repId, String sk) {
        if (!sk.startsWith(Keys.TOUCH)) return Optional.empty();
        return Optional.ofNullable(table.getItem(r -> r.consistentRead(true)
                .key(Key.builder().partitionValue(Keys.rep(repId)).sortValue(sk).build())));
    }

    @Override
    public List<Touch> history(String repId, String prospectId, int limit) {
        var pages = table.query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.sortBeginsWith(
                        Key.builder().partitionValue(Keys.rep(repId)).sortValue(Keys.touchesOf(prospectId)).build()))
                .scanIndexForward(false).limit(Math.min(limit, 100)).build());
        List<Touch> out = new ArrayList<>();
        for (var page : pages) {
            for (Touch t : page.items()) {
                out.add(t);
                if (out.size() == limit) return out;
            }
        }
        return out;
    }

    @Override
    public int countAfter(String repId, String prospectId, Instant at) {
        // Touch keys sort by instant: everything above the smallest ULID of the next millisecond.
        String from = Keys.touch(prospectId, Ulid.floor(at.plusMillis(1)));
        var result = ddb.queryPaginator(q -> q.tableName(tableName)
                .keyConditionExpression("PK = :pk AND SK BETWEEN :from AND :to")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.rep(repId)),
                        ":from", AttributeValue.fromS(from),
                        ":to", AttributeValue.fromS(Keys.touchesOf(prospectId) + Keys.HIGH)))
                .select("COUNT"));
        int n = 0;
        for (var page : result) n += page.count();
        return n;
    }
}
