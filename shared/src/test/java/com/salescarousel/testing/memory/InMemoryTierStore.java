package com.salescarousel.testing.memory;

import com.salescarousel.cadence.TierStore;
import com.salescarousel.cadence.Tiers;
import com.salescarousel.store.Keys;

/**
 * An org's tiers as one item, {@code ORG#<org>} / {@code TIERS}; the defaults until one is stored. As the
 * adapter, tiers stored without the customer tier get it on reading.
 */
public final class InMemoryTierStore implements TierStore {
    private final MemoryTable table;

    InMemoryTierStore(MemoryTable table) {
        this.table = table;
    }

    @Override
    public Tiers of(String org) {
        Tiers stored = table.get(Keys.org(org), Keys.TIERS, Tiers.class);
        return stored != null ? stored.withCustomer() : Tiers.defaults();
    }

    @Override
    public void put(String org, Tiers tiers) {
        table.put(Keys.org(org), Keys.TIERS, tiers);
    }
}
