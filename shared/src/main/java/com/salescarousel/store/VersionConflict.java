package com.salescarousel.store;

/**
 * An item's stored {@code version} moved on since it was read: another device or request wrote
 * first. Every store throws this one, whatever the item; the use case decides whether to re-read
 * and retry or to tell the caller.
 */
public final class VersionConflict extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public VersionConflict(String what) {
        super(what + " changed concurrently", null, false, false);
    }
}
