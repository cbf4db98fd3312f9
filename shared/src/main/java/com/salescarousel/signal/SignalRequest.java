package com.salescarousel.signal;

import com.salescarousel.json.JsonInput;
import java.time.Instant;
import java.util.Set;

/** A signal a rep records by hand on one of their prospects ({@code POST /api/prospects/{id}/signals}). */
public record SignalRequest(SignalType type, String detail, String url, Instant at, String idempotencyKey) {

    public static SignalRequest parse(String body, Instant now) {
        JsonInput in = JsonInput.of(body, Set.of("type", "detail", "url", "at", "idempotencyKey"));
        SignalType type = SignalInput.type(in);
        String detail = SignalInput.detail(in);
        String url = SignalInput.url(in);
        Instant at = SignalInput.at(in, now);
        String key = in.idempotencyKey();
        in.done();
        return new SignalRequest(type, detail, url, at, key);
    }
}
