package com.salescarousel.push;

import java.util.List;

/** A rep's push subscriptions, one per browser/device. */
public interface PushStore {
    /** Saves or replaces (same endpoint) a subscription. */
    void save(PushSubscription subscription);

    /** True when it existed. */
    boolean remove(String repId, String endpoint);

    List<PushSubscription> forRep(String repId);
}
