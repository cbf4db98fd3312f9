package com.salescarousel.store;

import java.util.HashMap;
import java.util.function.BiConsumer;

/**
 * A builder for immutable records in static table schemas: setters put, the record's factory
 * reads back. Saves a hand-written builder per small item type without bean reflection.
 */
public final class Fields extends HashMap<String, Object> {
    private static final long serialVersionUID = 1L;

    /** The setter that keeps a stored attribute under {@code name} for the factory. */
    public static <V> BiConsumer<Fields, V> into(String name) {
        return (f, v) -> f.put(name, v);
    }

    /** The setter for an attribute the record derives (keys, {@code type}, TTL): nothing to keep. */
    public static <V> BiConsumer<Fields, V> derived() {
        return (f, v) -> {};
    }

    @SuppressWarnings("unchecked")
    public <T> T get(String name, Class<T> type) {
        return (T) super.get(name);
    }

    public String str(String name) {
        return (String) super.get(name);
    }

    public int integer(String name, int absent) {
        Object v = super.get(name);
        return v == null ? absent : ((Number) v).intValue();
    }

    public long number(String name, long absent) {
        Object v = super.get(name);
        return v == null ? absent : ((Number) v).longValue();
    }

    public boolean bool(String name, boolean absent) {
        Object v = super.get(name);
        return v == null ? absent : (Boolean) v;
    }
}
