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
 * row keys and address guards next to them, and each batch of 33 rows written all or nothing, a
 * row whose key was used answering the earlier prospect and a row whose address is taken its holder.
 */
public final class InMemoryImportStore implements ImportStore {
    private static final int ROWS_PER_BATCH = 33;

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
    public List<Stored> createAll(List<Prospect> prospects, List<String> rowKeys) {
        List<Stored> ids = new ArrayList<>();
        for (int from = 0; from < prospects.size(); from += ROWS_PER_BATCH) {
            int to = Math.min(prospects.size(), from + ROWS_PER_BATCH);
            List<Prospect> batch = prospects.subList(from, to);
            List<String> keys = rowKeys.subList(from, to);
            ids.addAll(table.atomically(() -> {
                batches++;
                List<Stored> out = new ArrayList<>();
                for (int i = 0; i < batch.size(); i++) {
                    Prospect p = batch.get(i);
                    var first = idempotency.previous(p.repId(), keys.get(i));
                    if (first.isPresent()) {
                        out.add(new Stored(Keys.after(first.get(), Keys.PROSPECT), false));
                        continue;
                    }
                    var holder = p.email() == null ? null
                            : table.get(Keys.rep(p.repId()), Keys.email(p.email()), InMemoryProspectStore.Holder.class);
                    if (holder != null) {
                        out.add(new Stored(holder.prospectId(), true));
                        continue;
                    }
                    table.put(Keys.rep(p.repId()), Keys.prospect(p.id()), p);
                    if (p.email() != null) table.put(Keys.rep(p.repId()), Keys.email(p.email()), new InMemoryProspectStore.Holder(p.id()));
                    idempotency.remember(p.repId(), keys.get(i), Keys.prospect(p.id()));
                    out.add(new Stored(p.id(), false));
                }
                return out;
            }));
        }
        return ids;
    }

    /** How many write batches ran: a test sees 5,000 rows go in as 152 of them. */
    public int batches() {
        return batches;
    }
}
