package com.salescarousel.touch;

import java.time.Instant;
import java.time.LocalDate;

/** One contact with a prospect, on the rep's local {@code day}; {@code purpose} is null for an ordinary touch. */
public record Touch(String repId, String prospectId, String id, Channel channel, Outcome outcome,
                    String note, Instant at, LocalDate day, String idempotencyKey, Instant recordedAt, Purpose purpose) {

    public Touch(String repId, String prospectId, String id, Channel channel, Outcome outcome,
                 String note, Instant at, LocalDate day, String idempotencyKey, Instant recordedAt) {
        this(repId, prospectId, id, channel, outcome, note, at, day, idempotencyKey, recordedAt, null);
    }
}
