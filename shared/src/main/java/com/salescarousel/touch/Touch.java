package com.salescarousel.touch;

import java.time.Instant;
import java.time.LocalDate;

/** One contact with a prospect, on the rep's local {@code day}. */
public record Touch(String repId, String prospectId, String id, Channel channel, Outcome outcome,
                    String note, Instant at, LocalDate day, String idempotencyKey, Instant recordedAt) {
}
