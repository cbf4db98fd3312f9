package com.salescarousel.prospect;


import com.salescarousel.stats.DynamoDbStatsStore;
import com.salescarousel.stats.WeekTally;
import com.salescarousel.store.Batches;
import com.salescarousel.store.CarouselTable;
import com.salescarousel.store.Conditions;
import com.salescarousel.store.Idempotency;
import com.salescarousel.store.IdempotencyKeyReused;
import com.salescarousel.store.Keys;
import com.salescarousel.store.VersionConflict;
import com.salescarousel.store.WriteTransaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** Prospects in the single table: {@code REP#<rep>} / {@code PROSPECT#<id>}, due index on GSI1. */
public final class DynamoDbProspectStore implements ProspectStore {

    /** The prospect item's static schema (see {@link ProspectItem}); other stores write prospects in their transactions with it. */
    public static final TableSchema<Prospect> SCHEMA = ProspectItem.SCHEMA;

    private static final int PAGE = 100;
    /** Tries of a write that lost a race with another device's (the prospect or its address changed meanwhile). */
    private static final int RACES = 5;

    private final DynamoDbClient ddb;
    private final String tableName;
    private final DynamoDbTable<Prospect> table;
    private final Idempotency idempotency;
    private final EmailGuard emails;

    public DynamoDbProspectStore(DynamoDbClient ddb, DynamoDbEnhancedClient enhanced, String tableName, Idempotency idempotency) {
        this.ddb = ddb;
        this.tableName = tableName;
        this.table = enhanced.table(tableName, SCHEMA);
        this.idempotency = idempotency;
        this.emails = new EmailGuard(ddb, tableName);
    }

    @Override
    public Prospect create(Prospect p, String idempotencyKey) {
        for (int attempt = 1; ; attempt++) {
            var work = new WriteTransaction(tableName);
            work.put(SCHEMA.itemToMap(p, true), Conditions.ABSENT);
            WriteTransaction.Slot address = p.email() == null ? null : emails.claim(work, p.repId(), p.email(), p.id());
            if (p.createdOn() != null) work.update(DynamoDbStatsStore.counters(tableName, p.repId(), WeekTally.added(p.createdOn())));
            try {
                Optional<String> firstSk = idempotency.writeOnce(p.repId(), idempotencyKey, Keys.prospect(p.id()), work);
                // The key may have guarded a touch, or a prospect deleted since: then this is no replay.
                return firstSk.map(sk -> (sk.startsWith(Keys.PROSPECT) ? find(p.repId(), Keys.after(sk, Keys.PROSPECT)) : Optional.<Prospect>empty())
                                .orElseThrow(() -> new IdempotencyKeyReused(idempotencyKey)))
                        .orElse(p);
            } catch (TransactionCanceledException e) {
                takenOrRace(e, address, p, attempt);
            }
        }
    }

    /** After a cancelled write: another prospect has the address (EmailTaken), or a race to try again. */
    private void takenOrRace(TransactionCanceledException e, WriteTransaction.Slot address, Prospect p, int attempt) {
        if (address != null && address.failedCondition(e)) {
            Optional<String> holder = emails.holder(p.repId(), p.email());
            if (holder.isPresent()) throw new EmailTaken(holder.get());
        }
        if (!WriteTransaction.isRace(e) || attempt == RACES) throw e;
    }

    @Override
    public Optional<String> withEmail(String repId, String email) {
        return emails.holder(repId, email);
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
    public void replace(Prospect before, Prospect updated, WeekTally tally) {
        if (EmailGuard.sameAddress(before.email(), updated.email()) && tally == null) {
            replace(updated);
            return;
        }
        replaceTogether(before, List.of(updated), List.of(), tally);
    }

    @Override
    public boolean delete(String repId, String id) {
        for (int attempt = 1; ; attempt++) {
            Optional<Prospect> found = find(repId, id);
            if (found.isEmpty()) return false;
            Prospect p = found.get();
            var work = new WriteTransaction(tableName);
            work.delete(Map.of(CarouselTable.PK, AttributeValue.fromS(Keys.rep(repId)), CarouselTable.SK, AttributeValue.fromS(Keys.prospect(id))),
                    Conditions.versionIs(p.version()));
            if (p.email() != null) emails.releaseIfHeld(work, repId, p.email(), id);
            try {
                work.commit(ddb);
                break;
            } catch (TransactionCanceledException e) {
                // Changed (or deleted) since the read: read again.
                if (!WriteTransaction.isRace(e) || attempt == RACES) throw e;
            }
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

    @Override
    public List<Prospect> referredBy(String repId, String referrerId) {
        return referralQuery(QueryConditional.sortBeginsWith(Key.builder().partitionValue(Keys.rep(repId))
                .sortValue(Keys.referralsOf(referrerId)).build()));
    }

    @Override
    public List<Prospect> referralIndex(String repId) {
        return referralQuery(QueryConditional.keyEqualTo(Key.builder().partitionValue(Keys.rep(repId)).build()));
    }

    private List<Prospect> referralQuery(QueryConditional key) {
        List<Prospect> out = new ArrayList<>();
        table.index(CarouselTable.GSI3).query(QueryEnhancedRequest.builder().queryConditional(key).build())
                .forEach(page -> out.addAll(page.items()));
        return out;
    }

    @Override
    public List<Prospect> withStatus(String repId, ProspectStatus status) {
        List<Prospect> out = new ArrayList<>();
        table.query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.sortBeginsWith(Key.builder().partitionValue(Keys.rep(repId)).sortValue(Keys.PROSPECT).build()))
                .filterExpression(Expression.builder().expression("#status = :status").expressionNames(Map.of("#status", "status"))
                        .expressionValues(Map.of(":status", AttributeValue.fromS(status.wire()))).build())
                .build()).items().forEach(out::add);
        return out;
    }

    @Override
    public void replaceTogether(Prospect before, List<Prospect> updated, List<Prospect> unchanged, WeekTally tally) {
        Prospect first = updated.get(0);
        boolean moves = !EmailGuard.sameAddress(before.email(), first.email());
        for (int attempt = 1; ; attempt++) {
            var work = new WriteTransaction(tableName);
            List<WriteTransaction.Slot> versions = new ArrayList<>();
            for (Prospect p : updated) versions.add(work.put(SCHEMA.itemToMap(p, true), Conditions.versionIs(p.version() - 1)));
            for (Prospect p : unchanged) {
                versions.add(work.check(SCHEMA.itemToMap(p, List.of(CarouselTable.PK, CarouselTable.SK)), Conditions.versionIs(p.version())));
            }
            WriteTransaction.Slot address = null;
            if (moves && first.email() != null) address = emails.claim(work, first.repId(), first.email(), first.id());
            if (moves && before.email() != null) emails.releaseIfHeld(work, before.repId(), before.email(), before.id());
            if (tally != null) work.update(DynamoDbStatsStore.counters(tableName, first.repId(), tally));
            try {
                work.commit(ddb);
                return;
            } catch (TransactionCanceledException e) {
                if (versions.stream().anyMatch(v -> v.failedCondition(e))) throw new VersionConflict("prospect " + first.id());
                takenOrRace(e, address, first, attempt);
            }
        }
    }

    private static Key key(String repId, String id) {
        return Key.builder().partitionValue(Keys.rep(repId)).sortValue(Keys.prospect(id)).build();
    }
}
