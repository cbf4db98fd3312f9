package com.salescarousel.ops;

/**
 * The id that ties one request's or message's log lines together ({@link JsonLogFormatter} writes it).
 * Per thread: Lambda runs one invocation at a time, the local cloud one per worker or HTTP thread.
 */
public final class Correlation {
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private Correlation() {}

    /** The current id, or null outside any invocation. */
    public static String id() {
        return CURRENT.get();
    }

    static String swap(String id) {
        String before = CURRENT.get();
        if (id == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(id);
        }
        return before;
    }
}
