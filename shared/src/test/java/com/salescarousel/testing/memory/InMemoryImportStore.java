package com.salescarousel.testing.memory;

import com.salescarousel.imports.ImportStore;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.store.Keys;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The import's port as {@code DynamoDbImportStore} behaves: addresses read off the rep's prospects,
 * row keys as idempotency guards next to them, and each batch of 50 rows written all or nothing,
 * a row whose guard exists answering the earlier prospect.
 */
public final class InMemoryImportStore implements ImportStore {
    private static final int ROWS_PER_BATCH = 50;

    private final MemoryTable table;
    private final MemoryIdempotency idempotency;
    private int batches;

    InMemoryImportStore(MemoryTable table, MemoryIdempotency idempotency) {
        this.table = table;
        this.idempotency = idempotency;
    }

    @Override
    public Map<String, String> idsByEmail(String repId, Collection<String> lowerCaseEmails) {
        Set<String> wanted = new HashSet<>(lowerCaseEmails);
        Map<String, String> found = new HashMap<>();
        for (Prospect p : table.startingWith(Keys.rep(repId), Keys.PROSPECT, Prospect.class)) {
            if (p.email() == null) continue;
            String email = p.email().trim().toLowerCase(Locale.ROOT);
            if (wanted.contains(email)) found.putIfAbsent(email, p.id());
        }
        return found;
    }

    @Override
    public Map<String, String> importedRows(String repId, Collection<String> rowKeys) {
        Map<String, String> found = new HashMap<>();
        for (String k : rowKeys) {
            idempotency.previous(repId, k).filter(sk -> sk.startsWith(Keys.PROSPECT)).ifPresent(sk -> found.put(k, Keys.after(sk, Keys.PROSPECT)));
        }
        return found;
    }

    @Override
    public List<String> createAll(List<Prospect> prospects, List<String> rowKeys) {
        List<String> ids = new ArrayList<>();
        for (int from = 0; from < prospects.size(); from += ROWS_PER_BATCH) {
            int to = Math.min(prospects.size(), from + ROWS_PER_BATCH);
            List<Prospect> batch = prospects.subList(from, to);
            List<String> keys = rowKeys.subList(from, to);
            ids.addAll(table.atomically(() -> {
                batches++;
                List<String> out = new ArrayList<>();
                for (int i = 0; i < batch.size(); i++) {
                    Prospect p = batch.get(i);
                    var first = idempotency.previous(p.repId(), keys.get(i));
                    if (first.isPresent()) {
                        out.add(Keys.after(first.get(), Keys.PROSPECT));
                        continue;
                    }
                    table.put(Keys.rep(p.repId()), Keys.prospect(p.id()), p);
                    idempotency.remember(p.repId(), keys.get(i), Keys.prospect(p.id()));
                    out.add(p.id());
                }
                return out;
            }));
        }
        return ids;
    }

    /** How many write batches ran: a test sees 5,000 rows go in as 100 of them. */
    public int batches() {
        return batches;
    }
}
