package com.salescarousel.signal;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import com.salescarousel.id.Ulid;
import com.salescarousel.prospect.DynamoDbProspectStore;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.send.DynamoDbSendStore;
import com.salescarousel.stats.DynamoDbStatsStore;
import com.salescarousel.store.CarouselTable;
import com.salescarousel.store.Conditions;
import com.salescarousel.store.Fields;
import com.salescarousel.store.Idempotency;
import com.salescarousel.store.IdempotencyKeyReused;
import com.salescarousel.store.Keys;
import com.salescarousel.store.VersionConflict;
import com.salescarousel.store.WriteTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** Signals at {@code REP#<rep>} / {@code SIGNAL#<prospect>#<ulid of at>}, and the one transaction that records one. */
public final class DynamoDbSignalStore implements SignalStore {

    /** Static schema: no bean introspection at cold start. */
    static final TableSchema<Signal> SCHEMA = StaticImmutableTableSchema.builder(Signal.class, Fields.class)
            .newItemBuilder(Fields::new, DynamoDbSignalStore::signal)
            .addAttribute(String.class, a -> a.name(CarouselTable.PK).getter(s -> Keys.rep(s.repId()))
                    .setter((f, v) -> f.put("repId", Keys.after(v, "REP#"))).tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name(CarouselTable.SK).getter(s -> SignalKeys.signal(s.prospectId(), s.id()))
                    .setter(Fields.derived()).tags(primarySortKey()))
            .addAttribute(String.class, a -> a.name("type").getter(s -> "signal").setter(Fields.derived()))
            .addAttribute(String.class, a -> a.name("prospectId").getter(Signal::prospectId).setter(Fields.into("prospectId")))
            .addAttribute(String.class, a -> a.name("signalId").getter(Signal::id).setter(Fields.into("id")))
            .addAttribute(String.class, a -> a.name("signalType").getter(s -> s.type().wire()).setter(Fields.into("signalType")))
            .addAttribute(Instant.class, a -> a.name("at").getter(Signal::at).setter(Fields.into("at")))
            .addAttribute(String.class, a -> a.name("detail").getter(Signal::detail).setter(Fields.into("detail")))
            .addAttribute(String.class, a -> a.name("url").getter(Signal::url).setter(Fields.into("url")))
            .addAttribute(String.class, a -> a.name("source").getter(s -> s.source().wire()).setter(Fields.into("source")))
            .addAttribute(String.class, a -> a.name("eventId").getter(Signal::eventId).setter(Fields.into("eventId")))
            .addAttribute(Instant.class, a -> a.name("recordedAt").getter(Signal::recordedAt).setter(Fields.into("recordedAt")))
            .build();

    private static Signal signal(Fields f) {
        return new Signal(f.str("repId"), f.str("prospectId"), f.str("id"), SignalType.fromWire(f.str("signalType")).orElse(SignalType.OTHER),
                f.get("at", Instant.class), f.str("detail"), f.str("url"),
                Signal.Source.fromWire(f.str("source")).orElse(Signal.Source.WEBHOOK), f.str("eventId"), f.get("recordedAt", Instant.class));
    }

    private final DynamoDbClient ddb;
    private final String tableName;
    private final DynamoDbTable<Signal> table;
    private final DynamoDbTable<Prospect> prospects;
    private final Idempotency idempotency;
    private final DynamoDbOrgItems org;

    public DynamoDbSignalStore(DynamoDbClient ddb, String tableName, Idempotency idempotency) {
        this.ddb = ddb;
        this.tableName = tableName;
        this.table = CarouselTable.typed(ddb, tableName, SCHEMA);
        this.prospects = CarouselTable.typed(ddb, tableName, DynamoDbProspectStore.SCHEMA);
        this.idempotency = idempotency;
        this.org = new DynamoDbOrgItems(ddb, tableName);
    }

    @Override
    public boolean record(Write w) {
        Signal s = w.signal();
        var work = new WriteTransaction(tableName);
        work.put(SCHEMA.itemToMap(s, true), Conditions.ABSENT);
        work.put(DynamoDbProspectStore.SCHEMA.itemToMap(w.after(), true),
                w.newProspect() ? Conditions.ABSENT : Conditions.versionIs(w.after().version() - 1));
        work.update(DynamoDbStatsStore.counters(tableName, s.repId(), w.tally()));
        if (w.alert() != null) work.put(DynamoDbSendStore.SCHEMA.itemToMap(w.alert(), true), Conditions.ABSENT);
        if (w.lead() != null) {
            work.put(DynamoDbOrgItems.claim(w.lead(), s.repId(), s.prospectId()), DynamoDbOrgItems.claimCondition(w.lead()));
            if (w.lead().turnsBefore() != null) work.update(org.nextTurn(w.lead().org(), w.lead().turnsBefore()));
        }
        WriteTransaction.Slot event = w.guard() instanceof EventGuard g
                ? work.put(DynamoDbOrgItems.recordedMark(g, s, w.alert() == null ? null : w.alert().id()), DynamoDbOrgItems.NOT_RECORDED)
                : null;
        try {
            if (w.guard() instanceof KeyGuard k) {
                Optional<String> first = idempotency.writeOnce(s.repId(), k.key(), SignalKeys.signal(s.prospectId(), s.id()), work);
                if (first.isPresent() && !first.get().startsWith(SignalKeys.SIGNAL)) throw new IdempotencyKeyReused(k.key());
                return first.isEmpty();
            }
            work.commit(ddb);
            return true;
        } catch (TransactionCanceledException e) {
            if (event != null && event.failedCondition(e)) return false;
            if (WriteTransaction.isRace(e)) throw new VersionConflict("signal on prospect " + s.prospectId());
            throw e;
        }
    }

    @Override
    public Optional<Signal> byIdempotencyKey(String repId, String key) {
        return idempotency.previous(repId, key).filter(sk -> sk.startsWith(SignalKeys.SIGNAL))
                .map(sk -> table.getItem(r -> r.consistentRead(true).key(Key.builder().partitionValue(Keys.rep(repId)).sortValue(sk).build())));
    }

    @Override
    public List<Signal> history(String repId, String prospectId, int limit) {
        var pages = table.query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.sortBeginsWith(
                        Key.builder().partitionValue(Keys.rep(repId)).sortValue(SignalKeys.signalsOf(prospectId)).build()))
                .scanIndexForward(false).limit(Math.min(limit, 100)).build());
        List<Signal> out = new ArrayList<>();
        for (var page : pages) {
            for (Signal s : page.items()) {
                out.add(s);
                if (out.size() == limit) return out;
            }
        }
        return out;
    }

    @Override
    public List<Signal> since(String repId, String prospectId, Instant from) {
        // Signal keys sort by instant: from the smallest ULID of that millisecond to the end of the prospect's signals.
        List<Signal> out = new ArrayList<>();
        table.query(QueryEnhancedRequest.builder().consistentRead(true).queryConditional(QueryConditional.sortBetween(
                        Key.builder().partitionValue(Keys.rep(repId)).sortValue(SignalKeys.signal(prospectId, Ulid.floor(from))).build(),
                        Key.builder().partitionValue(Keys.rep(repId)).sortValue(SignalKeys.signalsOf(prospectId) + Keys.HIGH).build()))
                .build()).items().forEach(out::add);
        return out;
    }

    @Override
    public Optional<EventMark> event(String org, String eventId) {
        return this.org.event(org, eventId);
    }

    @Override
    public boolean markQueued(String org, String eventId, Instant now) {
        return this.org.markQueued(org, eventId, now);
    }

    @Override
    public long leadTurns(String org) {
        return this.org.leadTurns(org);
    }

    @Override
    public Optional<LeadClaim> leadClaim(String org, String email) {
        return this.org.leadClaim(org, email);
    }

    @Override
    public List<Prospect> withEmail(String email) {
        List<Prospect> out = new ArrayList<>();
        prospects.index(CarouselTable.GSI2).query(QueryConditional.keyEqualTo(Key.builder().partitionValue(Keys.email(email)).build()))
                .forEach(page -> out.addAll(page.items()));
        return out;
    }
}
