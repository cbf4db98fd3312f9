package com.salescarousel.ops;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** One invocation's counts; synchronised because an invocation's work may add from more than one thread. */
public final class Tally {
    private final Map<Measure, Long> counts = new EnumMap<>(Measure.class);
    private final Map<String, Long> touchesByChannel = new TreeMap<>();

    synchronized void add(Measure measure, long n) {
        if (n != 0) counts.merge(measure, n, Long::sum);
    }

    synchronized void touch(String channel) {
        touchesByChannel.merge(channel, 1L, Long::sum);
    }

    /** Every measure but touches, which are in {@link #touchesByChannel()}. */
    public synchronized Map<Measure, Long> counts() {
        return counts.isEmpty() ? Map.of() : new EnumMap<>(counts);
    }

    public synchronized Map<String, Long> touchesByChannel() {
        return new TreeMap<>(touchesByChannel);
    }

    public synchronized boolean isEmpty() {
        return counts.isEmpty() && touchesByChannel.isEmpty();
    }

    @Override
    public synchronized String toString() {
        return counts + " touches " + touchesByChannel;
    }
}
