package com.salescarousel.testing.memory;

import com.salescarousel.signal.SealedSecret;
import com.salescarousel.signal.SignalKeys;
import com.salescarousel.signal.WebhookSecretStore;
import com.salescarousel.store.Keys;
import java.util.Optional;

/** An org's sealed webhook secret at {@code ORG#<org>} / {@code WEBHOOK}. */
public final class InMemoryWebhookSecretStore implements WebhookSecretStore {
    private final MemoryTable table;

    InMemoryWebhookSecretStore(MemoryTable table) {
        this.table = table;
    }

    @Override
    public Optional<SealedSecret> find(String org) {
        return Optional.ofNullable(table.get(Keys.org(org), SignalKeys.WEBHOOK, SealedSecret.class));
    }

    @Override
    public void put(String org, SealedSecret secret) {
        table.put(Keys.org(org), SignalKeys.WEBHOOK, secret);
    }
}
