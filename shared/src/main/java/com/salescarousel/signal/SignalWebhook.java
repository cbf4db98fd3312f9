package com.salescarousel.signal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.inject.Inject;

/**
 * {@code POST /hooks/signals/{org}}: checks the signature, validates the event, hands it to the signal
 * queue and answers, all before any matching (which {@link SignalIntake} does off the queue). Nothing is
 * written for a request that is not signed with the org's secret; a known event id is taken once.
 *
 * <p>The event is queued before it is marked: a crash in between lets the sender's retry queue it again,
 * which the intake's guard absorbs, so an event is never lost and never recorded twice.
 */
public final class SignalWebhook {
    /** Org ids as Cognito's custom:org holds them; anything else cannot have a secret. */
    private static final Pattern ORG = Pattern.compile("[A-Za-z0-9._:@-]{1,100}");

    private final WebhookSecrets secrets;
    private final SignalStore store;
    private final SignalQueue queue;
    private final Clock clock;

    /** How a request was taken: accepted (202), known (200), or refused as unsigned (401, {@code why}). */
    public record Receipt(Status status, String eventId, String why) {
        public enum Status { ACCEPTED, DUPLICATE, UNSIGNED }
    }

    @Inject
    public SignalWebhook(WebhookSecrets secrets, SignalStore store, SignalQueue queue, Clock clock) {
        this.secrets = secrets;
        this.store = store;
        this.queue = queue;
        this.clock = clock;
    }

    /**
     * @throws com.salescarousel.error.Invalid for a signed body whose fields are wrong (every one named)
     */
    public Receipt receive(String org, String signature, byte[] body) {
        Instant now = clock.instant();
        Optional<byte[]> secret = ORG.matcher(org).matches() ? secrets.secretOf(org) : Optional.empty();
        WebhookSignature.Verdict verdict = WebhookSignature.verify(secret.orElse(null), signature, body, now);
        if (verdict != WebhookSignature.Verdict.VALID) return new Receipt(Receipt.Status.UNSIGNED, null, verdict.reason());
        SignalEvent event = SignalEvent.parse(org, new String(body, StandardCharsets.UTF_8), now);
        if (store.event(org, event.id()).isPresent()) return new Receipt(Receipt.Status.DUPLICATE, event.id(), null);
        queue.enqueue(event);
        store.markQueued(org, event.id(), now);
        return new Receipt(Receipt.Status.ACCEPTED, event.id(), null);
    }
}
