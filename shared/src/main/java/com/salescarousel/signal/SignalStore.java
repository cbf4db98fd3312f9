package com.salescarousel.signal;

import com.salescarousel.prospect.Prospect;
import com.salescarousel.send.Send;
import com.salescarousel.stats.WeekTally;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The port for signals and what keeps them from being recorded twice. Signals live in the owner's
 * partition; event marks, the org's lead turn and new leads' address claims in the org's.
 */
public interface SignalStore {

    /** What keeps a signal from being recorded twice. */
    sealed interface Guard permits EventGuard, KeyGuard {}

    /** A sender's event id, unique within the org: the webhook's retries and the queue's redeliveries carry it. */
    record EventGuard(String org, String eventId) implements Guard {}

    /** A rep's idempotency key, for a signal recorded by hand (the rep's key namespace, as for touches). */
    record KeyGuard(String key) implements Guard {}

    /**
     * A prospect made for an address the org did not know: the address is claimed for the org, and with
     * round robin ({@code turnsBefore} not null) the org's turn moves on from that count.
     */
    record NewLead(String org, String email, Long turnsBefore, String staleProspectId) {}

    /**
     * One signal's writes: the signal, the prospect it moves (new: must not exist; else on its version),
     * the week's counters, the guard, the sales-ready alert's send record when it became ready, a new lead.
     */
    record Write(Signal signal, Prospect after, boolean newProspect, WeekTally tally, Guard guard, Send alert, NewLead lead) {}

    /**
     * Writes all of it in one transaction.
     *
     * @return false when the guard was used before: nothing was written
     * @throws com.salescarousel.store.VersionConflict when the prospect, the org's turn or the address moved
     *     on since they were read: read again and retry
     * @throws com.salescarousel.store.IdempotencyKeyReused when a rep's key already guards another kind of write
     */
    boolean record(Write w);

    /** The signal a rep's idempotency key recorded, if any. */
    Optional<Signal> byIdempotencyKey(String repId, String key);

    /** A prospect's signals, newest first. */
    List<Signal> history(String repId, String prospectId, int limit);

    /** A prospect's signals that happened after {@code from}, oldest first: what the rule scores. */
    List<Signal> since(String repId, String prospectId, Instant from);

    /** What the org's hook and intake know of an event. */
    record EventMark(boolean recorded, String repId, String prospectId, String alertId) {}

    Optional<EventMark> event(String org, String eventId);

    /** The hook has queued the event; false when it was known already (queued or recorded). */
    boolean markQueued(String org, String eventId, Instant now);

    /** How many new leads the org's round robin has handed out. */
    long leadTurns(String org);

    /** Who a new lead's address went to. */
    record LeadClaim(String repId, String prospectId) {}

    Optional<LeadClaim> leadClaim(String org, String email);

    /** Every prospect with this address, in every org (GSI2 {@code EMAIL#}); the caller keeps its org's. */
    List<Prospect> withEmail(String email);
}
