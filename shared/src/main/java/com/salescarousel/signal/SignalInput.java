package com.salescarousel.signal;

import com.salescarousel.json.JsonInput;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

/** The fields a signal carries whichever way it comes in, read and checked with their names (DESIGN 7.1). */
final class SignalInput {
    static final int MAX_DETAIL = 500;
    static final int MAX_URL = 2000;
    /** A sender's event id: 8 to 128 visible ASCII characters (no spaces). */
    private static final Pattern EVENT_ID = Pattern.compile("[\\x21-\\x7E]{8,128}");
    /** The API's idempotency keys (as for touches and prospects). */

    private SignalInput() {}

    static SignalType type(JsonInput in) {
        String s = in.requiredString("type", 40);
        if (s == null) return null;
        SignalType t = SignalType.fromWire(s).orElse(null);
        if (t == null) in.fail("type", "must be one of " + SignalType.ALLOWED);
        return t;
    }

    static String detail(JsonInput in) {
        return in.string("detail", MAX_DETAIL);
    }

    /** An absolute http(s) address, as a marketing tool's page or asset link is. */
    static String url(JsonInput in) {
        String s = in.line("url", MAX_URL);
        if (s == null) return null;
        try {
            URI u = new URI(s);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) return s;
        } catch (URISyntaxException e) {
            // named below
        }
        in.fail("url", "must be an absolute http or https address");
        return null;
    }

    /** When it happened: now when absent; a moment beyond the clock skew in the future is refused. */
    static Instant at(JsonInput in, Instant now) {
        Instant at = in.instant("at");
        if (at == null) return in.hasError("at") ? null : now;
        if (at.isAfter(now.plus(Scoring.CLOCK_SKEW))) {
            in.fail("at", "signals cannot be in the future");
            return null;
        }
        // Signal ids are ULIDs of `at`, which count from 1970.
        if (at.isBefore(Instant.EPOCH)) {
            in.fail("at", "signals before 1970 cannot be recorded");
            return null;
        }
        return at;
    }

    static String eventId(JsonInput in) {
        String id = in.requiredString("id", 128);
        if (id != null && !EVENT_ID.matcher(id).matches()) {
            in.fail("id", "must be 8-128 visible ASCII characters without spaces");
            return null;
        }
        return id;
    }

}
