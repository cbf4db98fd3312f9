package com.salescarousel.cadence;

import java.time.Period;
import java.util.Objects;

/** A contact category: prospects in it are due again {@code cadence} after their last touch. */
public record Tier(String key, String label, Period cadence, String autoSendTemplateId) {
    public Tier {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(cadence, "cadence");
    }

    public Tier(String key, String label, String cadence) {
        this(key, label, Period.parse(cadence), null);
    }
}
