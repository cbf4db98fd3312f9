package com.salescarousel.send;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The port for send records: every transition is conditional on the state it leaves. */
public interface SendStore {
    /** False when a record with that id exists already (a repeated run or request). */
    boolean createIfAbsent(Send send);

    Optional<Send> find(String repId, String id);

    /** QUEUED → SENDING with a lease; empty if the record was not QUEUED. */
    Optional<Send> claim(String repId, String id, Instant now, Instant leaseUntil);

    /** SENDING → QUEUED: a retryable failure (throttled, SES unavailable); nothing was sent. */
    void release(String repId, String id, String detail, Instant now);

    /** SENDING → a final status without a touch (digest sent, suppressed, failed). */
    void finish(String repId, String id, Send.Status status, String messageId, String detail, Instant now);

    /** SENDING with a lapsed lease → UNCERTAIN. */
    boolean markUncertain(String repId, String id, Instant now);

    /** The rep's recent sends, newest first. */
    List<Send> recent(String repId, int limit);
}
