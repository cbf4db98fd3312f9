package com.salescarousel.testing.memory;

import com.salescarousel.send.Suppressions;
import com.salescarousel.store.Keys;

/** {@code SUPPRESS#<sha256(email)>}: SK {@code SUPPRESS} blocks the address for everyone, {@code ORG#<org>} for one org. */
public final class InMemorySuppressions implements Suppressions {
    record Suppression(String reason) {}

    private final MemoryTable table;

    InMemorySuppressions(MemoryTable table) {
        this.table = table;
    }

    @Override
    public boolean isSuppressed(String org, String email) {
        String pk = Keys.suppress(email);
        return table.get(pk, Keys.SUPPRESS_ALL, Suppression.class) != null || table.get(pk, Keys.org(org), Suppression.class) != null;
    }

    @Override
    public void suppressEverywhere(String email, String reason) {
        table.put(Keys.suppress(email), Keys.SUPPRESS_ALL, new Suppression(reason));
    }

    @Override
    public void optOut(String org, String email) {
        table.put(Keys.suppress(email), Keys.org(org), new Suppression("unsubscribed"));
    }
}
