package com.salescarousel.touch;

import java.util.Locale;
import java.util.Optional;

/** How a touch reached the prospect. */
public enum Channel {
    CALL, EMAIL, MEETING, SOCIAL, MAIL, EVENT;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Channel> fromWire(String s) {
        for (Channel v : values()) if (v.wire().equals(s)) return Optional.of(v);
        return Optional.empty();
    }
}
