package com.salescarousel.touch;

import com.salescarousel.plan.PlanTally;
import com.salescarousel.prospect.Prospect;
import com.salescarousel.stats.WeekTally;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The port for touches. */
public interface TouchStore {

    /**
     * Records a touch, the prospect it moves, the week's counters and the plan's figures (when
     * {@code plan} is not null: the touch moved the prospect through a plan) as one transaction.
     *
     * @return the touch first recorded under the same idempotency key, when there was one
     * @throws com.salescarousel.store.VersionConflict when the prospect moved on
     */
    Optional<Touch> record(Touch touch, Prospect after, WeekTally tally, SentMail sent, PlanTally plan);

    /** As above, for a touch that moves no plan. */
    default Optional<Touch> record(Touch touch, Prospect after, WeekTally tally, SentMail sent) {
        return record(touch, after, tally, sent, null);
    }

    /** The e-mail a touch was: its send record turns SENT in the touch's own transaction. */
    record SentMail(String sendId, String messageId) {}

    Optional<Touch> find(String repId, String prospectId, String touchId);

    /** The touch an idempotency key recorded, if any. */
    Optional<Touch> byIdempotencyKey(String repId, String key);

    /** Newest first, by the touch's own instant. */
    List<Touch> history(String repId, String prospectId, int limit);

    /** How many touches on the prospect are later than {@code at}. */
    int countAfter(String repId, String prospectId, Instant at);
}
