package com.salescarousel.touch;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import com.salescarousel.id.Ulid;
import com.salescarousel.prospect.DynamoDbProspectStore;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.send.DynamoDbSendStore;
import com.salescarousel.stats.DynamoDbWeekTally;
import com.salescarousel.stats.WeekTally;
import com.salescarousel.store.CarouselTable;
import com.salescarousel.store.Conditions;
import com.salescarousel.store.Fields;
import com.salescarousel.store.Idempotency;
import com.salescarousel.store.IdempotencyKeyReused;
import com.salescarousel.store.Keys;
import com.salescarousel.store.VersionConflict;
import com.salescarousel.store.WriteTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** Touches under {@code REP#<rep>} / {@code TOUCH#<prospect>#<ulid of at>}: a key range per prospect, time-ordered. */
public final class DynamoDbTouchStore implements TouchStore {

    static final TableSchema<Touch> SCHEMA = StaticImmutableTableSchema.builder(Touch.class, Fields.class)
            .newItemBuilder(Fields::new, DynamoDbTouchStore::touch)
            .addAttribute(String.class, a -> a.name(CarouselTable.PK).getter(t -> Keys.rep(t.repId()))
                    .setter((f, v) -> f.put("repId", Keys.after(v, "REP#"))).tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name(CarouselTable.SK).getter(t -> Keys.touch(t.prospectId(), t.id()))
                    .setter(Fields.derived()).tags(primarySortKey()))
            .addAttribute(String.class, a -> a.name("type").getter(t -> "touch").setter(Fields.derived()))
            .addAttribute(String.class, a -> a.name("prospectId").getter(Touch::prospectId).setter(Fields.into("prospectId")))
            .addAttribute(String.class, a -> a.name("touchId").getter(Touch::id).setter(Fields.into("id")))
            .addAttribute(String.class, a -> a.name("channel").getter(t -> t.channel().wire()).setter(Fields.into("channel")))
            .addAttribute(String.class, a -> a.name("outcome").getter(t -> t.outcome().wire()).setter(Fields.into("outcome")))
            .addAttribute(String.class, a -> a.name("note").getter(Touch::note).setter(Fields.into("note")))
            .addAttribute(Instant.class, a -> a.name("at").getter(Touch::at).setter(Fields.into("at")))
            .addAttribute(LocalDate.class, a -> a.name("day").getter(Touch::day).setter(Fields.into("day")))
            .addAttribute(String.class, a -> a.name("idempotencyKey").getter(Touch::idempotencyKey).setter(Fields.into("idempotencyKey")))
            .addAttribute(Instant.class, a -> a.name("recordedAt").getter(Touch::recordedAt).setter(Fields.into("recordedAt")))
            .addAttribute(String.class, a -> a.name("purpose").getter(t -> t.purpose() == null ? null : t.purpose().wire())
                    .setter(Fields.into("purpose")))
            .build();

    private static Touch touch(Fields f) {
        return new Touch(f.str("repId"), f.str("prospectId"), f.str("id"),
                Channel.fromWire(f.str("channel")).orElseThrow(), Outcome.fromWire(f.str("outcome")).orElseThrow(),
                f.str("note"), f.get("at", Instant.class), f.get("day", LocalDate.class),
                f.str("idempotencyKey"), f.get("recordedAt", Instant.class),
                f.str("purpose") == null ? null : Purpose.fromWire(f.str("purpose")).orElse(null));
    }

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
        var work = new WriteTransaction(tableName);
        work.put(SCHEMA.itemToMap(touch, true), Conditions.ABSENT);
        WriteTransaction.Slot prospect = work.put(DynamoDbProspectStore.SCHEMA.itemToMap(after, true),
                Conditions.versionIs(after.version() - 1));
        work.update(DynamoDbWeekTally.update(tableName, touch.repId(), tally));
        WriteTransaction.Slot send = sent == null ? null : work.update(DynamoDbSendStore.markSent(tableName, touch.repId(),
                sent.sendId(), sent.messageId(), touch.id(), touch.recordedAt()));
        try {
            return idempotency.writeOnce(touch.repId(), touch.idempotencyKey(), Keys.touch(touch.prospectId(), touch.id()), work)
                    .map(sk -> byKey(touch.repId(), sk).orElseThrow(() -> new IdempotencyKeyReused(touch.idempotencyKey())));
        } catch (TransactionCanceledException e) {
            if (send != null && send.failedCondition(e)) {
                throw new IllegalStateException("send " + sent.sendId() + " is no longer SENDING; its touch is not recorded");
            }
            if (prospect.failedCondition(e) || WriteTransaction.isRace(e)) {
                throw new VersionConflict("prospect " + after.id());
            }
            throw e;
        }
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
        // A raw Select COUNT: the enhanced client has no counting query, and no touch is read.
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
