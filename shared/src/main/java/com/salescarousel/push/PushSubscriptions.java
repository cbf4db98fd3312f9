package com.salescarousel.push;

import com.salescarousel.error.NotFound;
import com.salescarousel.json.JsonInput;
import java.time.Clock;
import java.util.Base64;
import java.util.Set;
import javax.inject.Inject;

/** The API side of push: the VAPID public key, and a device (un)subscribing. */
public final class PushSubscriptions {
    private final PushStore store;
    private final PushSettings settings;
    private final Clock clock;

    @Inject
    public PushSubscriptions(PushStore store, PushSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    public String publicKey() {
        return settings.publicKey().orElseThrow(() -> new NotFound("push keys",
                "push is not configured: this deployment has no VAPID keys; e-mail digests still go out"));
    }

    /** Body {@code {endpoint, p256dh, auth}} (the browser's PushSubscription.toJSON(), flattened). */
    public PushSubscription subscribe(String repId, String body) {
        publicKey();
        JsonInput in = JsonInput.of(body, Set.of("endpoint", "p256dh", "auth"));
        String endpoint = endpoint(in);
        String p256dh = key(in, "p256dh", 65);
        String auth = key(in, "auth", 16);
        in.done();
        PushSubscription s = new PushSubscription(repId, endpoint, p256dh, auth, clock.instant());
        store.save(s);
        return s;
    }

    public void unsubscribe(String repId, String body) {
        JsonInput in = JsonInput.of(body, Set.of("endpoint", "p256dh", "auth"));
        // Any stored endpoint can be removed, even one today's rules would no longer take.
        String endpoint = in.requiredString("endpoint", 1000);
        in.done();
        if (!store.remove(repId, endpoint)) throw new NotFound("push subscription");
    }

    public int count(String repId) {
        return store.forRep(repId).size();
    }

    /** Only the browsers' https push services (see {@link PushEndpoints}); the local cloud may allow more. */
    private String endpoint(JsonInput in) {
        String endpoint = in.line("endpoint", 1000);
        if (endpoint == null) {
            if (!in.hasError("endpoint")) in.fail("endpoint", "is required");
            return null;
        }
        PushEndpoints.refusal(endpoint, settings.allowPrivateEndpoints()).ifPresent(why -> in.fail("endpoint", why));
        return endpoint;
    }

    private static String key(JsonInput in, String field, int bytes) {
        String v = in.line(field, 200);
        if (v == null) {
            if (!in.hasError(field)) in.fail(field, "is required");
            return null;
        }
        try {
            byte[] raw = Base64.getUrlDecoder().decode(v.replace("=", ""));
            if (raw.length != bytes) in.fail(field, "must be " + bytes + " bytes, base64url");
        } catch (IllegalArgumentException e) {
            in.fail(field, "must be base64url");
        }
        return v;
    }
}
