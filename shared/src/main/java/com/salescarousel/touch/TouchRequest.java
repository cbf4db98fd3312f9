package com.salescarousel.touch;

import java.time.Instant;

/** A touch as the rep logs it; {@code at} null means now. */
public record TouchRequest(Channel channel, Outcome outcome, String note, Instant at, String idempotencyKey) {
}
