package com.salescarousel.erasure;

import com.salescarousel.prospect.Prospect;
import java.util.List;

/** What the table keeps about a person besides the prospect item itself, in the rep's partition. */
public interface TraceStore {
    /**
     * Deletes the prospect's touches, signals, send records, the idempotency keys that point at it or
     * its touches, and the guard on its e-mail address. The prospect item itself stays, so a retry
     * after a crash finds it and finishes the job.
     */
    void eraseTraces(String repId, String prospectId, String email);

    /** The rep's prospects whose {@code referredById} is this prospect. */
    List<Prospect> referredBy(String repId, String prospectId);
}
