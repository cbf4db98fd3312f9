package com.salescarousel.signal;

import java.util.Optional;

/** The port for an org's sealed webhook secret ({@code ORG#<org>} / {@code WEBHOOK}). */
public interface WebhookSecretStore {
    Optional<SealedSecret> find(String org);

    /** Replaces the org's secret: the old one stops working at once. */
    void put(String org, SealedSecret secret);
}
