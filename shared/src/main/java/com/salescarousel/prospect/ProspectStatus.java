package com.salescarousel.prospect;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a prospect stands. Open prospects, customers (won, in the customer tier) and lost deals (asked for
 * a referral, then in nurture) stay on the carousel; paused and archived ones leave it.
 */
public enum ProspectStatus {
    OPEN, PAUSED, WON, LOST, ARCHIVED;

    public boolean onCarousel() {
        return this == OPEN || this == WON || this == LOST;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ProspectStatus> fromWire(String s) {
        for (ProspectStatus v : values()) if (v.wire().equals(s)) return Optional.of(v);
        return Optional.empty();
    }
}
