package com.salescarousel.testing.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The single table, in memory: items under the same {@code PK}/{@code SK} keys the DynamoDB adapters
 * use ({@link com.salescarousel.store.Keys}), each partition sorted by {@code SK} as DynamoDB sorts
 * it. Every store of one {@link InMemoryStores} shares one table and its one lock, so a write that
 * spans items (the touch transaction) is all-or-nothing and no reader sees half of it. Items are
 * immutable records, so nothing read from here can change what is stored.
 */
final class MemoryTable {
    private final Map<String, NavigableMap<String, Object>> partitions = new TreeMap<>();

    /** Runs {@code work} while holding the table: a transaction, or a read-then-write. */
    synchronized <T> T atomically(Supplier<T> work) {
        return work.get();
    }

    synchronized <T> T get(String pk, String sk, Class<T> type) {
        NavigableMap<String, Object> p = partitions.get(pk);
        return p == null ? null : type.cast(p.get(sk));
    }

    synchronized void put(String pk, String sk, Object item) {
        partitions.computeIfAbsent(pk, k -> new TreeMap<>()).put(sk, item);
    }

    /** True when there was an item. */
    synchronized boolean remove(String pk, String sk) {
        NavigableMap<String, Object> p = partitions.get(pk);
        return p != null && p.remove(sk) != null;
    }

    /** The items whose {@code SK} lies in {@code [from, to]}, in key order (a Query's key range). */
    synchronized <T> List<T> between(String pk, String from, String to, Class<T> type) {
        NavigableMap<String, Object> p = partitions.get(pk);
        if (p == null || from.compareTo(to) > 0) return List.of();
        return p.subMap(from, true, to, true).values().stream().map(type::cast).toList();
    }

    /** The items whose {@code SK} starts with {@code prefix}, in key order ({@code begins_with}). */
    synchronized <T> List<T> startingWith(String pk, String prefix, Class<T> type) {
        return keysStartingWith(pk, prefix).stream().map(sk -> get(pk, sk, type)).toList();
    }

    synchronized List<String> keysStartingWith(String pk, String prefix) {
        NavigableMap<String, Object> p = partitions.get(pk);
        if (p == null) return List.of();
        List<String> out = new ArrayList<>();
        for (String sk : p.tailMap(prefix, true).keySet()) {
            if (!sk.startsWith(prefix)) break;
            out.add(sk);
        }
        return out;
    }

    /** Every item with this {@code SK}, in {@code PK} order: how the fakes stand in for a GSI. */
    synchronized <T> List<T> withSortKey(String sk, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (NavigableMap<String, Object> p : partitions.values()) {
            Object item = p.get(sk);
            if (item != null) out.add(type.cast(item));
        }
        return out;
    }

    /** Every item of a type, in key order: how the fakes stand in for an index over the whole table (GSI2). */
    synchronized <T> List<T> all(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (NavigableMap<String, Object> p : partitions.values()) {
            for (Object item : p.values()) if (type.isInstance(item)) out.add(type.cast(item));
        }
        return out;
    }

    /** How many items a partition holds. */
    synchronized int count(String pk) {
        NavigableMap<String, Object> p = partitions.get(pk);
        return p == null ? 0 : p.size();
    }
}
