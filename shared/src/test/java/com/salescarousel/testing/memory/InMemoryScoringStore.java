package com.salescarousel.testing.memory;

import com.salescarousel.signal.ScoringRule;
import com.salescarousel.signal.ScoringStore;
import com.salescarousel.signal.SignalKeys;
import com.salescarousel.store.Keys;

/** An org's sales-ready rule at {@code ORG#<org>} / {@code SCORING}, the defaults until one is put. */
public final class InMemoryScoringStore implements ScoringStore {
    private final MemoryTable table;

    InMemoryScoringStore(MemoryTable table) {
        this.table = table;
    }

    @Override
    public ScoringRule of(String org) {
        ScoringRule r = table.get(Keys.org(org), SignalKeys.SCORING, ScoringRule.class);
        return r == null ? ScoringRule.DEFAULT : r;
    }

    @Override
    public void put(String org, ScoringRule rule) {
        table.put(Keys.org(org), SignalKeys.SCORING, rule);
    }
}
