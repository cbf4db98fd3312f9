package com.salescarousel.signal;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * One signal recorded against a prospect, at {@code REP#<rep>} / {@code SIGNAL#<prospect>#<id>}. The id is
 * a ULID of {@code at}, so a prospect's signals sort by when they happened. {@code eventId} is the
 * sender's id (webhook) or the rep's idempotency key (by hand); it is what makes delivery idempotent.
 */
public record Signal(String repId, String prospectId, String id, SignalType type, Instant at, String detail, String url,
                     Source source, String eventId, Instant recordedAt) {

    /** How the signal came in. */
    public enum Source {
        /** A marketing tool, through the signed webhook. */
        WEBHOOK,
        /** A rep, by hand. */
        MANUAL;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Source> fromWire(String s) {
            for (Source v : values()) if (v.wire().equals(s)) return Optional.of(v);
            return Optional.empty();
        }
    }
}
