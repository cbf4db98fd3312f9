package com.salescarousel.touch;

import java.util.Locale;
import java.util.Optional;

/**
 * What came of a touch. A reply or a booked meeting counts as the prospect responding; {@code SENT}
 * is an e-mail the product sent for the rep (its note is the subject), no answer yet.
 */
public enum Outcome {
    NO_ANSWER, LEFT_MESSAGE, REPLIED, MEETING_BOOKED, NOT_INTERESTED, SENT;

    public boolean isResponse() {
        return this == REPLIED || this == MEETING_BOOKED;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Outcome> fromWire(String s) {
        for (Outcome v : values()) if (v.wire().equals(s)) return Optional.of(v);
        return Optional.empty();
    }
}
