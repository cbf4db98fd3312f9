package com.salescarousel.signal;

import com.salescarousel.json.Json;
import com.salescarousel.json.JsonInput;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A signal as a marketing tool sends it to {@code POST /hooks/signals/{org}} (DESIGN 7.1), validated, and
 * as it travels on the signal queue to {@code signal-intake}. {@code org} comes from the hook's path,
 * which the signature authenticated; {@code email} is kept lower-cased, as it is matched.
 */
public record SignalEvent(String org, String id, SignalType type, String email, String name, String company,
                          String detail, String url, Instant at, String ownerEmail, Instant receivedAt) {

    static final Set<String> FIELDS = Set.of("id", "type", "email", "name", "company", "detail", "url", "at", "ownerEmail");

    /** The webhook's body: every bad field named in one {@link com.salescarousel.error.Invalid}. */
    public static SignalEvent parse(String org, String body, Instant now) {
        JsonInput in = JsonInput.of(body, FIELDS);
        String id = SignalInput.eventId(in);
        SignalType type = SignalInput.type(in);
        String email = in.email("email");
        if (email == null && !in.hasError("email")) in.fail("email", "is required");
        String name = in.line("name", 200);
        String company = in.line("company", 200);
        String detail = SignalInput.detail(in);
        String url = SignalInput.url(in);
        Instant at = SignalInput.at(in, now);
        String owner = in.email("ownerEmail");
        in.done();
        return new SignalEvent(org, id, type, lower(email), name, company, detail, url, at, lower(owner), now);
    }

    /** The queue message: this event as JSON (the secret and the signature stay behind). */
    public String toMessage() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("org", org);
        m.put("id", id);
        m.put("type", type.wire());
        m.put("email", email);
        m.put("name", name);
        m.put("company", company);
        m.put("detail", detail);
        m.put("url", url);
        m.put("at", at.toString());
        m.put("ownerEmail", ownerEmail);
        m.put("receivedAt", receivedAt.toString());
        return Json.write(m);
    }

    /** Reads what {@link #toMessage} wrote; anything else is not ours and is refused. */
    public static SignalEvent fromMessage(String body) {
        Map<String, Object> m = Json.object(body);
        String org = (String) m.get("org");
        String id = (String) m.get("id");
        SignalType type = SignalType.fromWire((String) m.get("type")).orElse(null);
        String email = (String) m.get("email");
        if (org == null || id == null || type == null || email == null || m.get("at") == null) {
            throw new IllegalArgumentException("not a signal message: " + m.keySet());
        }
        return new SignalEvent(org, id, type, email, (String) m.get("name"), (String) m.get("company"), (String) m.get("detail"),
                (String) m.get("url"), Instant.parse((String) m.get("at")), (String) m.get("ownerEmail"),
                m.get("receivedAt") == null ? Instant.parse((String) m.get("at")) : Instant.parse((String) m.get("receivedAt")));
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
