package com.salescarousel.imports;

import com.salescarousel.prospect.DynamoDbProspectStore;
import com.salescarousel.prospect.EmailGuard;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.store.CarouselTable;
import com.salescarousel.store.Conditions;
import com.salescarousel.store.Idempotency;
import com.salescarousel.store.Keys;
import com.salescarousel.store.WriteTransaction;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The import's writes and look-ups on the single table: Query and BatchGetItem on the rep's own
 * partition, and TransactWriteItems of up to 33 rows (a prospect, its row-key guard and its
 * address's guard each: the 100-item limit), so 5,000 rows are 152 transactions rather than 5,000. Batches go out
 * {@link #PARALLEL} at a time: the calls wait on the network, not the CPU, and one after another
 * 152 transactions would take most of the API's 15 seconds.
 */
public final class DynamoDbImportStore implements ImportStore {
    /** Three items a row (the prospect, its row key, its address's guard) within a transaction's 100. */
    static final int ROWS_PER_BATCH = 33;
    static final int PARALLEL = 4;
    private static final int BATCH_GET = 100;
    private static final int MAX_ATTEMPTS = 8;

    private final DynamoDbClient ddb;
    private final String tableName;
    private final Idempotency idempotency;
    private final EmailGuard emails;

    public DynamoDbImportStore(DynamoDbClient ddb, String tableName, Idempotency idempotency) {
        this.ddb = ddb;
        this.tableName = tableName;
        this.idempotency = idempotency;
        this.emails = new EmailGuard(ddb, tableName);
    }

    /**
     * One Query over the rep's prospects, reading only the key and the address: cheaper than a GSI2
     * look-up per address once a file has more than a handful of rows.
     */
    @Override
    public Map<String, String> idsByEmail(String repId, Collection<String> lowerCaseEmails) {
        Set<String> wanted = new HashSet<>(lowerCaseEmails);
        QueryRequest q = QueryRequest.builder().tableName(tableName).consistentRead(true)
                .keyConditionExpression("PK = :pk AND begins_with(SK, :prospect)")
                .filterExpression("attribute_exists(email)")
                .projectionExpression("SK, email")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.rep(repId)), ":prospect", AttributeValue.fromS(Keys.PROSPECT)))
                .build();
        Map<String, String> found = new HashMap<>();
        ddb.queryPaginator(q).items().forEach(item -> {
            String email = item.get("email").s().trim().toLowerCase(Locale.ROOT);
            if (wanted.contains(email)) found.putIfAbsent(email, Keys.after(item.get(CarouselTable.SK).s(), Keys.PROSPECT));
        });
        return found;
    }

    @Override
    public Map<String, String> importedRows(String repId, Collection<String> rowKeys) {
        List<String> keys = new ArrayList<>(new HashSet<>(rowKeys));
        List<Callable<Map<String, String>>> batches = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += BATCH_GET) {
            List<String> batch = keys.subList(from, Math.min(keys.size(), from + BATCH_GET));
            batches.add(() -> imported(repId, batch));
        }
        Map<String, String> found = new HashMap<>();
        inParallel(batches).forEach(found::putAll);
        return found;
    }

    private Map<String, String> imported(String repId, List<String> keys) {
        List<Map<String, AttributeValue>> batch = keys.stream()
                .map(k -> Map.of(CarouselTable.PK, AttributeValue.fromS(Keys.rep(repId)), CarouselTable.SK, AttributeValue.fromS(Keys.idempotency(k))))
                .toList();
        Map<String, KeysAndAttributes> pending = Map.of(tableName,
                KeysAndAttributes.builder().keys(batch).consistentRead(true).projectionExpression("SK, resultSk").build());
        Map<String, String> found = new HashMap<>();
        for (int attempt = 0; !pending.isEmpty(); attempt++) {
            if (attempt == MAX_ATTEMPTS) throw new IllegalStateException("batch get kept being throttled");
            if (attempt > 0) pause(attempt);
            final Map<String, KeysAndAttributes> ask = pending;
            var res = ddb.batchGetItem(b -> b.requestItems(ask));
            res.responses().getOrDefault(tableName, List.of()).forEach(item -> {
                String sk = item.get("resultSk") == null ? null : item.get("resultSk").s();
                if (sk != null && sk.startsWith(Keys.PROSPECT)) {
                    found.put(Keys.after(item.get(CarouselTable.SK).s(), Keys.IDEMPOTENCY), Keys.after(sk, Keys.PROSPECT));
                }
            });
            pending = res.unprocessedKeys();
        }
        return found;
    }

    @Override
    public List<Stored> createAll(List<Prospect> prospects, List<String> rowKeys) {
        List<Callable<List<Stored>>> batches = new ArrayList<>();
        for (int from = 0; from < prospects.size(); from += ROWS_PER_BATCH) {
            int to = Math.min(prospects.size(), from + ROWS_PER_BATCH);
            List<Prospect> batch = prospects.subList(from, to);
            List<String> keys = rowKeys.subList(from, to);
            batches.add(() -> createBatch(batch, keys));
        }
        List<Stored> out = new ArrayList<>();
        inParallel(batches).forEach(out::addAll);
        return out;
    }

    /** Runs the calls {@link #PARALLEL} at a time; the answers in the calls' order; the first failure is thrown. */
    private static <T> List<T> inParallel(List<Callable<T>> calls) {
        if (calls.size() <= 1) {
            List<T> out = new ArrayList<>();
            for (Callable<T> c : calls) out.add(call(c));
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(PARALLEL, calls.size()));
        try {
            List<T> out = new ArrayList<>();
            for (Future<T> f : pool.invokeAll(calls)) {
                try {
                    out.add(f.get());
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T call(Callable<T> c) {
        try {
            return c.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One transaction for the batch. A guard that exists already is a row imported before: that row
     * is answered with the earlier prospect and the rest go again without it. A race with another
     * write (or throttling) is retried with a growing pause.
     */
    private List<Stored> createBatch(List<Prospect> prospects, List<String> keys) {
        Stored[] ids = new Stored[prospects.size()];
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < prospects.size(); i++) pending.add(i);
        for (int attempt = 0; !pending.isEmpty(); attempt++) {
            if (attempt == MAX_ATTEMPTS) throw new IllegalStateException("the import's batch kept being cancelled");
            if (attempt > 0) pause(attempt);
            var work = new WriteTransaction(tableName);
            Map<Integer, WriteTransaction.Slot> guards = new HashMap<>(), addresses = new HashMap<>();
            for (int i : pending) {
                Prospect p = prospects.get(i);
                work.put(DynamoDbProspectStore.SCHEMA.itemToMap(p, true), Conditions.ABSENT);
                guards.put(i, idempotency.guard(work, p.repId(), keys.get(i), Keys.prospect(p.id())));
                if (p.email() != null) addresses.put(i, emails.claim(work, p.repId(), p.email(), p.id()));
            }
            try {
                work.commit(ddb);
                for (int i : pending) ids[i] = new Stored(prospects.get(i).id(), false);
                pending.clear();
            } catch (TransactionCanceledException e) {
                List<Integer> again = new ArrayList<>();
                for (int i : pending) {
                    Prospect p = prospects.get(i);
                    if (guards.get(i).failedCondition(e)) {
                        ids[i] = idempotency.previous(p.repId(), keys.get(i)).map(sk -> new Stored(Keys.after(sk, Keys.PROSPECT), false)).orElse(null);
                    } else if (addresses.containsKey(i) && addresses.get(i).failedCondition(e)) {
                        ids[i] = emails.holder(p.repId(), p.email()).map(h -> new Stored(h, true)).orElse(null);
                    }
                    if (ids[i] == null) again.add(i); // a race, or a guard gone between the two calls: write the row
                }
                pending = again;
            }
        }
        return List.of(ids);
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(1000, 25L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
