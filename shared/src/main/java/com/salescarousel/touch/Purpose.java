package com.salescarousel.touch;

import java.util.Locale;
import java.util.Optional;

/** What a touch was for, when it answers something beyond the cadence. */
public enum Purpose {
    /** Asking a customer or a lost deal for a referral: answers their referral ask. */
    REFERRAL_ASK;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Purpose> fromWire(String s) {
        for (Purpose v : values()) if (v.wire().equals(s)) return Optional.of(v);
        return Optional.empty();
    }
}
