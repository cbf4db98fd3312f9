package com.salescarousel.store;

import java.util.HashMap;

/**
 * A builder for immutable records in static table schemas: setters put, the record's factory
 * reads back. Saves a hand-written builder per small item type without bean reflection.
 */
public final class Fields extends HashMap<String, Object> {
    private static final long serialVersionUID = 1L;

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

    public boolean bool(String name, boolean absent) {
        Object v = super.get(name);
        return v == null ? absent : (Boolean) v;
    }
}
