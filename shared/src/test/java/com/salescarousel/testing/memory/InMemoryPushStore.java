package com.salescarousel.testing.memory;

import com.salescarousel.push.PushStore;
import com.salescarousel.push.PushSubscription;
import com.salescarousel.store.Keys;
import java.util.List;

/** A rep's devices at {@code REP#<rep>} / {@code PUSH#<sha256(endpoint)>}: one per endpoint, listed in key order. */
public final class InMemoryPushStore implements PushStore {
    private final MemoryTable table;

    InMemoryPushStore(MemoryTable table) {
        this.table = table;
    }

    @Override
    public void save(PushSubscription s) {
        table.put(Keys.rep(s.repId()), Keys.push(s.endpoint()), s);
    }

    @Override
    public boolean remove(String repId, String endpoint) {
        return table.remove(Keys.rep(repId), Keys.push(endpoint));
    }

    @Override
    public List<PushSubscription> forRep(String repId) {
        return table.startingWith(Keys.rep(repId), Keys.PUSH, PushSubscription.class);
    }
}
