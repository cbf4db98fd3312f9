package com.salescarousel.touch;

import java.time.Instant;

/** A touch as the rep logs it; {@code at} null means now, {@code purpose} null an ordinary touch. */
public record TouchRequest(Channel channel, Outcome outcome, String note, Instant at, String idempotencyKey, Purpose purpose) {

    public TouchRequest(Channel channel, Outcome outcome, String note, Instant at, String idempotencyKey) {
        this(channel, outcome, note, at, idempotencyKey, null);
    }
}
