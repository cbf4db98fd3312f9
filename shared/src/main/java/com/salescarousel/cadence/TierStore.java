package com.salescarousel.cadence;

/** The port for an org's tier configuration. */
public interface TierStore {
    /** The org's tiers, or the defaults when it never configured any. */
    Tiers of(String org);

    void put(String org, Tiers tiers);
}
