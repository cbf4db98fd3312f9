package com.salescarousel.testing.memory;

import com.salescarousel.store.Keys;
import java.util.Optional;

/**
 * Idempotency keys as {@link com.salescarousel.store.Idempotency} keeps them: an {@code IDEM#<key>}
 * item in the rep's partition naming the first result's sort key, written with the work it guards.
 */
final class MemoryIdempotency {
    /** The item: where the first request's result lives. */
    record Guard(String resultSk) {}

    private final MemoryTable table;

    MemoryIdempotency(MemoryTable table) {
        this.table = table;
    }

    Optional<String> previous(String repId, String key) {
        if (key == null) return Optional.empty();
        Guard g = table.get(Keys.rep(repId), Keys.idempotency(key), Guard.class);
        return g == null ? Optional.empty() : Optional.of(g.resultSk());
    }

    /** Call inside the transaction that does the work, after checking {@link #previous}. */
    void remember(String repId, String key, String resultSk) {
        if (key != null) table.put(Keys.rep(repId), Keys.idempotency(key), new Guard(resultSk));
    }
}
