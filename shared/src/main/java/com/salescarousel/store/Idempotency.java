package com.salescarousel.store;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Client-supplied idempotency keys: an {@code IDEM#<key>} item is written in the same transaction
 * as the work it guards, so a replayed request either finds it (and gets the first result back) or
 * does the work; never both, never half.
 */
public final class Idempotency {
    /** Long enough for a phone to come back online after a week away. */
    static final Duration KEEP = Duration.ofDays(30);

    /** The guard: which item the first request made ({@code resultSk}), kept until {@code expiresAt}. */
    record Guard(String repId, String key, String resultSk, long expiresAt) {}

    static final TableSchema<Guard> SCHEMA = StaticImmutableTableSchema.builder(Guard.class, Fields.class)
            .newItemBuilder(Fields::new, f -> new Guard(f.str("repId"), f.str("key"), f.str("resultSk"), f.number("expiresAt", 0)))
            .addAttribute(String.class, a -> a.name(CarouselTable.PK).getter(g -> Keys.rep(g.repId()))
                    .setter((f, v) -> f.put("repId", Keys.after(v, "REP#"))).tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name(CarouselTable.SK).getter(g -> Keys.idempotency(g.key()))
                    .setter((f, v) -> f.put("key", Keys.after(v, Keys.IDEMPOTENCY))).tags(primarySortKey()))
            .addAttribute(String.class, a -> a.name("resultSk").getter(Guard::resultSk).setter(Fields.into("resultSk")))
            .addAttribute(Long.class, a -> a.name(CarouselTable.EXPIRES_AT).getter(Guard::expiresAt).setter(Fields.into("expiresAt")))
            .build();

    private final DynamoDbClient ddb;
    private final DynamoDbTable<Guard> table;
    private final Clock clock;

    public Idempotency(DynamoDbClient ddb, String tableName, Clock clock) {
        this.ddb = ddb;
        this.table = CarouselTable.typed(ddb, tableName, SCHEMA);
        this.clock = clock;
    }

    /**
     * Commits {@code work} as one transaction guarded by {@code key} (none when null); the guard
     * goes in as its last item.
     *
     * @return the result key recorded by the first request when {@code key} was seen before;
     *     empty when this call did the work
     * @throws TransactionCanceledException for any other cancellation (ask the work's own slots)
     */
    public Optional<String> writeOnce(String repId, String key, String resultSk, WriteTransaction work) {
        WriteTransaction.Slot guard = key == null ? null : guard(work, repId, key, resultSk);
        try {
            work.commit(ddb);
            return Optional.empty();
        } catch (TransactionCanceledException e) {
            if (guard != null && guard.failedCondition(e)) {
                return Optional.of(previous(repId, key).orElseThrow(() -> e));
            }
            throw e;
        }
    }

    /** Adds the guard for {@code key} to {@code work}, on the condition that it is new; its slot says if that failed. */
    public WriteTransaction.Slot guard(WriteTransaction work, String repId, String key, String resultSk) {
        return work.put(SCHEMA.itemToMap(new Guard(repId, key, resultSk, clock.instant().plus(KEEP).getEpochSecond()), true),
                Conditions.ABSENT);
    }

    public Optional<String> previous(String repId, String key) {
        Guard g = table.getItem(r -> r.consistentRead(true)
                .key(Key.builder().partitionValue(Keys.rep(repId)).sortValue(Keys.idempotency(key)).build()));
        return Optional.ofNullable(g).map(Guard::resultSk);
    }
}
