package com.salescarousel.store;

/**
 * A client's idempotency key already guards another write (another kind of item, or one since
 * deleted), so this request cannot be a replay of it: nothing was written. Keys are one namespace
 * per rep, whatever they guard.
 */
public final class IdempotencyKeyReused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public IdempotencyKeyReused(String key) {
        super("idempotency key " + key + " already guards another write", null, false, false);
    }
}
