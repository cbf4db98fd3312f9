package com.salescarousel.prospect;

import java.util.Locale;
import java.util.Optional;

/** Where a prospect stands. Only open and lost prospects stay on the carousel (lost ones in nurture). */
public enum ProspectStatus {
    OPEN, PAUSED, WON, LOST, ARCHIVED;

    public boolean onCarousel() {
        return this == OPEN || this == LOST;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ProspectStatus> fromWire(String s) {
        for (ProspectStatus v : values()) if (v.wire().equals(s)) return Optional.of(v);
        return Optional.empty();
    }
}
